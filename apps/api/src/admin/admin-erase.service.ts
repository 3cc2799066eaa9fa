import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import {
  adminChangeProblem,
  ERASED_PERSON_NAME,
  erasedEmailOf,
  isErasedEmail,
  type AdminEraseInput,
  type AdminPerson,
} from '@trellis/domain';

import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import { AdminPeopleRepository } from './admin-people.repository';
import { lockForChange, notFound, revokeSessions } from './admin-people.service';
import { toAdminPerson } from './admin-person.mapper';

/**
 * Erasure (GDPR art. 17) under DESIGN.md's "anonymise their identity, keep
 * aggregates and others' records intact". In one transaction:
 * - identity: name "Erased person", an unroutable unique email, no title, hire
 *   date, password or extra role; deactivated, every session ended. The row stays,
 *   so moves, headcounts, reviews, positions and the audit trail keep pointing at an
 *   (anonymous) id and every aggregate adds up the same before and after;
 * - free text that is theirs alone is blanked or deleted: aspiration texts, goal and
 *   action titles and notes, evidence titles, case studies and links, their private
 *   notes, and the notifications addressed to them;
 * - kept, as the other person's record: conversations with their shared notes,
 *   agendas and action items (both participants wrote and rely on them, and the
 *   shared note is the manager's record of the 1:1 as much as theirs), the other
 *   participant's private notes, reviews written of their evidence, handover notes
 *   about them, and the reviews and notes they wrote about others.
 * Irreversible, so a second erase is refused (409) rather than repeated.
 */
@Injectable()
export class AdminEraseService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly people: AdminPeopleRepository,
    private readonly audit: AuditService,
  ) {}

  erase(actor: Actor, personId: string, input: AdminEraseInput, correlationId: string): Promise<AdminPerson> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const { target, otherActiveAdmins } = await lockForChange(this.people, manager, actor, personId);
      if (isErasedEmail(target.email))
        throw new DomainError('conflict', 'This person has already been erased.');
      const problem = adminChangeProblem({ actorId: actor.personId, target, after: null, otherActiveAdmins });
      if (problem) throw new DomainError('conflict', problem);
      if (input.confirmEmail.toLowerCase() !== target.email) {
        throw new DomainError('invalid', 'The confirmation does not match.', [
          { path: 'confirmEmail', message: "Type the person's email address exactly to confirm" },
        ]);
      }

      const erased = await eraseRecords(manager, actor.organizationId, target.id);
      await revokeSessions(manager, actor.organizationId, target.id);
      await this.audit.record(manager, {
        actor,
        action: 'person.erase',
        targetType: 'person',
        targetId: target.id,
        subjectPersonId: target.id,
        correlationId,
        // Counts only: the event must not keep what was erased.
        details: erased,
      });
      const row = await this.people.one(manager, actor.organizationId, target.id);
      if (!row) throw notFound();
      return toAdminPerson(row);
    });
  }
}

// One statement per table, whatever the amount of data; each answers how many rows it changed.
const eraseRecords = async (manager: EntityManager, organizationId: string, personId: string) => {
  const count = async (sql: string): Promise<number> => {
    const [row] = await manager.query<{ n: number }[]>(
      `WITH changed AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM changed`,
      [organizationId, personId],
    );
    return row?.n ?? 0;
  };
  const mine = `organization_id = $1 AND person_id = $2`;
  const myPlans = `SELECT id FROM growth_plans WHERE ${mine}`;
  await manager.query(
    `UPDATE people SET name = $3, email = $4, title = '', hire_date = NULL, password_hash = NULL,
            roles = '{member}', active = false, session_version = session_version + 1, updated_at = now()
      WHERE organization_id = $1 AND id = $2`,
    [organizationId, personId, ERASED_PERSON_NAME, erasedEmailOf(personId)],
  );
  return {
    aspirations: await count(
      `UPDATE aspirations SET statement = '', motivations = '', strengths = '', updated_at = now() WHERE ${mine}`,
    ),
    goals: await count(
      `UPDATE goals SET title = '', notes = '', updated_at = now()
        WHERE organization_id = $1 AND plan_id IN (${myPlans})`,
    ),
    growthActions: await count(
      `UPDATE growth_actions SET title = '', notes = '', updated_at = now()
        WHERE organization_id = $1 AND goal_id IN (SELECT id FROM goals WHERE plan_id IN (${myPlans}))`,
    ),
    evidence: await count(
      `UPDATE evidence SET title = '', challenge = '', actions = '', outcome = '', metrics = '', links = '{}',
              updated_at = now() WHERE ${mine}`,
    ),
    privateNotes: await count(
      `DELETE FROM conversation_notes WHERE organization_id = $1 AND author_id = $2 AND visibility = 'private'`,
    ),
    notifications: await count(`DELETE FROM notifications WHERE ${mine}`),
  };
};
