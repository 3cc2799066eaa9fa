import { Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';

import {
  adminChangeProblem,
  isErasedEmail,
  normalizeRoles,
  type AdminPeopleQuery,
  type AdminPerson,
  type AdminPersonPatch,
  type Page,
} from '@trellis/domain';

import { AuditService, type AuditRecord } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { AuthSessionEntity } from '../auth/auth-session.entity';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import { invalidRequest } from '../http/invalid-request';
import { CursorPart, decodeCursorAs, encodeCursor } from '../http/page-cursor';
import { PersonEntity } from '../people/person.entity';
import { AdminPeopleRepository, type LockedPerson } from './admin-people.repository';
import { toAdminPerson } from './admin-person.mapper';

/** People and roles for the organization's admins: the list, role changes, deactivation. */
@Injectable()
export class AdminPeopleService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly people: AdminPeopleRepository,
    private readonly audit: AuditService,
  ) {}

  /** One query whatever the filters and the page. */
  list(actor: Actor, query: AdminPeopleQuery): Promise<Page<AdminPerson>> {
    const after = query.cursor
      ? (([name, id]) => ({ name, id }))(decodeCursorAs(query.cursor, [CursorPart.text, CursorPart.uuid]))
      : null;
    return this.db.transaction(actor.organizationId, async (manager) => {
      const rows = await this.people.page(manager, actor.organizationId, query, after);
      const items = rows.slice(0, query.limit);
      const last = items[items.length - 1];
      return {
        items: items.map(toAdminPerson),
        nextCursor: rows.length > query.limit && last ? encodeCursor([last.name, last.id]) : null,
      };
    });
  }

  /** One person's account; an admin's read of someone else's record is audited. */
  get(actor: Actor, personId: string, correlationId: string): Promise<AdminPerson> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const row = await this.people.one(manager, actor.organizationId, personId);
      if (!row) throw notFound();
      if (row.id !== actor.personId) {
        await this.audit.record(manager, {
          actor,
          action: 'person.read',
          targetType: 'person',
          targetId: row.id,
          subjectPersonId: row.id,
          correlationId,
          details: { as: 'admin' },
        });
      }
      return toAdminPerson(row);
    });
  }

  /**
   * Sets roles and/or active in one transaction. Deactivating ends every session at
   * once: the session version moves on (access tokens die at their next request) and
   * refresh sessions are revoked. Audited per change.
   */
  update(
    actor: Actor,
    personId: string,
    patch: AdminPersonPatch,
    correlationId: string,
  ): Promise<AdminPerson> {
    if (patch.roles === undefined && patch.active === undefined) {
      throw invalidRequest([{ path: 'roles', message: 'Send roles, active or both' }]);
    }
    return this.db.transaction(actor.organizationId, async (manager) => {
      const { target, otherActiveAdmins } = await lockForChange(this.people, manager, actor, personId);
      if (isErasedEmail(target.email)) {
        throw new DomainError('conflict', 'This person has been erased; their account cannot change.');
      }
      const roles = normalizeRoles(patch.roles ?? target.roles);
      const active = patch.active ?? target.active;
      const problem = adminChangeProblem({
        actorId: actor.personId,
        target,
        after: { roles, active },
        otherActiveAdmins,
      });
      if (problem) throw new DomainError('conflict', problem);

      const before = normalizeRoles(target.roles);
      const rolesChanged = before.join(',') !== roles.join(',');
      const deactivating = target.active && !active;
      const events: AuditRecord[] = [];
      const about = {
        actor,
        targetType: 'person',
        targetId: target.id,
        subjectPersonId: target.id,
        correlationId,
      };
      if (rolesChanged) {
        events.push({
          ...about,
          action: 'person.roles.update',
          details: { from: before.join(','), to: roles.join(',') },
        });
      }
      if (active !== target.active)
        events.push({ ...about, action: active ? 'person.reactivate' : 'person.deactivate' });

      if (events.length > 0) {
        await manager.update(
          PersonEntity,
          { id: target.id, organizationId: actor.organizationId },
          deactivating ? { roles, active, sessionVersion: () => 'session_version + 1' } : { roles, active },
        );
      }
      if (deactivating) await revokeSessions(manager, actor.organizationId, target.id);
      await this.audit.recordAll(manager, events);
      const row = await this.people.one(manager, actor.organizationId, target.id);
      if (!row) throw notFound();
      return toAdminPerson(row);
    });
  }
}

/** The target of a change and how many other active admins the organization keeps. */
export const lockForChange = async (
  people: AdminPeopleRepository,
  manager: EntityManager,
  actor: Actor,
  personId: string,
): Promise<{ target: LockedPerson; otherActiveAdmins: number }> => {
  const locked = await people.lockTargetAndAdmins(manager, actor.organizationId, personId);
  const target = locked.find((person) => person.id === personId);
  if (!target) throw notFound();
  return { target, otherActiveAdmins: locked.filter((person) => person.id !== personId).length };
};

/** Ends every refresh session of the person (their access tokens die with the session version). */
export const revokeSessions = async (manager: EntityManager, organizationId: string, personId: string) => {
  await manager.update(
    AuthSessionEntity,
    { organizationId, personId, revokedAt: IsNull() },
    { revokedAt: new Date() },
  );
};

export const notFound = () => new DomainError('not_found', 'There is no such person.');
