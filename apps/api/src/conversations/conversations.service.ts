import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import {
  CONVERSATION_TOPIC_LABELS,
  hasPermission,
  type Conversation,
  type ConversationDetail,
  type ConversationListQuery,
  type ConversationRequestInput,
  type Page,
} from '@trellis/domain';

import { AuditService } from '../audit/audit.service';
import { hasAnyRole, type Actor } from '../auth/actor';
import { ScopeService } from '../auth/scope/scope.service';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import { NotificationsService } from '../notifications/notifications.service';
import { PersonEntity } from '../people/person.entity';
import { renderConversationEvent } from './conversation-calendar';
import { conversationLink } from './conversation-links';
import { ConversationEntity } from './conversation.entity';
import { toActionItem, toConversation } from './conversation.mapper';
import { ConversationRepository } from './conversation.repository';

/** Requesting a conversation and reading one's own. */
@Injectable()
export class ConversationsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly scope: ScopeService,
    private readonly conversations: ConversationRepository,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Between a report and their direct manager only, asked by either side. Someone
   * outside the caller's scope does not exist (404); someone in it who is not the
   * caller's manager or direct report is refused with a reason (422).
   */
  request(actor: Actor, input: ConversationRequestInput, correlationId: string): Promise<Conversation> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const { me, other, reportId, managerId } = await this.pairWith(manager, actor, input.withPersonId);
      const now = Date.now();
      const past = input.proposedTimes.flatMap((time, index) => (Date.parse(time) <= now ? [index] : []));
      if (past.length > 0) {
        throw new DomainError(
          'invalid',
          'Propose times in the future.',
          past.map((index) => ({ path: `proposedTimes.${index}`, message: 'This time has passed' })),
        );
      }
      const saved = await manager.save(
        manager.create(ConversationEntity, {
          organizationId: actor.organizationId,
          reportId,
          managerId,
          requesterId: actor.personId,
          topic: input.topic,
          agenda: input.agenda,
          proposedTimes: input.proposedTimes.map((time) => new Date(time)),
          status: 'requested',
          scheduledAt: null,
          declineReason: null,
          heldAt: null,
          calendarSequence: 0,
        }),
      );
      saved.report = reportId === me.id ? me : other;
      saved.manager = managerId === me.id ? me : other;
      await this.notifications.notify(manager, {
        organizationId: actor.organizationId,
        personId: other.id,
        kind: 'conversation_requested',
        title: `${me.name} asked for a career conversation: ${CONVERSATION_TOPIC_LABELS[input.topic]}`,
        link: conversationLink(saved, other.id),
        subjectId: saved.id,
      });
      await this.audit.record(manager, {
        actor,
        action: 'conversation.request',
        targetType: 'conversation',
        targetId: saved.id,
        subjectPersonId: other.id,
        correlationId,
        details: { topic: input.topic, proposedTimes: input.proposedTimes.length },
      });
      return toConversation(saved, actor.personId);
    });
  }

  /** The caller's conversations as a participant; one query whatever the page holds. */
  list(actor: Actor, query: ConversationListQuery): Promise<Page<Conversation>> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const { rows, nextCursor } = await this.conversations.page(manager, actor, query);
      return { items: rows.map((row) => toConversation(row, actor.personId)), nextCursor };
    });
  }

  /** Participants only, with the action items; two queries. */
  get(actor: Actor, id: string): Promise<ConversationDetail> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const { conversation } = await this.conversations.forParticipant(manager, actor, id);
      const items = await this.conversations.actionItemsOf(manager, actor, id);
      return { ...toConversation(conversation, actor.personId), actionItems: items.map(toActionItem) };
    });
  }

  /** The iCalendar event of a scheduled conversation (participants only). */
  calendar(actor: Actor, id: string): Promise<string> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const { conversation } = await this.conversations.forParticipant(manager, actor, id);
      if (conversation.status !== 'scheduled') {
        throw new DomainError(
          'conflict',
          `The conversation is ${conversation.status}, not scheduled: there is no calendar event to export.`,
        );
      }
      return renderConversationEvent(conversation);
    });
  }

  private async pairWith(
    manager: EntityManager,
    actor: Actor,
    personId: string,
  ): Promise<{ me: PersonEntity; other: PersonEntity; reportId: string; managerId: string }> {
    const select = { id: true, name: true, email: true, managerId: true } as const;
    const me = await manager.findOneOrFail(PersonEntity, {
      where: { id: actor.personId, organizationId: actor.organizationId },
      select,
    });
    const other = await manager.findOne(PersonEntity, {
      where: { id: personId, organizationId: actor.organizationId, active: true },
      select,
    });
    if (!other) throw noSuchPerson();
    if (other.managerId === me.id && hasPermission(actor.roles, 'conversation:request', 'direct_manager')) {
      return { me, other, reportId: other.id, managerId: me.id };
    }
    if (me.managerId === other.id && hasPermission(actor.roles, 'conversation:request', 'self')) {
      return { me, other, reportId: me.id, managerId: other.id };
    }
    const relation = await this.scope.relationTo(manager, actor, other.id);
    if (relation === null && !hasAnyRole(actor, ['hr', 'admin'])) throw noSuchPerson();
    throw new DomainError(
      'invalid',
      relation === 'self'
        ? 'A career conversation is with your manager or one of your direct reports, not with yourself.'
        : relation === 'indirect_manager'
          ? `${other.name} does not report to you directly: their own manager holds their career conversations.`
          : `Career conversations are between a report and their direct manager, and ${other.name} is neither your manager nor one of your direct reports.`,
      [{ path: 'withPersonId', message: 'Choose your manager or one of your direct reports' }],
    );
  }
}

const noSuchPerson = () => new DomainError('not_found', 'There is no such person.');
