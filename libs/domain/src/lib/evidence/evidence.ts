import { z } from 'zod';

import { MAX_STORED_INTEGER, storableDate } from '../storage/storable';

// A piece of evidence is a small case study tied to ladder criteria and reviewed
// by the direct manager (DESIGN.md, Evidence): show, don't claim.

export const EVIDENCE_KINDS = [
  'project_case_study',
  'artifact_playbook',
  'teaching',
  'mentoring',
  'cross_functional_project',
  'side_project',
  'feedback_received',
  'informational_interview',
  'course',
] as const;
export const EvidenceKindSchema = z.enum(EVIDENCE_KINDS);
export type EvidenceKind = z.infer<typeof EvidenceKindSchema>;

export const EVIDENCE_STATUSES = ['submitted', 'accepted', 'needs_more', 'declined'] as const;
export const EvidenceStatusSchema = z.enum(EVIDENCE_STATUSES);
export type EvidenceStatus = z.infer<typeof EvidenceStatusSchema>;

export const REVIEW_DECISIONS = ['accepted', 'needs_more', 'declined'] as const;
export const ReviewDecisionSchema = z.enum(REVIEW_DECISIONS);
export type ReviewDecision = z.infer<typeof ReviewDecisionSchema>;

// Against the expectation of the aspiration's target level.
export const STRENGTHS = ['below', 'meets', 'exceeds'] as const;
export const StrengthSchema = z.enum(STRENGTHS);
export type Strength = z.infer<typeof StrengthSchema>;

export const EvidenceReviewSchema = z
  .object({
    decision: ReviewDecisionSchema,
    comment: z.string(),
    // Required when accepting; may be null when asking for more or declining,
    // where there is nothing yet to rate.
    strength: StrengthSchema.nullable(),
    reviewerId: z.uuid(),
    reviewedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'EvidenceReview' });
export type EvidenceReview = z.infer<typeof EvidenceReviewSchema>;

export const EvidenceSchema = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    title: z.string(),
    kind: EvidenceKindSchema,
    occurredOn: z.iso.date(),
    challenge: z.string(),
    actions: z.string(),
    outcome: z.string(),
    metrics: z.string(),
    links: z.array(z.string()),
    criterionIds: z.array(z.uuid()),
    status: EvidenceStatusSchema,
    review: EvidenceReviewSchema.nullable(),
    version: z.number().int().min(1).max(MAX_STORED_INTEGER),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Evidence' });
export type Evidence = z.infer<typeof EvidenceSchema>;

export const EVIDENCE_TITLE_MAX = 200;
export const CASE_STUDY_FIELD_MAX = 8000;
export const EVIDENCE_LINKS_MAX = 10;
export const EVIDENCE_CRITERIA_MAX = 9;
export const REVIEW_COMMENT_MAX = 4000;

const caseStudyField = (what: string, required: boolean) => {
  const field = z
    .string()
    .trim()
    .max(CASE_STUDY_FIELD_MAX, { error: `Keep ${what} under ${CASE_STUDY_FIELD_MAX} characters` });
  return required ? field.min(1, { error: `Describe ${what}` }) : field;
};

const evidenceInputShape = {
  title: z
    .string()
    .trim()
    .min(1, { error: 'Give the evidence a title' })
    .max(EVIDENCE_TITLE_MAX, { error: `Keep the title under ${EVIDENCE_TITLE_MAX} characters` }),
  kind: EvidenceKindSchema,
  occurredOn: storableDate('When did the work happen? (YYYY-MM-DD)'),
  // The case study: the challenge, the steps taken, the outcome, the data.
  challenge: caseStudyField('the challenge', true),
  actions: caseStudyField('the steps you took', true),
  outcome: caseStudyField('the outcome', true),
  metrics: caseStudyField('the metrics', false),
  links: z
    .array(
      // Only web links: a `javascript:` URL would be a stored XSS in every viewer.
      z
        .url({ protocol: /^https?$/, error: 'Links must be http(s) URLs' })
        .max(2048, { error: 'Link is too long' }),
    )
    .max(EVIDENCE_LINKS_MAX, { error: `At most ${EVIDENCE_LINKS_MAX} links` }),
  criterionIds: z
    .array(z.uuid({ error: 'Unknown criterion' }))
    .min(1, { error: 'Tie the evidence to at least one criterion' })
    .max(EVIDENCE_CRITERIA_MAX, { error: `At most ${EVIDENCE_CRITERIA_MAX} criteria` })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'A criterion is listed twice' }),
};

// POST /api/people/:id/evidence. The author comes from the path; status and
// review are the manager's, so neither can be set here.
export const EvidenceInputSchema = z
  .strictObject({
    ...evidenceInputShape,
    metrics: evidenceInputShape.metrics.default(''),
    links: evidenceInputShape.links.default([]),
  })
  .meta({ id: 'EvidenceInput' });
export type EvidenceInput = z.infer<typeof EvidenceInputSchema>;

// PATCH /api/evidence/:id. Any edit puts the evidence back to `submitted`.
export const EvidencePatchSchema = z
  .strictObject({
    title: evidenceInputShape.title.optional(),
    kind: evidenceInputShape.kind.optional(),
    occurredOn: evidenceInputShape.occurredOn.optional(),
    challenge: evidenceInputShape.challenge.optional(),
    actions: evidenceInputShape.actions.optional(),
    outcome: evidenceInputShape.outcome.optional(),
    metrics: evidenceInputShape.metrics.optional(),
    links: evidenceInputShape.links.optional(),
    criterionIds: evidenceInputShape.criterionIds.optional(),
    // When sent, a stale version is refused (409).
    version: z.number().int().min(1).max(MAX_STORED_INTEGER).optional(),
  })
  .refine((patch) => Object.entries(patch).some(([key, value]) => key !== 'version' && value !== undefined), {
    error: 'Nothing to change: send at least one field',
  })
  .meta({ id: 'EvidencePatch' });
export type EvidencePatch = z.infer<typeof EvidencePatchSchema>;

// POST /api/evidence/:id/review
export const EvidenceReviewInputSchema = z
  .strictObject({
    decision: ReviewDecisionSchema,
    comment: z
      .string()
      .trim()
      .max(REVIEW_COMMENT_MAX, { error: `Keep the comment under ${REVIEW_COMMENT_MAX} characters` })
      .default(''),
    strength: StrengthSchema.nullable().default(null),
    // When sent, reviewing a version the author has since edited is refused (409).
    version: z.number().int().min(1).max(MAX_STORED_INTEGER).optional(),
  })
  .superRefine((review, ctx) => {
    if (review.decision === 'accepted' && review.strength === null)
      ctx.addIssue({
        code: 'custom',
        path: ['strength'],
        message: 'Rate the evidence against the expectation: below, meets or exceeds',
      });
    // Asking for more or declining without saying why leaves the author guessing.
    if (review.decision !== 'accepted' && review.comment.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['comment'],
        message: review.decision === 'needs_more' ? 'Say what more you need' : 'Say why you decline it',
      });
  })
  .meta({ id: 'EvidenceReviewInput' });
export type EvidenceReviewInput = z.infer<typeof EvidenceReviewInputSchema>;
