import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { HandoverNote, HandoverNoteInput, HandoverNotesQuery, Page } from '@trellis/domain';

import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { ScopeService } from '../auth/scope/scope.service';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import { CursorPart, decodeCursorAs, encodeCursor } from '../http/page-cursor';
import { PersonEntity } from '../people/person.entity';
import { HandoverNoteEntity } from './handover-note.entity';

interface NoteRow {
  id: string;
  person_id: string;
  author_id: string;
  author_name: string;
  body: string;
  created_at: Date;
}

/**
 * Handover notes: the direct manager writes them; the report, the author and
 * whoever manages the report now or later (the management chain, computed per
 * request) read them. An author who no longer manages the report still reads their
 * own notes, and only those. HR and admins have no door here: they are not in
 * the chain (unless they are).
 */
@Injectable()
export class HandoverNotesService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
  ) {}

  create(
    actor: Actor,
    personId: string,
    input: HandoverNoteInput,
    correlationId: string,
  ): Promise<HandoverNote> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const relation = await this.scope.relationTo(manager, actor, personId);
      if (relation === null) throw notFound();
      if (relation !== 'direct_manager') {
        throw new DomainError('forbidden', 'Only the direct manager leaves a handover note.');
      }
      const [row] = await manager.query<{ id: string }[]>(
        `INSERT INTO handover_notes (organization_id, person_id, author_id, body)
         VALUES ($1, $2, $3, $4) RETURNING id`,
        [actor.organizationId, personId, actor.personId, input.body],
      );
      if (!row) throw new Error('The handover note was not written');
      await this.audit.record(manager, {
        actor,
        action: 'handover_note.create',
        targetType: 'handover_note',
        targetId: row.id,
        subjectPersonId: personId,
        correlationId,
      });
      const [note] = await this.rows(manager, actor, personId, { limit: 1, id: row.id });
      if (!note) throw new Error('The handover note was not read back');
      return toHandoverNote(note);
    });
  }

  /** Newest first; two or three statements, and an audit event when it is someone else's record. */
  list(
    actor: Actor,
    personId: string,
    query: HandoverNotesQuery,
    correlationId: string,
  ): Promise<Page<HandoverNote>> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const relation = await this.scope.relationTo(manager, actor, personId);
      // Outside the chain, only an author of a note on this person has a door (to their own notes).
      if (relation === null) {
        const authored = await manager.exists(HandoverNoteEntity, {
          where: { organizationId: actor.organizationId, personId, authorId: actor.personId },
        });
        if (!authored) throw notFound();
      }
      const after = query.cursor ? decodeCursorAs(query.cursor, [CursorPart.instant, CursorPart.uuid]) : null;
      const rows = await this.rows(manager, actor, personId, {
        limit: query.limit + 1,
        // Outside the chain, an author sees their own notes only.
        authorId: relation === null ? actor.personId : undefined,
        after: after ? { at: after[0], id: after[1] } : undefined,
      });
      const items = rows.slice(0, query.limit);
      if (relation !== 'self' && items.length > 0) {
        await this.audit.record(manager, {
          actor,
          action: 'handover_note.read',
          targetType: 'handover_note',
          targetId: null,
          subjectPersonId: personId,
          correlationId,
          details: { as: relation ?? 'author', shown: items.length },
        });
      }
      const last = items[items.length - 1];
      return {
        items: items.map(toHandoverNote),
        nextCursor:
          rows.length > query.limit && last ? encodeCursor([last.created_at.toISOString(), last.id]) : null,
      };
    });
  }

  private rows(
    manager: EntityManager,
    actor: Actor,
    personId: string,
    options: { limit: number; id?: string; authorId?: string; after?: { at: string; id: string } },
  ): Promise<NoteRow[]> {
    const builder = manager
      .getRepository(HandoverNoteEntity)
      .createQueryBuilder('h')
      .innerJoin(PersonEntity, 'a', 'a.organization_id = h.organization_id AND a.id = h.author_id')
      .select([
        'h.id AS id',
        'h.person_id AS person_id',
        'h.author_id AS author_id',
        'a.name AS author_name',
        'h.body AS body',
        'h.created_at AS created_at',
      ])
      .where('h.organization_id = :org AND h.person_id = :personId', {
        org: actor.organizationId,
        personId,
      })
      .orderBy('h.created_at', 'DESC')
      .addOrderBy('h.id', 'DESC')
      .limit(options.limit);
    if (options.id) builder.andWhere('h.id = :id', { id: options.id });
    if (options.authorId) builder.andWhere('h.author_id = :authorId', { authorId: options.authorId });
    if (options.after) {
      builder.andWhere('(h.created_at, h.id) < (:at::timestamptz, :afterId::uuid)', {
        at: options.after.at,
        afterId: options.after.id,
      });
    }
    return builder.getRawMany<NoteRow>();
  }
}

const toHandoverNote = (row: NoteRow): HandoverNote => ({
  id: row.id,
  personId: row.person_id,
  authorId: row.author_id,
  authorName: row.author_name,
  body: row.body,
  createdAt: row.created_at.toISOString(),
});

const notFound = () => new DomainError('not_found', 'There is no such person.');
