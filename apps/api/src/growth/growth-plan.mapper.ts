import type { Goal, GrowthAction, GrowthPlan } from '@trellis/domain';

import type { GoalEntity } from './goal.entity';
import type { GrowthActionEntity } from './growth-action.entity';

// Entities store a goal's and an action's description in `notes`.

export const toGrowthAction = (entity: GrowthActionEntity): GrowthAction => {
  const common = {
    id: entity.id,
    goalId: entity.goalId,
    title: entity.title,
    description: entity.notes,
    dueOn: entity.dueOn,
    status: entity.status,
    version: entity.version,
  };
  return entity.kind === 'informational_interview'
    ? { ...common, kind: entity.kind, followUpOn: entity.followUpOn, thankYouSent: entity.thankYouSent }
    : { ...common, kind: entity.kind };
};

/** A goal with its own actions (already filtered and ordered). */
export const toGoal = (entity: GoalEntity, actions: readonly GrowthActionEntity[]): Goal => ({
  id: entity.id,
  planId: entity.planId,
  criterionId: entity.criterionId,
  title: entity.title,
  description: entity.notes,
  status: entity.status,
  actions: actions.map(toGrowthAction),
  version: entity.version,
});

export interface PlanHead {
  readonly id: string | null;
  readonly personId: string;
  readonly targetLevelId: string | null;
  readonly version: number;
  readonly updatedAt: Date | null;
}

/** A plan with its goals; without a plan row yet, the empty plan (id null, version 0). */
export const toGrowthPlan = (
  head: PlanHead,
  goals: readonly GoalEntity[],
  actions: readonly GrowthActionEntity[],
): GrowthPlan => {
  const actionsByGoal = new Map<string, GrowthActionEntity[]>();
  for (const action of actions) {
    const list = actionsByGoal.get(action.goalId);
    if (list) list.push(action);
    else actionsByGoal.set(action.goalId, [action]);
  }
  return {
    id: head.id,
    personId: head.personId,
    targetLevelId: head.targetLevelId,
    goals: goals.map((goal) => toGoal(goal, actionsByGoal.get(goal.id) ?? [])),
    version: head.version,
    updatedAt: head.updatedAt?.toISOString() ?? null,
  };
};
