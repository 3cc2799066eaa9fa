import type { EvidenceCriterionEntity } from '../../evidence/evidence-criterion.entity';
import type { EvidenceReviewEntity } from '../../evidence/evidence-review.entity';
import type { EvidenceEntity } from '../../evidence/evidence.entity';
import type { AspirationEntity } from '../../growth/aspiration.entity';
import type { GoalEntity } from '../../growth/goal.entity';
import type { GrowthActionEntity } from '../../growth/growth-action.entity';
import type { GrowthPlanEntity } from '../../growth/growth-plan.entity';
import type { Row } from './people-rows';
import { at, type SeedContext } from './seed-context';

export interface GrowthRows {
  readonly aspirations: Row<AspirationEntity>[];
  readonly growthPlans: Row<GrowthPlanEntity>[];
  readonly goals: Row<GoalEntity>[];
  readonly growthActions: Row<GrowthActionEntity>[];
  /** Ids of the actions that conversations may link to, by `person:actionKey`. */
  readonly actionIds: ReadonlyMap<string, string>;
}

/** Aspirations, and one active growth plan per aspiring person with its goals and actions. */
export const growthRows = (ctx: SeedContext): GrowthRows => {
  const organizationId = ctx.organizationId;
  const since = new Map(ctx.org.aspirations.map((a) => [a.person, a.since]));
  const aspirations = ctx.org.aspirations.map((aspiration): Row<AspirationEntity> => ({
    id: ctx.id('aspiration', aspiration.person),
    organizationId,
    personId: ctx.personId(aspiration.person),
    targetLevelId: ctx.levelId(aspiration.target),
    statement: aspiration.statement,
    motivations: aspiration.motivations,
    strengths: aspiration.strengths,
    horizon: aspiration.horizon,
    sharedWithHr: aspiration.sharedWithHr,
    createdAt: at(aspiration.since),
    updatedAt: at(aspiration.since),
  }));
  if (new Set(aspirations.map((a) => a.personId)).size !== aspirations.length)
    ctx.fail('one aspiration per person');

  const growthPlans: Row<GrowthPlanEntity>[] = [];
  const goals: Row<GoalEntity>[] = [];
  const growthActions: Row<GrowthActionEntity>[] = [];
  const actionIds = new Map<string, string>();
  for (const plan of ctx.org.growthPlans) {
    const started = at(since.get(plan.person) ?? ctx.fail(`${plan.person} has a plan but no aspiration`));
    const planId = ctx.id('growth-plan', plan.person);
    growthPlans.push({
      id: planId,
      organizationId,
      personId: ctx.personId(plan.person),
      status: 'active',
      createdAt: started,
      updatedAt: started,
    });
    plan.goals.forEach((goal, goalIndex) => {
      const goalId = ctx.id('goal', plan.person, goal.criterion);
      goals.push({
        id: goalId,
        organizationId,
        planId,
        criterionId: ctx.criterionId(goal.criterion),
        title: goal.title,
        notes: goal.notes ?? '',
        status: goal.status,
        position: goalIndex,
        createdAt: started,
        updatedAt: started,
      });
      goal.actions.forEach((action, actionIndex) => {
        const id = ctx.id('growth-action', plan.person, goal.criterion, String(actionIndex));
        if (action.key) actionIds.set(`${plan.person}:${action.key}`, id);
        if (action.kind !== 'informational_interview' && (action.followUpOn || action.thankYouSent))
          ctx.fail(`only informational interviews have a follow-up (${action.title})`);
        growthActions.push({
          id,
          organizationId,
          goalId,
          kind: action.kind,
          title: action.title,
          notes: action.notes ?? '',
          dueOn: action.due ?? null,
          status: action.status,
          followUpOn: action.followUpOn ?? null,
          thankYouSent: action.thankYouSent ?? false,
          createdAt: started,
          updatedAt: started,
        });
      });
    });
  }
  if (new Set(goals.map((g) => g.id)).size !== goals.length) ctx.fail('a plan lists a criterion twice');
  return { aspirations, growthPlans, goals, growthActions, actionIds };
};

export interface EvidenceRows {
  readonly evidence: Row<EvidenceEntity>[];
  readonly evidenceCriteria: Row<EvidenceCriterionEntity>[];
  readonly evidenceReviews: Row<EvidenceReviewEntity>[];
}

/** Evidence with its criteria, and the direct manager's review of every piece that is not waiting. */
export const evidenceRows = (ctx: SeedContext): EvidenceRows => {
  const organizationId = ctx.organizationId;
  const rows: EvidenceRows = { evidence: [], evidenceCriteria: [], evidenceReviews: [] };
  for (const piece of ctx.org.evidence) {
    const id = ctx.id('evidence', piece.key);
    const { review } = piece;
    if ((piece.status === 'submitted') !== (review === undefined))
      ctx.fail(`evidence ${piece.key}: a review goes with every status but submitted`);
    if (piece.status === 'accepted' && !review?.strength)
      ctx.fail(`evidence ${piece.key}: accepting takes a strength`);
    if (piece.criteria.length === 0 || piece.criteria.length > 3)
      ctx.fail(`evidence ${piece.key}: tie it to one to three criteria`);
    if (piece.links.some((link) => !link.startsWith('https://')))
      ctx.fail(`evidence ${piece.key}: links are https URLs`);
    const submitted = at(piece.occurredOn, '17:00:00');
    rows.evidence.push({
      id,
      organizationId,
      personId: ctx.personId(piece.person),
      title: piece.title,
      kind: piece.kind,
      occurredOn: piece.occurredOn,
      challenge: piece.challenge,
      actions: piece.actions,
      outcome: piece.outcome,
      metrics: piece.metrics,
      links: [...piece.links],
      status: piece.status,
      version: 1,
      createdAt: submitted,
      updatedAt: review ? at(review.on, '14:00:00') : submitted,
    });
    rows.evidenceCriteria.push(
      ...piece.criteria.map((criterion) => ({
        evidenceId: id,
        criterionId: ctx.criterionId(criterion),
        organizationId,
      })),
    );
    if (review && piece.status !== 'submitted') {
      if (review.on < piece.occurredOn) ctx.fail(`evidence ${piece.key}: reviewed before the work happened`);
      rows.evidenceReviews.push({
        id: ctx.id('evidence-review', piece.key),
        organizationId,
        evidenceId: id,
        reviewerId: ctx.managerIdOf(piece.person),
        decision: piece.status,
        comment: review.comment,
        strength: review.strength ?? null,
        evidenceVersion: 1,
        createdAt: at(review.on, '14:00:00'),
      });
    }
  }
  return rows;
};
