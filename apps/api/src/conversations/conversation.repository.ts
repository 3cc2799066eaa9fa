import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { conversationRoleOf, type ConversationActorRole, type ConversationListQuery } from '@trellis/domain';

import type { Actor } from '../auth/actor';
import { DomainError } from '../http/domain-error';
import { cursorInstantSql, CursorPart, decodeCursorAs, encodeCursor } from '../http/page-cursor';
import { ActionItemEntity } from './action-item.entity';
import { ConversationEntity } from './conversation.entity';

export interface ParticipantView {
  readonly conversation: ConversationEntity;
  readonly role: ConversationActorRole;
  /** The other participant's id: whom a change is announced to. */
  readonly otherId: string;
}

// The list's order: latest first by the scheduled time when there is one, else the
// request time, so upcoming meetings lead and closed requests sink. Stable by id.
const SORT_KEY = 'COALESCE(c.scheduled_at, c.created_at)';

/** The queries of conversations that need SQL: participants' names joined in, keyset pages. */
@Injectable()
export class ConversationRepository {
  /**
   * One query: the conversation with its participants' names and emails, when the
   * caller is one of them. Anyone else (HR and admins too) gets 404: conversation
   * content is seen only by its two participants.
   */
  async forParticipant(
    manager: EntityManager,
    actor: Actor,
    id: string,
    /** What the 404 names: the record the caller asked for. */
    what = 'conversation',
  ): Promise<ParticipantView> {
    const conversation = await manager
      .getRepository(ConversationEntity)
      .createQueryBuilder('c')
      .innerJoin('c.report', 'r')
      .addSelect(['r.id', 'r.name', 'r.email'])
      .innerJoin('c.manager', 'm')
      .addSelect(['m.id', 'm.name', 'm.email'])
      .where('c.id = :id AND c.organization_id = :org', { id, org: actor.organizationId })
      .andWhere('(c.report_id = :me OR c.manager_id = :me)', { me: actor.personId })
      .getOne();
    const role = conversation && conversationRoleOf(conversation, actor.personId);
    if (!conversation || !role) throw new DomainError('not_found', `There is no such ${what}.`);
    const otherId = conversation.reportId === actor.personId ? conversation.managerId : conversation.reportId;
    return { conversation, role, otherId };
  }

  /** One query: the caller's conversations as a participant, filtered and paged in SQL. */
  async page(
    manager: EntityManager,
    actor: Actor,
    query: ConversationListQuery,
  ): Promise<{ rows: ConversationEntity[]; nextCursor: string | null }> {
    const builder = manager
      .getRepository(ConversationEntity)
      .createQueryBuilder('c')
      .innerJoin('c.report', 'r')
      .addSelect(['r.id', 'r.name'])
      .innerJoin('c.manager', 'm')
      .addSelect(['m.id', 'm.name'])
      // Postgres keeps microseconds that a JS Date would drop: the cursor takes them as text.
      .addSelect(cursorInstantSql(SORT_KEY), 'sort_key')
      .where('c.organization_id = :org', { org: actor.organizationId })
      .andWhere('(c.report_id = :me OR c.manager_id = :me)', { me: actor.personId })
      .orderBy(SORT_KEY, 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(query.limit + 1);
    if (query.status) builder.andWhere('c.status = :status', { status: query.status });
    if (query.cursor) {
      const [at, id] = decodeCursorAs(query.cursor, [CursorPart.instant, CursorPart.uuid]);
      builder.andWhere(`(${SORT_KEY}, c.id) < (:cursorAt::timestamptz, :cursorId::uuid)`, {
        cursorAt: at,
        cursorId: id,
      });
    }
    const { entities, raw } = await builder.getRawAndEntities<{ sort_key: string }>();
    const rows = entities.slice(0, query.limit);
    const last = rows[rows.length - 1];
    const lastKey = raw[rows.length - 1]?.sort_key;
    return {
      rows,
      nextCursor: entities.length > query.limit && last && lastKey ? encodeCursor([lastKey, last.id]) : null,
    };
  }

  /** One query: a conversation's action items, open ones first, then by due date. */
  actionItemsOf(manager: EntityManager, actor: Actor, conversationId: string): Promise<ActionItemEntity[]> {
    return manager.find(ActionItemEntity, {
      where: { conversationId, organizationId: actor.organizationId },
      order: { done: 'ASC', dueOn: { direction: 'ASC', nulls: 'LAST' }, createdAt: 'ASC', id: 'ASC' },
    });
  }
}
