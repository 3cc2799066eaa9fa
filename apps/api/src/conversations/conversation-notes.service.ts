import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { Notes, NotesInput, NoteVisibility } from '@trellis/domain';

import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import { ConversationNoteEntity } from './conversation-note.entity';
import { toNotes } from './conversation.mapper';
import { ConversationRepository } from './conversation.repository';

/**
 * The shared note (both participants read and edit it) and each participant's
 * private note. A private note is always the caller's own: the other
 * participant's is never read, whoever asks. Bodies never reach the audit trail.
 */
@Injectable()
export class ConversationNotesService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly conversations: ConversationRepository,
    private readonly audit: AuditService,
  ) {}

  /** Two queries; before the first write, an empty note at version 0. */
  get(actor: Actor, conversationId: string, visibility: NoteVisibility): Promise<Notes> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      await this.conversations.forParticipant(manager, actor, conversationId);
      return toNotes(await this.find(manager, actor, conversationId, visibility));
    });
  }

  /**
   * The first write sends version 0 and creates the note; later ones send the
   * version read. A stale version, or losing a race for the first write, is 409.
   */
  put(
    actor: Actor,
    conversationId: string,
    visibility: NoteVisibility,
    input: NotesInput,
    correlationId: string,
  ): Promise<Notes> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const { otherId } = await this.conversations.forParticipant(manager, actor, conversationId);
      const saved =
        input.version === 0
          ? await this.create(manager, actor, conversationId, visibility, input.body)
          : await this.update(manager, actor, conversationId, visibility, input);
      await this.audit.record(manager, {
        actor,
        action: 'conversation_note.write',
        targetType: 'conversation_note',
        targetId: saved.id,
        // A private note is the author's own business; the shared one concerns the other participant too.
        subjectPersonId: visibility === 'shared' ? otherId : actor.personId,
        correlationId,
        details: { conversationId, visibility, version: saved.version },
      });
      return toNotes(saved);
    });
  }

  private find(
    manager: EntityManager,
    actor: Actor,
    conversationId: string,
    visibility: NoteVisibility,
  ): Promise<ConversationNoteEntity | null> {
    return manager.findOne(ConversationNoteEntity, {
      where: {
        organizationId: actor.organizationId,
        conversationId,
        visibility,
        // The shared note has one row whoever edited it last; a private one is the caller's.
        ...(visibility === 'private' && { authorId: actor.personId }),
      },
    });
  }

  // ON CONFLICT DO NOTHING rather than catching the unique violation: a failed
  // statement is logged with its parameters, and those would hold the note's text.
  private async create(
    manager: EntityManager,
    actor: Actor,
    conversationId: string,
    visibility: NoteVisibility,
    body: string,
  ): Promise<ConversationNoteEntity> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(ConversationNoteEntity)
      .values({
        organizationId: actor.organizationId,
        conversationId,
        visibility,
        authorId: actor.personId,
        body,
        version: 1,
      })
      // One unique index per kind of note: the note exists already (written by the
      // other participant, or in another tab), so this first write is stale.
      .orIgnore()
      .returning('id, version, created_at, updated_at')
      .execute();
    return this.written(manager, result.raw, actor, conversationId, visibility, body);
  }

  // A guarded UPDATE … WHERE version = $read; for a private note, only the caller's own row.
  private async update(
    manager: EntityManager,
    actor: Actor,
    conversationId: string,
    visibility: NoteVisibility,
    input: NotesInput,
  ): Promise<ConversationNoteEntity> {
    const builder = manager
      .createQueryBuilder()
      .update(ConversationNoteEntity)
      .set({ body: input.body, authorId: actor.personId, version: () => 'version + 1' })
      .where(
        'organization_id = :org AND conversation_id = :conversationId AND visibility = :visibility AND version = :version',
        { org: actor.organizationId, conversationId, visibility, version: input.version },
      );
    if (visibility === 'private') builder.andWhere('author_id = :me', { me: actor.personId });
    const result = await builder.returning('id, version, created_at, updated_at').execute();
    return this.written(manager, result.raw, actor, conversationId, visibility, input.body);
  }

  /** The note a guarded write returned; none: the version was stale (409). */
  private written(
    manager: EntityManager,
    raw: unknown,
    actor: Actor,
    conversationId: string,
    visibility: NoteVisibility,
    body: string,
  ): ConversationNoteEntity {
    const row = (raw as Record<string, unknown>[])[0];
    if (!row) throw staleNote();
    return manager.create(ConversationNoteEntity, {
      id: row['id'] as string,
      organizationId: actor.organizationId,
      conversationId,
      visibility,
      authorId: actor.personId,
      body,
      version: row['version'] as number,
      updatedAt: row['updated_at'] as Date,
      createdAt: row['created_at'] as Date,
    });
  }
}

const staleNote = () =>
  new DomainError(
    'conflict',
    'These notes changed since you read them (perhaps in another tab or by the other participant). Reload them and apply your change again.',
  );
