import type { Evidence, EvidencePatch, EvidenceReviewInput } from './evidence';

export type EvidenceReviewResult =
  { ok: true; evidence: Evidence } | { ok: false; error: { code: 'self_review'; message: string } };

// The review decision becomes the status. A manager may review again at any
// time (e.g. withdraw an acceptance); the persistence layer keeps the history.
export const reviewEvidence = (
  evidence: Evidence,
  input: EvidenceReviewInput,
  reviewerId: string,
  reviewedAt: string,
): EvidenceReviewResult => {
  // Scope checks make the direct manager the only reviewer; this guards the
  // invariant even if a data error made someone their own manager.
  if (reviewerId === evidence.personId)
    return { ok: false, error: { code: 'self_review', message: 'Nobody reviews their own evidence' } };
  return {
    ok: true,
    evidence: {
      ...evidence,
      status: input.decision,
      review: {
        decision: input.decision,
        comment: input.comment,
        strength: input.strength,
        reviewerId,
        reviewedAt,
      },
    },
  };
};

// Any edit puts the evidence back to `submitted` and clears the review: the
// review judged a text that no longer exists, and readiness must not keep
// counting it. The manager sees the new version in their queue.
export const reviseEvidence = (evidence: Evidence, patch: EvidencePatch): Evidence => ({
  ...evidence,
  title: patch.title ?? evidence.title,
  kind: patch.kind ?? evidence.kind,
  occurredOn: patch.occurredOn ?? evidence.occurredOn,
  challenge: patch.challenge ?? evidence.challenge,
  actions: patch.actions ?? evidence.actions,
  outcome: patch.outcome ?? evidence.outcome,
  metrics: patch.metrics ?? evidence.metrics,
  links: patch.links ?? evidence.links,
  criterionIds: patch.criterionIds ?? evidence.criterionIds,
  status: 'submitted',
  review: null,
});
