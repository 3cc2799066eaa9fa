import type { ConversationEntity } from './conversation.entity';

/** Where a notification about the conversation leads its recipient: the manager's or the report's area. */
export const conversationLink = (
  conversation: Pick<ConversationEntity, 'id' | 'managerId'>,
  recipientId: string,
): string =>
  recipientId === conversation.managerId
    ? `/team/conversations/${conversation.id}`
    : `/me/conversations/${conversation.id}`;
