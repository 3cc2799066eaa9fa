import { Injectable } from '@nestjs/common';

import type { Goal, GoalInput, GrowthPlan } from '@trellis/domain';

import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import { GoalEntity } from './goal.entity';
import { GrowthPlanAccess } from './growth-plan-access';
import { toGoal, toGrowthPlan } from './growth-plan.mapper';
import { GrowthPlanRepository } from './growth-plan.repository';

@Injectable()
export class GrowthPlansService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly access: GrowthPlanAccess,
    private readonly plans: GrowthPlanRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * The active plan with its goals and their actions, in a constant number of
   * queries. Without a plan yet: the empty plan. Reads by the chain are audited.
   */
  get(actor: Actor, personId: string, correlationId: string): Promise<GrowthPlan> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const relation = await this.access.toRead(manager, actor, personId, 'growth plan');
      const head = await this.plans.planHead(manager, actor.organizationId, personId);
      const { goals, actions } = head.id
        ? await this.plans.goalsAndActions(manager, actor.organizationId, head.id)
        : { goals: [], actions: [] };
      if (relation !== 'self') {
        await this.audit.record(manager, {
          actor,
          action: 'growth_plan.read',
          targetType: 'growth_plan',
          targetId: head.id,
          subjectPersonId: personId,
          correlationId,
          details: { as: relation },
        });
      }
      return toGrowthPlan(head, goals, actions);
    });
  }

  /**
   * Adds a goal on a criterion of the organization's published ladder. The first
   * goal creates the active plan; two first goals at once share one plan.
   */
  addGoal(actor: Actor, personId: string, input: GoalInput, correlationId: string): Promise<Goal> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      await this.access.toWrite(manager, actor, personId, 'person');
      const organizationId = actor.organizationId;
      if (!(await this.plans.publishedCriterionExists(manager, organizationId, input.criterionId))) {
        throw new DomainError('invalid', 'The criterion is not one of your career ladder.', [
          { path: 'criterionId', message: 'Choose a criterion of your career ladder' },
        ]);
      }

      let plan = await this.plans.activePlan(manager, organizationId, personId);
      if (!plan) {
        plan = await this.plans.createPlan(manager, organizationId, personId);
        if (plan) {
          await this.audit.record(manager, {
            actor,
            action: 'growth_plan.create',
            targetType: 'growth_plan',
            targetId: plan.id,
            subjectPersonId: personId,
            correlationId,
          });
        } else {
          // Lost the race for the first goal: the winner's plan is the one to add to.
          plan = await this.plans.activePlan(manager, organizationId, personId);
          if (!plan) throw new DomainError('conflict', 'Your growth plan changed meanwhile. Try again.');
        }
      }

      const goal = await manager.save(
        manager.create(GoalEntity, {
          organizationId,
          planId: plan.id,
          criterionId: input.criterionId,
          title: input.title,
          notes: input.description,
          status: 'planned',
          position: await this.plans.nextGoalPosition(manager, organizationId, plan.id),
        }),
      );
      await this.audit.record(manager, {
        actor,
        action: 'goal.create',
        targetType: 'goal',
        targetId: goal.id,
        subjectPersonId: personId,
        correlationId,
        details: { planId: plan.id, criterionId: goal.criterionId },
      });
      return toGoal(goal, []);
    });
  }
}
