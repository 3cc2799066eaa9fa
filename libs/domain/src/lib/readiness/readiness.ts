import { z } from 'zod';

import type { EvidenceStatus, Strength } from '../evidence/evidence';
import type { Framework } from '../frameworks/framework';
import { expectationsAtLevel } from '../frameworks/framework-levels';

// Readiness toward the aspiration's target level (DESIGN.md, Readiness). It
// explains itself: each criterion lists the evidence behind its status and says
// in words what is missing.
//
// Decisions:
// - Only `accepted` evidence counts; submitted, needs_more and declined do not.
// - A criterion's status comes from the strongest accepted rating:
//   exceeds → `exceeding`, meets → `demonstrating`, below → `developing`, none →
//   `not_started`. Accepted evidence without a rating counts as `developing`:
//   it shows work, but only a rating against the expectation shows the bar.
// - `exceeding` needs an `exceeds` rating; several `meets` do not add up to it,
//   because exceeding is about a higher bar, not more of the same.
// - An expectation of proficiency 0 means "not expected at this level": the
//   criterion is shown (`required: false`) but left out of `overall`.
// - `overall` is the weighted share (default weight 1) of required criteria at
//   `demonstrating` or `exceeding`; 0 when the level requires nothing, since
//   there is then nothing to be ready against.

export const CRITERION_STATUSES = ['not_started', 'developing', 'demonstrating', 'exceeding'] as const;
export const CriterionStatusSchema = z.enum(CRITERION_STATUSES);
export type CriterionStatus = z.infer<typeof CriterionStatusSchema>;

export const CriterionReadinessSchema = z
  .object({
    criterionId: z.uuid(),
    status: CriterionStatusSchema,
    // Accepted evidence for this criterion: strongest rating first, then newest, then by id.
    evidenceIds: z.array(z.uuid()),
    missing: z.string(),
    required: z.boolean(),
    weight: z.number().min(0),
  })
  .meta({ id: 'CriterionReadiness' });
export type CriterionReadiness = z.infer<typeof CriterionReadinessSchema>;

export const ReadinessSchema = z
  .object({
    personId: z.uuid(),
    targetLevelId: z.uuid(),
    overall: z.number().min(0).max(1),
    criteria: z.array(CriterionReadinessSchema),
  })
  .meta({ id: 'Readiness' });
export type Readiness = z.infer<typeof ReadinessSchema>;

// What HR sees: the figure, never the evidence behind it.
export const ReadinessSummarySchema = ReadinessSchema.pick({
  personId: true,
  targetLevelId: true,
  overall: true,
})
  .extend({ criteriaDemonstrated: z.number().int().min(0), criteriaRequired: z.number().int().min(0) })
  .meta({ id: 'ReadinessSummary' });
export type ReadinessSummary = z.infer<typeof ReadinessSummarySchema>;

export interface ReadinessCriterionInput {
  criterionId: string;
  weight?: number;
  expectation: { proficiency: number; description: string };
}

export interface ReadinessEvidenceInput {
  id: string;
  status: EvidenceStatus;
  criterionIds: readonly string[];
  strength: Strength | null;
  occurredOn: string;
}

export interface ReadinessInput {
  personId: string;
  targetLevelId: string;
  criteria: readonly ReadinessCriterionInput[];
  evidence: readonly ReadinessEvidenceInput[];
}

const STATUS_RANK: Record<CriterionStatus, number> = {
  not_started: 0,
  developing: 1,
  demonstrating: 2,
  exceeding: 3,
};

export const compareCriterionStatus = (a: CriterionStatus, b: CriterionStatus): number =>
  STATUS_RANK[a] - STATUS_RANK[b];

export const isDemonstrated = (status: CriterionStatus): boolean =>
  STATUS_RANK[status] >= STATUS_RANK.demonstrating;

const strengthRank = (strength: Strength | null): number =>
  strength === 'exceeds' ? 3 : strength === 'meets' ? 2 : strength === 'below' ? 1 : 0;

