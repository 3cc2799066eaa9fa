import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import {
  CONVERSATION_TOPIC_LABELS,
  transition,
  type Conversation,
  type ConversationCommand,
  type ConversationTransitionError,
} from '@trellis/domain';

import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import { NotificationsService } from '../notifications/notifications.service';
import { conversationLink } from './conversation-links';
import { ConversationEntity } from './conversation.entity';
import { toConversation } from './conversation.mapper';
import { ConversationRepository, type ParticipantView } from './conversation.repository';

// e.g. "Wed, 2 Dec 2026, 16:00": the recipient's time zone is not known here.
const WHEN = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

// What the other participant is told; `null`: nothing (they were both there).
const NOTICES: Readonly<
  Record<ConversationCommand['action'], ((actorName: string, c: ConversationEntity) => string) | null>
> = {
  schedule: (name, c) =>
    `${name} scheduled your career conversation (${CONVERSATION_TOPIC_LABELS[c.topic]}) for ${c.scheduledAt ? WHEN.format(c.scheduledAt) : ''} UTC`,
  decline: (name, c) => `${name} declined your career conversation request: ${c.declineReason ?? ''}`,
  cancel: (name, c) => `${name} cancelled your career conversation (${CONVERSATION_TOPIC_LABELS[c.topic]})`,
  hold: null,
};

/**
 * Schedule, decline, cancel and hold: who may do what comes from the domain state
 * machine. A participant overstepping their part is refused with 403, a change the
 * state does not allow with 409; anyone else gets 404.
 */
@Injectable()
export class ConversationTransitionsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly conversations: ConversationRepository,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  apply(
    actor: Actor,
    id: string,
    command: ConversationCommand,
    correlationId: string,
  ): Promise<Conversation> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const view = await this.conversations.forParticipant(manager, actor, id);
      const { conversation, role } = view;
      const from = conversation.status;
      const result = transition(from, command, role);
      if (!result.ok) throw refusal(result.error);
      if (command.action === 'schedule' && Date.parse(command.at) <= Date.now()) {
        throw new DomainError('invalid', 'Choose a time in the future.', [
          { path: 'at', message: 'This time has passed' },
        ]);
      }
      const fields = changesOf(command, conversation);
      await this.updateIfUnchanged(manager, conversation, fields);
      Object.assign(conversation, fields);
      await this.announce(manager, actor, view, command);
      await this.audit.record(manager, {
        actor,
        action: `conversation.${command.action}`,
        targetType: 'conversation',
        targetId: conversation.id,
        subjectPersonId: view.otherId,
        correlationId,
        // Never the reason: it is conversation content.
        details: { from, to: conversation.status, calendarSequence: conversation.calendarSequence },
      });
      return toConversation(conversation, actor.personId);
    });
  }

  // Guarded on the status and version read: of two concurrent changes, one wins and
  // the other is refused (409) instead of silently overwriting it.
  private async updateIfUnchanged(
    manager: EntityManager,
    conversation: ConversationEntity,
    fields: Partial<ConversationEntity>,
  ): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(ConversationEntity)
      .set({ ...fields, version: () => 'version + 1' })
      .where('id = :id AND organization_id = :org AND status = :status AND version = :version', {
        id: conversation.id,
        org: conversation.organizationId,
        status: conversation.status,
        version: conversation.version,
      })
      .returning('version, updated_at')
      .execute();
    const row = (result.raw as { version: number; updated_at: Date }[])[0];
    if (result.affected !== 1 || !row) {
      throw new DomainError(
        'conflict',
        'The conversation changed since you read it (the other participant may have answered). Reload it.',
      );
    }
    conversation.version = row.version;
    conversation.updatedAt = row.updated_at;
  }

  private async announce(
    manager: EntityManager,
    actor: Actor,
    { conversation, otherId }: ParticipantView,
    command: ConversationCommand,
  ): Promise<void> {
    const notice = NOTICES[command.action];
    if (!notice) return;
    const actorName =
      actor.personId === conversation.reportId ? conversation.report?.name : conversation.manager?.name;
    await this.notifications.notify(manager, {
      organizationId: actor.organizationId,
      personId: otherId,
      kind: `conversation_${pastTense(command.action)}`,
      title: notice(actorName ?? 'Someone', conversation),
      link: conversationLink(conversation, otherId),
      subjectId: conversation.id,
    });
  }
}

const pastTense = (action: ConversationCommand['action']): string =>
  ({ schedule: 'scheduled', decline: 'declined', cancel: 'cancelled', hold: 'held' })[action];

const changesOf = (
  command: ConversationCommand,
  current: ConversationEntity,
): Partial<ConversationEntity> => {
  switch (command.action) {
    case 'schedule':
      return {
        status: 'scheduled',
        scheduledAt: new Date(command.at),
        // A reschedule: calendars replace the event only when its SEQUENCE grows.
        calendarSequence: current.calendarSequence + (current.status === 'scheduled' ? 1 : 0),
      };
    case 'decline':
      return { status: 'declined', declineReason: command.reason };
    case 'cancel':
      return { status: 'cancelled', declineReason: command.reason ?? null };
    case 'hold':
      return { status: 'held', heldAt: new Date() };
  }
};

const refusal = (error: ConversationTransitionError): DomainError => {
  switch (error.code) {
    case 'not_allowed_for_actor':
      return new DomainError('forbidden', error.message);
    case 'terminal':
    case 'invalid_transition':
      return new DomainError('conflict', error.message);
    case 'reason_required':
      return new DomainError('invalid', error.message, [{ path: 'reason', message: error.message }]);
    case 'time_required':
      return new DomainError('invalid', error.message, [{ path: 'at', message: error.message }]);
  }
};
