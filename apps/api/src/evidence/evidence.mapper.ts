import {
  splitLatestReview,
  type Evidence,
  type EvidenceReview,
  type EvidenceReviewEntry,
  type PendingReview,
} from '@trellis/domain';

import type { BarCriterionRow, EvidenceRow, PendingRow, ReviewHistoryRow } from './evidence.repository';

const latestReviewOf = (row: EvidenceRow): EvidenceReview | null =>
  row.reviewId && row.reviewDecision && row.reviewerId && row.reviewedAt
    ? {
        decision: row.reviewDecision,
        comment: row.reviewComment ?? '',
        strength: row.reviewStrength,
        reviewerId: row.reviewerId,
        reviewedAt: row.reviewedAt.toISOString(),
      }
    : null;

export const toEvidence = (row: EvidenceRow): Evidence => ({
  id: row.id,
  personId: row.personId,
  title: row.title,
  kind: row.kind,
  occurredOn: row.occurredOn,
  challenge: row.challenge,
  actions: row.actions,
  outcome: row.outcome,
  metrics: row.metrics,
  links: row.links,
  criterionIds: row.criterionIds,
  status: row.status,
  review: splitLatestReview(row.status, latestReviewOf(row)).review,
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export const toReviewEntry = (row: ReviewHistoryRow): EvidenceReviewEntry => ({
  id: row.id,
  decision: row.decision,
  comment: row.comment,
  strength: row.strength,
  reviewerId: row.reviewerId,
  reviewedAt: row.reviewedAt.toISOString(),
  evidenceVersion: row.evidenceVersion,
});

export const toPendingReview = (row: PendingRow, criteria: readonly BarCriterionRow[]): PendingReview => ({
  evidence: toEvidence(row),
  person: { id: row.personId, name: row.personName, title: row.personTitle },
  bar:
    row.barLevelId && row.barLevelName && row.barSource
      ? { levelId: row.barLevelId, levelName: row.barLevelName, source: row.barSource }
      : null,
  criteria: criteria.map((criterion) => ({
    criterionId: criterion.criterionId,
    name: criterion.name,
    theme: criterion.theme,
    expectation:
      criterion.proficiency === null
        ? null
        : { proficiency: criterion.proficiency, description: criterion.description ?? '' },
  })),
  previousReview: splitLatestReview(row.status, latestReviewOf(row)).previousReview,
});
