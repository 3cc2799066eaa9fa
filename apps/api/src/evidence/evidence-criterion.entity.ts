import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { tenantJoin } from '../database/tenant-columns';
import { CriterionEntity } from '../frameworks/criterion.entity';
import { EvidenceEntity } from './evidence.entity';

/** Which criteria a piece of evidence supports: criteria of the framework version it was written against. */
@Entity({ name: 'evidence_criteria' })
@Index('evidence_criteria_organization_id_criterion_id_idx', ['organizationId', 'criterionId'])
export class EvidenceCriterionEntity {
  @PrimaryColumn({ name: 'evidence_id', type: 'uuid' })
  evidenceId!: string;

  @PrimaryColumn({ name: 'criterion_id', type: 'uuid' })
  criterionId!: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => EvidenceEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('evidence_id'))
  evidence?: EvidenceEntity;

  @ManyToOne(() => CriterionEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('criterion_id'))
  criterion?: CriterionEntity;
}
