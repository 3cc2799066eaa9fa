import { Injectable } from '@nestjs/common';
import { EntityManager, QueryFailedError, type QueryDeepPartialEntity } from 'typeorm';

import { CriterionEntity } from '../frameworks/criterion.entity';
import { FrameworkEntity } from '../frameworks/framework.entity';
import { PersonEntity } from '../people/person.entity';
import { AspirationEntity } from './aspiration.entity';
import { GoalEntity } from './goal.entity';
import { GrowthActionEntity } from './growth-action.entity';
import { GrowthPlanEntity } from './growth-plan.entity';
import type { PlanHead } from './growth-plan.mapper';

/** A goal with whose plan it is: who owns it, and whether the plan is still the active one. */
export interface OwnedGoal {
  readonly goal: GoalEntity;
  readonly personId: string;
  readonly planActive: boolean;
}

export interface OwnedAction {
  readonly action: GrowthActionEntity;
  readonly personId: string;
  readonly planActive: boolean;
}

// Actions in plan order: soonest due first, undated last, then as they were added.
const ACTION_ORDER = { dueOn: { direction: 'ASC', nulls: 'LAST' }, createdAt: 'ASC', id: 'ASC' } as const;

/** The growth plan's queries; each runs in the caller's tenant transaction. */
@Injectable()
export class GrowthPlanRepository {
  /** The person's active plan (or nothing) and their aspiration's target, in one query. */
  async planHead(manager: EntityManager, organizationId: string, personId: string): Promise<PlanHead> {
    const row = await manager
      .createQueryBuilder(PersonEntity, 'person')
      .select('plan.id', 'id')
      .addSelect('plan.version', 'version')
      .addSelect('plan.updatedAt', 'updatedAt')
      .addSelect('aspiration.targetLevelId', 'targetLevelId')
      .leftJoin(
        GrowthPlanEntity,
        'plan',
        `plan.organizationId = person.organizationId AND plan.personId = person.id
         AND plan.status = 'active' AND plan.deletedAt IS NULL`,
      )
      .leftJoin(
        AspirationEntity,
        'aspiration',
        `aspiration.organizationId = person.organizationId AND aspiration.personId = person.id
         AND aspiration.deletedAt IS NULL`,
      )
      .where('person.id = :personId AND person.organizationId = :organizationId', {
        personId,
        organizationId,
      })
      .getRawOne<{
        id: string | null;
        version: number | null;
        updatedAt: Date | null;
        targetLevelId: string | null;
      }>();
    return {
      id: row?.id ?? null,
      personId,
      targetLevelId: row?.targetLevelId ?? null,
      version: row?.version ?? 0,
      updatedAt: row?.updatedAt ?? null,
    };
  }