const statusOf = (accepted: readonly ReadinessEvidenceInput[]): CriterionStatus => {
  if (accepted.length === 0) return 'not_started';
  const best = Math.max(...accepted.map((evidence) => strengthRank(evidence.strength)));
  return best === 3 ? 'exceeding' : best === 2 ? 'demonstrating' : 'developing';
};

// Strongest first, then newest, then by id: the same answer whatever the input order.
const byStrengthThenRecency = (a: ReadinessEvidenceInput, b: ReadinessEvidenceInput): number =>
  strengthRank(b.strength) - strengthRank(a.strength) ||
  (a.occurredOn < b.occurredOn ? 1 : a.occurredOn > b.occurredOn ? -1 : 0) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const expected = ({ proficiency, description }: ReadinessCriterionInput['expectation']): string =>
  description.trim() || `proficiency ${proficiency} of 4.`;

const missingFor = (
  status: CriterionStatus,
  criterion: ReadinessCriterionInput,
  required: boolean,
): string => {
  if (!required) return '';
  if (status === 'not_started')
    return `No accepted evidence yet. Expected at this level: ${expected(criterion.expectation)}`;
  if (status === 'developing')
    return `Accepted evidence is below the expectation: ${expected(criterion.expectation)}`;
  return '';
};

export const computeReadiness = ({
  personId,
  targetLevelId,
  criteria,
  evidence,
}: ReadinessInput): Readiness => {
  const accepted = evidence.filter((piece) => piece.status === 'accepted');
  const seen = new Set<string>();
  let requiredWeight = 0;
  let demonstratedWeight = 0;

  const perCriterion = criteria.flatMap((criterion): CriterionReadiness[] => {
    // A criterion listed twice is counted once (the first listing wins).
    if (seen.has(criterion.criterionId)) return [];
    seen.add(criterion.criterionId);

    const weight = criterion.weight ?? 1;
    if (!Number.isFinite(weight) || weight < 0)
      throw new RangeError(`Weight of criterion ${criterion.criterionId} must be a finite number ≥ 0`);
    const required = criterion.expectation.proficiency > 0;
    const behind = accepted.filter((piece) => piece.criterionIds.includes(criterion.criterionId));
    const status = statusOf(behind);

    if (required) {
      requiredWeight += weight;
      if (isDemonstrated(status)) demonstratedWeight += weight;
    }

    return [
      {
        criterionId: criterion.criterionId,
        status,
        evidenceIds: [...new Set([...behind].sort(byStrengthThenRecency).map((piece) => piece.id))],
        missing: missingFor(status, criterion, required),
        required,
        weight,
      },
    ];
  });

  return {
    personId,
    targetLevelId,
    overall: requiredWeight > 0 ? Math.min(1, demonstratedWeight / requiredWeight) : 0,
    criteria: perCriterion,
  };
};

// The criteria of a target level, ready for `computeReadiness`. Weights default
// to 1; pass a map to weigh some criteria more.
export const readinessCriteriaFor = (
  framework: Framework,
  targetLevelId: string,
  weights: Readonly<Record<string, number>> = {},
): ReadinessCriterionInput[] =>
  expectationsAtLevel(framework, targetLevelId).map(({ criterion, expectation }) => ({
    criterionId: criterion.id,
    weight: weights[criterion.id] ?? 1,
    expectation: { proficiency: expectation.proficiency, description: expectation.description },
  }));

export const summarizeReadiness = (readiness: Readiness): ReadinessSummary => {
  const required = readiness.criteria.filter((criterion) => criterion.required);
  return {
    personId: readiness.personId,
    targetLevelId: readiness.targetLevelId,
    overall: readiness.overall,
    criteriaDemonstrated: required.filter((criterion) => isDemonstrated(criterion.status)).length,
    criteriaRequired: required.length,
  };
};
