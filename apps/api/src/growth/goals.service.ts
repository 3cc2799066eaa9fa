import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { Goal, GoalPatch, GrowthAction, GrowthActionInput } from '@trellis/domain';

import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import { GoalEntity } from './goal.entity';
import { GrowthActionEntity } from './growth-action.entity';
import {
  changedFields,
  GrowthPlanAccess,
  requireActivePlan,
  requireVersion,
  staleVersion,
} from './growth-plan-access';
import { toGoal, toGrowthAction } from './growth-plan.mapper';
import { GrowthPlanRepository, type OwnedGoal } from './growth-plan.repository';

@Injectable()
export class GoalsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly access: GrowthPlanAccess,
    private readonly plans: GrowthPlanRepository,
    private readonly audit: AuditService,
  ) {}

  /** Edits a goal (the person only), guarded by the version read. */
  update(actor: Actor, goalId: string, patch: GoalPatch, correlationId: string): Promise<Goal> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const { goal, personId } = await this.writableGoal(manager, actor, goalId);
      const version = requireVersion(patch.version, 'goal');
      const fields = {
        ...(patch.title !== undefined && { title: patch.title }),
        ...(patch.description !== undefined && { notes: patch.description }),
        ...(patch.status !== undefined && { status: patch.status }),
      };
      if (!(await this.plans.updateIfVersion(manager, GoalEntity, goal.id, version, fields))) {
        throw staleVersion('goal');
      }
      const saved = await manager.findOneByOrFail(GoalEntity, { id: goal.id });
      await this.audit.record(manager, {
        actor,
        action: 'goal.update',
        targetType: 'goal',
        targetId: goal.id,
        subjectPersonId: personId,
        correlationId,
        details: { version: saved.version, changed: changedFields(patch) },
      });
      return toGoal(saved, await this.plans.actionsOfGoal(manager, actor.organizationId, goal.id));
    });
  }

  /** Adds a learning-by-doing action to a goal (the person only); it starts `planned`. */
  addAction(
    actor: Actor,
    goalId: string,
    input: GrowthActionInput,
    correlationId: string,
  ): Promise<GrowthAction> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const { goal, personId } = await this.writableGoal(manager, actor, goalId);
      const interview = input.kind === 'informational_interview' ? input : null;
      const action = await manager.save(
        manager.create(GrowthActionEntity, {
          organizationId: actor.organizationId,
          goalId: goal.id,
          kind: input.kind,
          title: input.title,
          notes: input.description,
          dueOn: input.dueOn,
          status: 'planned',
          followUpOn: interview?.followUpOn ?? null,
          thankYouSent: interview?.thankYouSent ?? false,
        }),
      );
      await this.audit.record(manager, {
        actor,
        action: 'growth_action.create',
        targetType: 'growth_action',
        targetId: action.id,
        subjectPersonId: personId,
        correlationId,
        details: { goalId: goal.id, kind: action.kind },
      });
      return toGrowthAction(action);
    });
  }

  private async writableGoal(manager: EntityManager, actor: Actor, goalId: string): Promise<OwnedGoal> {
    const owned = await this.plans.goalWithOwner(manager, actor.organizationId, goalId);
    if (!owned) throw new DomainError('not_found', 'There is no such goal.');
    await this.access.toWrite(manager, actor, owned.personId, 'goal');
    requireActivePlan(owned.planActive);
    return owned;
  }
}
