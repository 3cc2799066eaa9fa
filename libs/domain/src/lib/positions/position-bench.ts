import { z } from 'zod';

import type { CriterionStatus } from '../readiness/readiness';
import { PositionSchema } from './position';

// GET /api/positions/:id/bench: the Bench of the contract (positionId, and
// candidates with personId and readiness, ranked by rankBench), with what a
// reader needs to weigh each candidate. Readiness summaries only: never the
// evidence behind them (HR reads this too).

export const BENCH_HIGHLIGHTS = 2;

export const PositionBenchCandidateSchema = z
  .object({
    personId: z.uuid(),
    name: z.string(),
    title: z.string(),
    teamId: z.uuid().nullable(),
    levelId: z.uuid().nullable(),
    readiness: z.number().min(0).max(1),
    criteriaDemonstrated: z.number().int().min(0),
    criteriaRequired: z.number().int().min(0),
    // Names of the criteria of the seat's level where the candidate stands strongest / weakest.
    strongest: z.array(z.string()),
    weakest: z.array(z.string()),
  })
  .meta({ id: 'PositionBenchCandidate' });
export type PositionBenchCandidate = z.infer<typeof PositionBenchCandidateSchema>;

export const PositionBenchSchema = z
  .object({
    positionId: z.uuid(),
    position: PositionSchema,
    candidates: z.array(PositionBenchCandidateSchema),
  })
  .meta({ id: 'PositionBench' });
export type PositionBench = z.infer<typeof PositionBenchSchema>;

export interface HighlightCriterion {
  name: string;
  status: CriterionStatus;
  required: boolean;
  weight: number;
}

const STATUS_RANK: Readonly<Record<CriterionStatus, number>> = {
  not_started: 0,
  developing: 1,
  demonstrating: 2,
  exceeding: 3,
};

// The strongest and weakest criteria of a readiness, by name. Only criteria the
// level requires count. Strongest: the best statuses with some accepted evidence
// behind them; weakest: the lowest statuses short of exceeding, heavier criteria
// first (a missing heavy criterion matters most). A criterion is never both.
export const benchHighlights = (
  criteria: readonly HighlightCriterion[],
  count = BENCH_HIGHLIGHTS,
): { strongest: string[]; weakest: string[] } => {
  const required = criteria.filter((criterion) => criterion.required);
  const byName = (a: HighlightCriterion, b: HighlightCriterion) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  const strongest = required
    .filter((criterion) => STATUS_RANK[criterion.status] > 0)
    .sort((a, b) => STATUS_RANK[b.status] - STATUS_RANK[a.status] || b.weight - a.weight || byName(a, b))
    .slice(0, count);
  const weakest = required
    .filter((criterion) => criterion.status !== 'exceeding' && !strongest.includes(criterion))
    .sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || b.weight - a.weight || byName(a, b))
    .slice(0, count);
  return {
    strongest: strongest.map((criterion) => criterion.name),
    weakest: weakest.map((criterion) => criterion.name),
  };
};
