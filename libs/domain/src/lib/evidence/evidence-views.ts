import { z } from 'zod';

import { ProficiencySchema } from '../frameworks/framework';
import { PageQuerySchema } from '../pagination/page';
import { MAX_STORED_INTEGER } from '../storage/storable';
import {
  EvidenceKindSchema,
  EvidenceReviewSchema,
  EvidenceSchema,
  EvidenceStatusSchema,
  type EvidenceReview,
  type EvidenceStatus,
} from './evidence';

// What the evidence endpoints answer beyond the Evidence shape itself.

// GET /api/people/:id/evidence: newest first, filtered.
export const EvidenceQuerySchema = PageQuerySchema.extend({
  criterionId: z.uuid({ error: 'criterionId must be a criterion id' }).optional(),
  kind: EvidenceKindSchema.optional(),
  status: EvidenceStatusSchema.optional(),
});
export type EvidenceQuery = z.infer<typeof EvidenceQuerySchema>;

// A review as history: which version of the text it judged.
export const EvidenceReviewEntrySchema = EvidenceReviewSchema.extend({
  id: z.uuid(),
  evidenceVersion: z.number().int().min(1).max(MAX_STORED_INTEGER),
}).meta({ id: 'EvidenceReviewEntry' });
export type EvidenceReviewEntry = z.infer<typeof EvidenceReviewEntrySchema>;

// GET /api/evidence/:id: the piece with every review it had, newest first.
export const EvidenceWithHistorySchema = EvidenceSchema.extend({
  reviews: z.array(EvidenceReviewEntrySchema),
}).meta({ id: 'EvidenceWithHistory' });
export type EvidenceWithHistory = z.infer<typeof EvidenceWithHistorySchema>;

// The bar a reviewer rates against: the expectation of the person's target level
// (their current level when they have no aspiration) for each criterion.
export const ReviewBarCriterionSchema = z.object({
  criterionId: z.uuid(),
  name: z.string(),
  theme: z.string(),
  // Null when the bar level has no expectation for this criterion.
  expectation: z.object({ proficiency: ProficiencySchema, description: z.string() }).nullable(),
});
export type ReviewBarCriterion = z.infer<typeof ReviewBarCriterionSchema>;

// GET /api/reviews/pending: one item of the reviewer's queue.
export const PendingReviewSchema = z
  .object({
    evidence: EvidenceSchema,
    person: z.object({ id: z.uuid(), name: z.string(), title: z.string() }),
    bar: z
      .object({
        levelId: z.uuid(),
        levelName: z.string(),
        source: z.enum(['target', 'current']),
      })
      .nullable(),
    criteria: z.array(ReviewBarCriterionSchema),
    // The last review of an earlier version: what the reviewer asked for before.
    previousReview: EvidenceReviewSchema.nullable(),
  })
  .meta({ id: 'PendingReview' });
export type PendingReview = z.infer<typeof PendingReviewSchema>;

// The Evidence shape's `review` is the judgement of the current text: a review
// stays in the history after an edit, but the edited text is `submitted` again
// and unjudged (see reviseEvidence). The latest review splits accordingly.
export const splitLatestReview = (
  status: EvidenceStatus,
  latest: EvidenceReview | null,
): { review: EvidenceReview | null; previousReview: EvidenceReview | null } =>
  status === 'submitted'
    ? { review: null, previousReview: latest }
    : { review: latest, previousReview: null };
