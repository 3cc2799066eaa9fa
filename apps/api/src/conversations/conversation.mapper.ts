import {
  availableActions,
  conversationRoleOf,
  EMPTY_NOTES,
  type ActionItem,
  type Conversation,
  type Notes,
} from '@trellis/domain';

import type { ActionItemEntity } from './action-item.entity';
import type { ConversationNoteEntity } from './conversation-note.entity';
import type { ConversationEntity } from './conversation.entity';

/** A conversation as `viewerId` (one of its participants) sees it; the participants' names must be loaded. */
export const toConversation = (entity: ConversationEntity, viewerId: string): Conversation => {
  const role = conversationRoleOf(entity, viewerId);
  return {
    id: entity.id,
    reportId: entity.reportId,
    managerId: entity.managerId,
    requesterId: entity.requesterId,
    topic: entity.topic,
    agenda: entity.agenda,
    proposedTimes: entity.proposedTimes.map((time) => time.toISOString()),
    status: entity.status,
    scheduledAt: entity.scheduledAt?.toISOString() ?? null,
    // One column holds the reason of a decline (required) or a cancellation (optional).
    reason: entity.declineReason,
    heldAt: entity.heldAt?.toISOString() ?? null,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    reportName: entity.report?.name ?? '',
    managerName: entity.manager?.name ?? '',
    availableActions: role ? availableActions(entity.status, role) : [],
    calendarSequence: entity.calendarSequence,
    version: entity.version,
  };
};

export const toActionItem = (entity: ActionItemEntity): ActionItem => ({
  id: entity.id,
  conversationId: entity.conversationId,
  ownerId: entity.ownerId,
  title: entity.title,
  dueOn: entity.dueOn,
  done: entity.done,
  growthActionId: entity.growthActionId,
  createdAt: entity.createdAt.toISOString(),
  updatedAt: entity.updatedAt.toISOString(),
  version: entity.version,
});

/** Version 0 and an empty body before the first write. */
export const toNotes = (entity: ConversationNoteEntity | null): Notes =>
  entity
    ? {
        body: entity.body,
        version: entity.version,
        updatedAt: entity.updatedAt.toISOString(),
        updatedById: entity.authorId,
      }
    : EMPTY_NOTES;
