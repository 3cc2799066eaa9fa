import { Injectable } from '@nestjs/common';

import { applyActionPatch, type GrowthAction, type GrowthActionPatch } from '@trellis/domain';

import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import { invalidRequest } from '../http/invalid-request';
import { GrowthActionEntity } from './growth-action.entity';
import {
  changedFields,
  GrowthPlanAccess,
  requireActivePlan,
  requireVersion,
  staleVersion,
} from './growth-plan-access';
import { toGrowthAction } from './growth-plan.mapper';
import { GrowthPlanRepository } from './growth-plan.repository';

@Injectable()
export class GrowthActionsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly access: GrowthPlanAccess,
    private readonly plans: GrowthPlanRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Edits an action (the person only), guarded by the version read. The follow-up
   * fields belong to informational interviews only (applyActionPatch): 400 otherwise.
   */
  update(
    actor: Actor,
    actionId: string,
    patch: GrowthActionPatch,
    correlationId: string,
  ): Promise<GrowthAction> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const owned = await this.plans.actionWithOwner(manager, actor.organizationId, actionId);
      if (!owned) throw new DomainError('not_found', 'There is no such action.');
      await this.access.toWrite(manager, actor, owned.personId, 'action');
      requireActivePlan(owned.planActive);

      const result = applyActionPatch(toGrowthAction(owned.action), patch);
      if (!result.ok) {
        throw invalidRequest(
          (['followUpOn', 'thankYouSent'] as const)
            .filter((field) => patch[field] !== undefined)
            .map((path) => ({ path, message: result.error.message })),
        );
      }
      const version = requireVersion(patch.version, 'action');
      const next = result.action;
      const applied = await this.plans.updateIfVersion(
        manager,
        GrowthActionEntity,
        owned.action.id,
        version,
        {
          title: next.title,
          notes: next.description,
          dueOn: next.dueOn,
          status: next.status,
          ...(next.kind === 'informational_interview' && {
            followUpOn: next.followUpOn,
            thankYouSent: next.thankYouSent,
          }),
        },
      );
      if (!applied) throw staleVersion('action');

      const saved = await manager.findOneByOrFail(GrowthActionEntity, { id: owned.action.id });
      await this.audit.record(manager, {
        actor,
        action: 'growth_action.update',
        targetType: 'growth_action',
        targetId: saved.id,
        subjectPersonId: owned.personId,
        correlationId,
        details: { version: saved.version, changed: changedFields(patch) },
      });
      return toGrowthAction(saved);
    });
  }
}
