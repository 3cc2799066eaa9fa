import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import {
  importEmailsOf,
  planPeopleImport,
  type ImportOrganization,
  type PeopleImportError,
  type PeopleImportMode,
  type PeopleImportPlan,
  type PeopleImportResult,
  type PlannedPerson,
} from '@trellis/domain';

import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import { PeopleImportRepository, type StoredPerson } from './people-import.repository';

/**
 * The org chart import (HR and admins; the controller gates the roles). A dry run
 * reads the organization, checks the file and says what an apply would do, in a
 * constant number of statements. An apply does the same under the organization's
 * import lock and, when the file is clean, writes it in the same transaction:
 * new people inserted and existing ones updated (matched by email), each with
 * their manager, moves recorded, one audit event. Any bad row refuses the whole file (422).
 */
@Injectable()
export class PeopleImportService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly repository: PeopleImportRepository,
    private readonly audit: AuditService,
  ) {}

  run(actor: Actor, csv: string, mode: PeopleImportMode, correlationId: string): Promise<PeopleImportResult> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      if (mode === 'apply' && !(await this.repository.tryLock(manager, actor.organizationId))) {
        throw new DomainError(
          'conflict',
          'Another import is being applied right now. Try again in a moment.',
        );
      }
      const organization = await this.repository.snapshot(manager, actor.organizationId, importEmailsOf(csv));
      const plan = planPeopleImport(csv, organization);
      if (mode === 'apply') {
        if (plan.errors.length > 0) throw refused(plan.errors);
        await this.apply(manager, actor, organization, plan, correlationId);
      }
      return resultOf(mode, plan);
    });
  }

  private async apply(
    manager: EntityManager,
    actor: Actor,
    organization: ImportOrganization,
    plan: PeopleImportPlan,
    correlationId: string,
  ) {
    const organizationId = actor.organizationId;
    // Ids for new people up front, so every manager (stored or new) is an id before
    // anything is written: one INSERT and one UPDATE, whatever the depth of the chart.
    const idOf = new Map(organization.people.map((person) => [person.email.toLowerCase(), person.id]));
    for (const person of plan.creates) idOf.set(person.email, randomUUID());
    const stored = (person: PlannedPerson, id: string): StoredPerson => ({
      ...person,
      id,
      managerId: person.managerEmail === null ? null : (idOf.get(person.managerEmail) ?? null),
    });
    const creates = plan.creates.map((person) => stored(person, idOf.get(person.email) ?? ''));
    await this.repository.insertPeople(manager, organizationId, creates);
    await this.repository.updatePeople(
      manager,
      organizationId,
      plan.updates.map((person) => stored(person, person.id)),
    );
    await this.repository.recordMoves(
      manager,
      organizationId,
      creates,
      plan.moves.map((move) => ({ ...move, personId: idOf.get(move.email) ?? '' })),
    );
    await this.audit.record(manager, {
      actor,
      action: 'people.import',
      targetType: 'organization',
      targetId: organizationId,
      subjectPersonId: null,
      correlationId,
      details: {
        rows: plan.rows,
        created: plan.creates.length,
        updated: plan.updates.length,
        unchanged: plan.unchanged,
        moves: plan.moves.length,
      },
    });
  }
}

const resultOf = (mode: PeopleImportMode, plan: PeopleImportPlan): PeopleImportResult => ({
  mode,
  rows: plan.rows,
  errors: [...plan.errors],
  summary: {
    create: plan.creates.length,
    update: plan.updates.length,
    unchanged: plan.unchanged,
    moves: [...plan.moves],
  },
});

// The same errors as a dry run gives: in `importErrors` (line, column, reason) and, for
// generic clients, as the problem's field errors.
const refused = (errors: readonly PeopleImportError[]): DomainError =>
  new DomainError(
    'invalid',
    `The file has ${errors.length === 1 ? 'a problem' : `${errors.length} problems`}: nothing was imported.`,
    errors.map((error) => ({
      path: error.column ? `line ${error.line}, ${error.column}` : `line ${error.line}`,
      message: error.reason,
    })),
    { importErrors: errors },
  );
