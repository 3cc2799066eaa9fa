import { z } from 'zod';

import type { Conversation, ConversationStatus } from './conversation';

// The life of a conversation and who may move it on. Actors are named relative
// to the request, not by role, because either the report or the manager may ask.
//
// Decisions:
// - The person asked answers a request: only the `other` participant schedules
//   a `requested` conversation (the requester cannot accept on their behalf) or
//   declines it, with a reason.
// - The requester withdraws their own request by cancelling it; the other
//   participant declines instead, so a refusal always comes with a reason.
// - Once scheduled, either participant may reschedule, cancel or mark it held.
//   The `other` participant may still decline it (with a reason) if they back out.
// - `held`, `declined` and `cancelled` are terminal: a new request starts anew.
// - Holding is not tied to the clock: people sometimes meet early.

export const CONVERSATION_ACTIONS = ['schedule', 'decline', 'cancel', 'hold'] as const;
export const ConversationActionSchema = z.enum(CONVERSATION_ACTIONS);
export type ConversationAction = z.infer<typeof ConversationActionSchema>;

export const CONVERSATION_ACTOR_ROLES = ['requester', 'other'] as const;
export type ConversationActorRole = (typeof CONVERSATION_ACTOR_ROLES)[number];

export interface ConversationTransitionRule {
  from: ConversationStatus;
  action: ConversationAction;
  to: ConversationStatus;
  by: readonly ConversationActorRole[];
}

export const allowedTransitions: readonly ConversationTransitionRule[] = [
  { from: 'requested', action: 'schedule', to: 'scheduled', by: ['other'] },
  { from: 'requested', action: 'decline', to: 'declined', by: ['other'] },
  { from: 'requested', action: 'cancel', to: 'cancelled', by: ['requester'] },
  // Rescheduling.
  { from: 'scheduled', action: 'schedule', to: 'scheduled', by: ['requester', 'other'] },
  { from: 'scheduled', action: 'decline', to: 'declined', by: ['other'] },
  { from: 'scheduled', action: 'cancel', to: 'cancelled', by: ['requester', 'other'] },
  { from: 'scheduled', action: 'hold', to: 'held', by: ['requester', 'other'] },
];

export const TERMINAL_CONVERSATION_STATUSES: readonly ConversationStatus[] = [
  'held',
  'declined',
  'cancelled',
];

export const isTerminalConversationStatus = (status: ConversationStatus): boolean =>
  TERMINAL_CONVERSATION_STATUSES.includes(status);

const ruleFor = (status: ConversationStatus, action: ConversationAction) =>
  allowedTransitions.find((rule) => rule.from === status && rule.action === action);

export const canTransition = (
  status: ConversationStatus,
  action: ConversationAction,
  actorRole: ConversationActorRole,
): boolean => ruleFor(status, action)?.by.includes(actorRole) ?? false;

// The actions to offer a participant (e.g. the buttons to show).
export const availableActions = (
  status: ConversationStatus,
  actorRole: ConversationActorRole,
): ConversationAction[] => CONVERSATION_ACTIONS.filter((action) => canTransition(status, action, actorRole));

export type ConversationCommand =
  | { action: 'schedule'; at: string }
  | { action: 'decline'; reason: string }
  | { action: 'cancel'; reason?: string }
  | { action: 'hold' };

// `terminal` and `invalid_transition` are conflicts with the record's state
// (409); `not_allowed_for_actor` is a participant overstepping (403); the last
// two are bad input (400).
export type ConversationTransitionErrorCode =
  'terminal' | 'invalid_transition' | 'not_allowed_for_actor' | 'reason_required' | 'time_required';

export interface ConversationTransitionError {
  code: ConversationTransitionErrorCode;
  message: string;
}

export type ConversationTransitionResult =
  { ok: true; status: ConversationStatus } | { ok: false; error: ConversationTransitionError };

const fail = (code: ConversationTransitionErrorCode, message: string): ConversationTransitionResult => ({
  ok: false,
  error: { code, message },
});

const pastTense: Record<ConversationAction, string> = {
  schedule: 'scheduled',
  decline: 'declined',
  cancel: 'cancelled',
  hold: 'held',
};

export const transition = (
  status: ConversationStatus,
  command: ConversationCommand,
  actorRole: ConversationActorRole,
): ConversationTransitionResult => {
  if (isTerminalConversationStatus(status))
    return fail('terminal', `The conversation is already ${status}; request a new one instead`);
  const rule = ruleFor(status, command.action);
  if (!rule)
    return fail('invalid_transition', `A ${status} conversation cannot be ${pastTense[command.action]}`);
  if (!rule.by.includes(actorRole))
    return fail(
      'not_allowed_for_actor',
      actorRole === 'requester'
        ? `Only the person you asked can ${command.action} this conversation${command.action === 'decline' ? '; cancel it instead' : ''}`
        : `Only the requester can ${command.action} this request; decline it instead`,
    );
  if (command.action === 'decline' && command.reason.trim() === '')
    return fail('reason_required', 'Say why you decline');
  if (command.action === 'schedule' && command.at.trim() === '')
    return fail('time_required', 'Choose a time');
  return { ok: true, status: rule.to };
};

// Who the person is in this conversation, or null when they are not in it (and
// so must get a 404, never a 403).
export const conversationRoleOf = (
  conversation: Pick<Conversation, 'reportId' | 'managerId' | 'requesterId'>,
  personId: string,
): ConversationActorRole | null => {
  if (personId !== conversation.reportId && personId !== conversation.managerId) return null;
  return personId === conversation.requesterId ? 'requester' : 'other';
};
