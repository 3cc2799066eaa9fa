import { Column, JoinColumn, ManyToOne } from 'typeorm';

import { EditableTenantEntity, tenantJoin } from '../database/tenant-columns';
import { PersonEntity } from './person.entity';

/** An editable record that belongs to one person (their aspiration, plan, evidence). */
export abstract class PersonRecordEntity extends EditableTenantEntity {
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('person_id'))
  person?: PersonEntity;
}
