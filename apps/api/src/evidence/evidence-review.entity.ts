import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { REVIEW_DECISIONS, STRENGTHS, type ReviewDecision, type Strength } from '@trellis/domain';

import { oneOf, TenantEntity, tenantJoin } from '../database/tenant-columns';
import { PersonEntity } from '../people/person.entity';
import { EvidenceEntity } from './evidence.entity';

/** A manager's review. Kept as history: an edit puts the evidence back to submitted, the review stays. */
@Entity({ name: 'evidence_reviews' })
@Check('evidence_reviews_decision_check', oneOf('decision', REVIEW_DECISIONS))
@Check('evidence_reviews_strength_check', `"strength" IS NULL OR ${oneOf('strength', STRENGTHS)}`)
@Index('evidence_reviews_organization_id_evidence_id_created_at_idx', [
  'organizationId',
  'evidenceId',
  'createdAt',
])
@Index('evidence_reviews_organization_id_reviewer_id_idx', ['organizationId', 'reviewerId'])
export class EvidenceReviewEntity extends TenantEntity {
  @Column({ name: 'evidence_id', type: 'uuid' })
  evidenceId!: string;

  @ManyToOne(() => EvidenceEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('evidence_id'))
  evidence?: EvidenceEntity;

  @Column({ name: 'reviewer_id', type: 'uuid' })
  reviewerId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('reviewer_id'))
  reviewer?: PersonEntity;

  @Column({ type: 'text' })
  decision!: ReviewDecision;

  @Column({ type: 'text', default: '' })
  comment!: string;

  @Column({ type: 'text', nullable: true })
  strength!: Strength | null;

  /** The evidence version this review judged. */
  @Column({ name: 'evidence_version', type: 'integer' })
  evidenceVersion!: number;
}
