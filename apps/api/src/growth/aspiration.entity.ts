import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { tenantJoin } from '../database/tenant-columns';
import { LevelEntity } from '../frameworks/level.entity';
import { PersonRecordEntity } from '../people/person-record.entity';

/** Where a person wants to go, and their self-assessment. One live aspiration per person. */
@Entity({ name: 'aspirations' })
@Index('aspirations_person_id_key', ['personId'], { unique: true, where: '"deleted_at" IS NULL' })
@Index('aspirations_organization_id_target_level_id_idx', ['organizationId', 'targetLevelId'])
export class AspirationEntity extends PersonRecordEntity {
  @Column({ name: 'target_level_id', type: 'uuid' })
  targetLevelId!: string;

  @ManyToOne(() => LevelEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('target_level_id'))
  targetLevel?: LevelEntity;

  @Column({ type: 'text', default: '' })
  statement!: string;

  @Column({ type: 'text', default: '' })
  motivations!: string;

  @Column({ type: 'text', default: '' })
  strengths!: string;

  @Column({ type: 'date', nullable: true })
  horizon!: string | null;

  /** The IC decides; the manager chain always sees it. */
  @Column({ name: 'shared_with_hr', type: 'boolean', default: false })
  sharedWithHr!: boolean;
}