  /** Every goal of a plan and every action of those goals: two queries whatever their number. */
  async goalsAndActions(
    manager: EntityManager,
    organizationId: string,
    planId: string,
  ): Promise<{ goals: GoalEntity[]; actions: GrowthActionEntity[] }> {
    const goals = await manager.find(GoalEntity, {
      where: { organizationId, planId },
      order: { position: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    const actions = await manager
      .createQueryBuilder(GrowthActionEntity, 'action')
      .innerJoin(
        GoalEntity,
        'goal',
        'goal.organizationId = action.organizationId AND goal.id = action.goalId AND goal.deletedAt IS NULL',
      )
      .where('action.organizationId = :organizationId AND goal.planId = :planId', { organizationId, planId })
      .orderBy('action.dueOn', 'ASC', 'NULLS LAST')
      .addOrderBy('action.createdAt', 'ASC')
      .addOrderBy('action.id', 'ASC')
      .getMany();
    return { goals, actions };
  }

  actionsOfGoal(
    manager: EntityManager,
    organizationId: string,
    goalId: string,
  ): Promise<GrowthActionEntity[]> {
    return manager.find(GrowthActionEntity, { where: { organizationId, goalId }, order: ACTION_ORDER });
  }

  activePlan(
    manager: EntityManager,
    organizationId: string,
    personId: string,
  ): Promise<GrowthPlanEntity | null> {
    return manager.findOne(GrowthPlanEntity, { where: { organizationId, personId, status: 'active' } });
  }

  /**
   * Creates the person's active plan. Inside a savepoint: when a concurrent first
   * goal created it meanwhile, the one-active-plan index refuses this insert and the
   * transaction stays usable to read the winner's plan. Null in that case.
   */
  async createPlan(
    manager: EntityManager,
    organizationId: string,
    personId: string,
  ): Promise<GrowthPlanEntity | null> {
    try {
      return await manager.transaction((inner) =>
        inner.save(inner.create(GrowthPlanEntity, { organizationId, personId, status: 'active' })),
      );
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        return null;
      }
      throw error;
    }
  }

  /** Whether the criterion belongs to a published version of the organization's ladder. */
  publishedCriterionExists(
    manager: EntityManager,
    organizationId: string,
    criterionId: string,
  ): Promise<boolean> {
    return manager
      .createQueryBuilder(CriterionEntity, 'criterion')
      .innerJoin(
        FrameworkEntity,
        'framework',
        'framework.organizationId = criterion.organizationId AND framework.id = criterion.frameworkId',
      )
      .where('criterion.id = :criterionId AND criterion.organizationId = :organizationId', {
        criterionId,
        organizationId,
      })
      .andWhere(`framework.status = 'published'`)
      .getExists();
  }

  /** The next free position at the end of a plan's goals. */
  async nextGoalPosition(manager: EntityManager, organizationId: string, planId: string): Promise<number> {
    const row = await manager
      .createQueryBuilder(GoalEntity, 'goal')
      .select('COALESCE(MAX(goal.position) + 1, 0)', 'next')
      .where('goal.organizationId = :organizationId AND goal.planId = :planId', { organizationId, planId })
      .getRawOne<{ next: number }>();
    return row?.next ?? 0;
  }

  async goalWithOwner(
    manager: EntityManager,
    organizationId: string,
    goalId: string,
  ): Promise<OwnedGoal | null> {
    // One query (findOne with relations would add a DISTINCT pre-query).
    const goal = await manager
      .createQueryBuilder(GoalEntity, 'goal')
      .innerJoinAndSelect('goal.plan', 'plan', 'plan.deletedAt IS NULL')
      .where('goal.id = :goalId AND goal.organizationId = :organizationId', { goalId, organizationId })
      .getOne();
    if (!goal?.plan) return null;
    return { goal, personId: goal.plan.personId, planActive: goal.plan.status === 'active' };
  }

  async actionWithOwner(
    manager: EntityManager,
    organizationId: string,
    actionId: string,
  ): Promise<OwnedAction | null> {
    const action = await manager
      .createQueryBuilder(GrowthActionEntity, 'action')
      .innerJoinAndSelect('action.goal', 'goal', 'goal.deletedAt IS NULL')
      .innerJoinAndSelect('goal.plan', 'plan', 'plan.deletedAt IS NULL')
      .where('action.id = :actionId AND action.organizationId = :organizationId', {
        actionId,
        organizationId,
      })
      .getOne();
    const plan = action?.goal?.plan;
    if (!action || !plan) return null;
    return { action, personId: plan.personId, planActive: plan.status === 'active' };
  }

  /**
   * UPDATE … SET version = version + 1 WHERE id = :id AND version = :read: true when
   * it applied, false when someone else wrote since (TypeORM's @VersionColumn would
   * not check it). Concurrent writers on one version: the row lock makes the second
   * re-check the version after the first commits, so exactly one wins.
   */
  async updateIfVersion<T extends GoalEntity | GrowthActionEntity>(
    manager: EntityManager,
    entity: new () => T,
    id: string,
    version: number,
    fields: QueryDeepPartialEntity<T>,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(entity)
      .set({ ...fields, version: () => 'version + 1' })
      .where('id = :id AND version = :version AND deleted_at IS NULL', { id, version })
      .execute();
    return result.affected === 1;
  }
}
