import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { hasPermission, type Relation } from '@trellis/domain';

import type { Actor } from '../auth/actor';
import { ScopeService } from '../auth/scope/scope.service';
import { DomainError } from '../http/domain-error';

/**
 * Who reaches a growth plan: the person and their management chain read it;
 * only the person writes it. HR and admins have no part in it (HR never reads
 * plans), so for them, as for peers and other organizations, it does not exist.
 */
@Injectable()
export class GrowthPlanAccess {
  constructor(private readonly scope: ScopeService) {}

  /** The reader's relation to the person; 404 naming `what` when out of scope. */
  async toRead(manager: EntityManager, actor: Actor, personId: string, what: string): Promise<Relation> {
    const relation = await this.scope.relationTo(manager, actor, personId);
    if (!relation || !hasPermission(actor.roles, 'growth-plan:read', relation)) {
      throw new DomainError('not_found', `There is no such ${what}.`);
    }
    return relation;
  }

  /** Only the person: their chain sees the plan but may not change it (403); anyone else 404. */
  async toWrite(manager: EntityManager, actor: Actor, personId: string, what: string): Promise<void> {
    const relation = await this.toRead(manager, actor, personId, what);
    if (!hasPermission(actor.roles, 'growth-plan:write', relation)) {
      throw new DomainError('forbidden', 'Only the person themselves changes their growth plan.');
    }
  }
}

/** A write must carry the version it read, and a stale one is refused: no update is lost. */
export const requireVersion = (version: number | undefined, what: string): number => {
  if (version === undefined) {
    throw new DomainError('conflict', `Send the version of the ${what} you read, so that no change is lost.`);
  }
  return version;
};

export const staleVersion = (what: string): DomainError =>
  new DomainError(
    'conflict',
    `Someone changed this ${what} since you read it. Reload it and apply your change again.`,
  );

/** Goals and actions of an archived plan are history. */
export const requireActivePlan = (planActive: boolean): void => {
  if (!planActive) {
    throw new DomainError('conflict', 'This growth plan is archived; change your active plan instead.');
  }
};

/** For the audit trail: which fields a patch sent (never their values). */
export const changedFields = (patch: object): string =>
  Object.keys(patch)
    .filter((key) => key !== 'version')
    .sort()
    .join(',');
