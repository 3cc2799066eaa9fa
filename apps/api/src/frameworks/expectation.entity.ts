import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';

import { TenantEntity, tenantJoin } from '../database/tenant-columns';
import { CriterionEntity } from './criterion.entity';
import { LevelEntity } from './level.entity';

/** What a criterion looks like at a level. */
@Entity({ name: 'expectations' })
@Unique('expectations_criterion_id_level_id_key', ['criterionId', 'levelId'])
@Check('expectations_proficiency_check', '"proficiency" BETWEEN 0 AND 4')
@Index('expectations_organization_id_level_id_idx', ['organizationId', 'levelId'])
export class ExpectationEntity extends TenantEntity {
  @Column({ name: 'criterion_id', type: 'uuid' })
  criterionId!: string;

  @ManyToOne(() => CriterionEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('criterion_id'))
  criterion?: CriterionEntity;

  @Column({ name: 'level_id', type: 'uuid' })
  levelId!: string;

  @ManyToOne(() => LevelEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('level_id'))
  level?: LevelEntity;

  @Column({ type: 'smallint' })
  proficiency!: number;

  @Column({ type: 'text' })
  description!: string;
}
