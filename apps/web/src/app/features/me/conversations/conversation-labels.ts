import type { Conversation, ConversationStatus, ConversationTopic, Me } from '@trellis/domain';

// The words people read for the conversation codes of libs/domain.

export const TOPIC_LABELS: Readonly<Record<ConversationTopic, string>> = {
  aspiration: 'Aspiration',
  growth_plan_review: 'Growth plan review',
  promotion_readiness: 'Promotion readiness',
  lateral_move: 'Lateral move',
  feedback: 'Feedback',
};

// What each topic is for, shown beside the choice in the request form.
export const TOPIC_DESCRIPTIONS: Readonly<Record<ConversationTopic, string>> = {
  aspiration: 'Where you want to go next, and whether your manager sees a path there.',
  growth_plan_review: 'Go through your goals and actions, and what to change.',
  promotion_readiness: 'How close you are to the next level, and what is still missing.',
  lateral_move: 'Moving sideways, to another track, discipline or team.',
  feedback: 'Hear how your work lands, or give feedback on how you are managed.',
};

export const STATUS_LABELS: Readonly<Record<ConversationStatus, string>> = {
  requested: 'Requested',
  scheduled: 'Scheduled',
  held: 'Held',
  declined: 'Declined',
  cancelled: 'Cancelled',
};

export const TOPICS = Object.keys(TOPIC_LABELS) as ConversationTopic[];
export const STATUSES = Object.keys(STATUS_LABELS) as ConversationStatus[];

// The other participant's name.
export const otherParticipant = (conversation: Conversation, me: Pick<Me, 'id'>): string =>
  conversation.reportId === me.id ? conversation.managerName : conversation.reportName;

// Where a conversation opens: the report's own page here, or the manager's
// workspace in the Team area (where notification links lead managers too).
export const conversationLink = (conversation: Conversation, me: Pick<Me, 'id'>): string[] =>
  conversation.reportId === me.id
    ? ['/me/conversations', conversation.id]
    : ['/team/conversations', conversation.id];
