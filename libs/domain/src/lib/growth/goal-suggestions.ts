import {
  compareCriterionStatus,
  isDemonstrated,
  type CriterionStatus,
  type Readiness,
} from '../readiness/readiness';
import { GROWTH_TITLE_MAX, type Goal, type GrowthStatus } from './growth-plan';

// Suggested goals come from the level diff: the criteria of the target level
// where readiness is lowest. A criterion is suggested when the target level
// requires it, it is not demonstrated yet, and no open goal works on it already.
//
// Decisions:
// - Open goals are `planned` and `in_progress`. A `done` goal whose criterion is
//   still not demonstrated does not hide it (the work has not shown yet), nor
//   does a `dropped` one.
// - Order: lowest status first (`not_started` before `developing`), then the
//   heavier criterion, then the order of the readiness (the ladder's order).
// - The reason is readiness' own `missing` text, so the suggestion explains itself.

export const OPEN_GOAL_STATUSES = ['planned', 'in_progress'] as const satisfies readonly GrowthStatus[];

export const isOpenGoal = (status: GrowthStatus): boolean =>
  (OPEN_GOAL_STATUSES as readonly GrowthStatus[]).includes(status);

export interface GoalSuggestion {
  readonly criterionId: string;
  readonly status: CriterionStatus;
  /** A title to start the goal from (fits GoalInput's title). */
  readonly title: string;
  /** Why: what the target level expects and is missing. */
  readonly reason: string;
}

export type GoalCoverage = Pick<Goal, 'criterionId' | 'status'>;

const titleFor = (status: CriterionStatus, name: string | undefined): string => {
  const title =
    status === 'not_started'
      ? `Start showing ${name ?? 'this criterion'} at the target level`
      : `Raise ${name ?? 'this criterion'} to the target level's bar`;
  return title.length <= GROWTH_TITLE_MAX ? title : `${title.slice(0, GROWTH_TITLE_MAX - 1)}…`;
};

/**
 * The goals worth adding next, lowest readiness first. `criterionNames` (criterion
 * id → name, e.g. from the framework) makes the titles concrete.
 */
export const suggestGoals = (
  readiness: Readiness,
  goals: readonly GoalCoverage[],
  criterionNames: Readonly<Record<string, string>> = {},
): GoalSuggestion[] => {
  const covered = new Set(goals.filter((goal) => isOpenGoal(goal.status)).map((goal) => goal.criterionId));
  return readiness.criteria
    .map((criterion, order) => ({ criterion, order }))
    .filter(
      ({ criterion }) =>
        criterion.required && !isDemonstrated(criterion.status) && !covered.has(criterion.criterionId),
    )
    .sort(
      (a, b) =>
        compareCriterionStatus(a.criterion.status, b.criterion.status) ||
        b.criterion.weight - a.criterion.weight ||
        a.order - b.order,
    )
    .map(({ criterion }) => ({
      criterionId: criterion.criterionId,
      status: criterion.status,
      title: titleFor(criterion.status, criterionNames[criterion.criterionId]),
      reason: criterion.missing || 'Not demonstrated at the target level yet.',
    }));
};
