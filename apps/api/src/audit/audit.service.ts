import { Injectable } from '@nestjs/common';
import { EntityManager, SelectQueryBuilder } from 'typeorm';

import type { AccessLogEntry, AuditAction, AuditEvent, AuditQuery, Page, PageQuery } from '@trellis/domain';

import type { Actor } from '../auth/actor';
import { TenantDatabase } from '../database/tenant-database';
import { CursorPart, decodeCursorAs, encodeCursor } from '../http/page-cursor';
import { PersonEntity } from '../people/person.entity';
import { AuditEventEntity, type AuditDetails } from './audit-event.entity';

export interface AuditRecord {
  readonly actor: Actor;
  /** e.g. person.read, evidence.review, aspiration.update */
  readonly action: AuditAction;
  readonly targetType: string;
  readonly targetId: string | null;
  /** Whose record it is: shows in their access log. */
  readonly subjectPersonId: string | null;
  readonly correlationId: string;
  readonly details?: AuditDetails;
}

@Injectable()
export class AuditService {
  constructor(private readonly db: TenantDatabase) {}

  /** Writes one audit event with the caller's manager, i.e. inside the caller's transaction. */
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager.insert(AuditEventEntity, {
      organizationId: record.actor.organizationId,
      actorId: record.actor.personId,
      action: record.action,
      targetType: record.targetType,
      targetId: record.targetId,
      subjectPersonId: record.subjectPersonId,
      correlationId: record.correlationId,
      details: record.details ?? {},
    });
  }

  /** Several events in one insert (a page of reads of several people's records); none when empty. */
  async recordAll(manager: EntityManager, records: readonly AuditRecord[]): Promise<void> {
    if (records.length === 0) return;
    await manager.insert(
      AuditEventEntity,
      records.map((record) => ({
        organizationId: record.actor.organizationId,
        actorId: record.actor.personId,
        action: record.action,
        targetType: record.targetType,
        targetId: record.targetId,
        subjectPersonId: record.subjectPersonId,
        correlationId: record.correlationId,
        details: record.details ?? {},
      })),
    );
  }

  /** Who has looked at or changed my record (never my own actions), newest first; two queries. */
  accessLog(actor: Actor, query: PageQuery): Promise<Page<AccessLogEntry>> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const builder = manager
        .getRepository(AuditEventEntity)
        .createQueryBuilder('e')
        .where('e.organization_id = :org AND e.subject_person_id = :me', {
          org: actor.organizationId,
          me: actor.personId,
        })
        .andWhere('(e.actor_id IS NULL OR e.actor_id <> :me)');
      const { rows, nextCursor } = await newestFirst(builder, query);
      const actors = await actorsOf(
        manager,
        rows.map((r) => r.actorId),
      );
      return {
        items: rows.map((event) => {
          const who = event.actorId ? actors.get(event.actorId) : undefined;
          return {
            id: event.id,
            actor: who ? { id: who.id, name: who.name, title: who.title } : null,
            action: event.action,
            targetType: event.targetType,
            at: event.createdAt.toISOString(),
          };
        }),
        nextCursor,
      };
    });
  }

  /** The organization's audit trail for admins, newest first, with names; two queries. */
  list(actor: Actor, query: AuditQuery): Promise<Page<AuditEvent>> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const builder = manager
        .getRepository(AuditEventEntity)
        .createQueryBuilder('e')
        .where('e.organization_id = :org', { org: actor.organizationId });
      if (query.actorId) builder.andWhere('e.actor_id = :actorId', { actorId: query.actorId });
      if (query.subjectPersonId) {
        builder.andWhere('e.subject_person_id = :subject', { subject: query.subjectPersonId });
      }
      if (query.action) builder.andWhere('e.action = :action', { action: query.action });
      if (query.from) builder.andWhere('e.created_at >= :from::date', { from: query.from });
      if (query.to) builder.andWhere(`e.created_at < :to::date + 1`, { to: query.to });
      const { rows, nextCursor } = await newestFirst(builder, query);
      const people = await actorsOf(
        manager,
        rows.flatMap((r) => [r.actorId, r.subjectPersonId]),
      );
      const named = (id: string | null) => {
        const person = id ? people.get(id) : undefined;
        return person ? { id: person.id, name: person.name } : null;
      };
      return {
        items: rows.map((e) => ({
          id: e.id,
          actorId: e.actorId,
          action: e.action,
          targetType: e.targetType,
          targetId: e.targetId,
          subjectPersonId: e.subjectPersonId,
          correlationId: e.correlationId,
          at: e.createdAt.toISOString(),
          actor: named(e.actorId),
          subject: named(e.subjectPersonId),
        })),
        nextCursor,
      };
    });
  }
}

const newestFirst = async (
  builder: SelectQueryBuilder<AuditEventEntity>,
  query: PageQuery,
): Promise<{ rows: AuditEventEntity[]; nextCursor: string | null }> => {
  builder
    .orderBy('e.created_at', 'DESC')
    .addOrderBy('e.id', 'DESC')
    .take(query.limit + 1);
  if (query.cursor) {
    const [at, id] = decodeCursorAs(query.cursor, [CursorPart.instant, CursorPart.uuid]);
    builder.andWhere('(e.created_at, e.id) < (:at::timestamptz, :id::uuid)', { at, id });
  }
  const rows = await builder.getMany();
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    rows: page,
    nextCursor:
      rows.length > query.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
  };
};

// The actors of one page: a single query whatever the page holds.
const actorsOf = async (
  manager: EntityManager,
  ids: (string | null)[],
): Promise<Map<string, PersonEntity>> => {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const people = await manager
    .getRepository(PersonEntity)
    .createQueryBuilder('p')
    .withDeleted()
    .select(['p.id', 'p.name', 'p.title'])
    .where('p.id IN (:...wanted)', { wanted })
    .getMany();
  return new Map(people.map((p) => [p.id, p]));
};
