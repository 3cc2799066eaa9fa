import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';

import { TenantEntity, tenantJoin } from '../database/tenant-columns';
import { FrameworkEntity } from './framework.entity';

@Entity({ name: 'criteria' })
@Unique('criteria_organization_id_id_key', ['organizationId', 'id'])
@Unique('criteria_framework_id_key_key', ['frameworkId', 'key'])
@Index('criteria_organization_id_framework_id_idx', ['organizationId', 'frameworkId'])
export class CriterionEntity extends TenantEntity {
  @Column({ name: 'framework_id', type: 'uuid' })
  frameworkId!: string;

  @ManyToOne(() => FrameworkEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('framework_id'))
  framework?: FrameworkEntity;

  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  theme!: string;

  @Column({ type: 'text' })
  description!: string;
}
