import fc from 'fast-check';

import { CONVERSATION_STATUSES, type ConversationStatus } from './conversation';
import {
  allowedTransitions,
  availableActions,
  canTransition,
  CONVERSATION_ACTIONS,
  CONVERSATION_ACTOR_ROLES,
  conversationRoleOf,
  isTerminalConversationStatus,
  TERMINAL_CONVERSATION_STATUSES,
  transition,
  type ConversationActorRole,
  type ConversationCommand,
} from './conversation-state';

const AT = '2025-03-04T10:00:00Z';
const schedule: ConversationCommand = { action: 'schedule', at: AT };
const decline: ConversationCommand = { action: 'decline', reason: 'Let us talk after the launch' };
const cancel: ConversationCommand = { action: 'cancel' };
const hold: ConversationCommand = { action: 'hold' };

describe('transition: the happy paths', () => {
  it.each<[ConversationStatus, ConversationCommand, ConversationActorRole, ConversationStatus]>([
    ['requested', schedule, 'other', 'scheduled'],
    ['requested', decline, 'other', 'declined'],
    ['requested', cancel, 'requester', 'cancelled'],
    ['scheduled', schedule, 'requester', 'scheduled'],
    ['scheduled', schedule, 'other', 'scheduled'],
    ['scheduled', decline, 'other', 'declined'],
    ['scheduled', cancel, 'requester', 'cancelled'],
    ['scheduled', cancel, 'other', 'cancelled'],
    ['scheduled', hold, 'requester', 'held'],
    ['scheduled', hold, 'other', 'held'],
  ])('should move a %s conversation on %j by the %s to %s', (status, command, actor, next) => {
    expect(transition(status, command, actor)).toEqual({ ok: true, status: next });
  });
});

describe('transition: what is refused, and why', () => {
  it.each<[ConversationStatus, ConversationCommand, ConversationActorRole, string]>([
    // The requester cannot accept on the other's behalf, nor decline their own request.
    ['requested', schedule, 'requester', 'not_allowed_for_actor'],
    ['requested', decline, 'requester', 'not_allowed_for_actor'],
    // The person asked declines (with a reason) rather than cancelling.
    ['requested', cancel, 'other', 'not_allowed_for_actor'],
    ['scheduled', decline, 'requester', 'not_allowed_for_actor'],
    ['requested', hold, 'other', 'invalid_transition'],
    ['requested', hold, 'requester', 'invalid_transition'],
    ['held', schedule, 'other', 'terminal'],
    ['declined', schedule, 'other', 'terminal'],
    ['cancelled', cancel, 'requester', 'terminal'],
    ['requested', { action: 'decline', reason: '   ' }, 'other', 'reason_required'],
    ['scheduled', { action: 'schedule', at: '' }, 'other', 'time_required'],
  ])('should refuse on a %s conversation %j by the %s: %s', (status, command, actor, code) => {
    const result = transition(status, command, actor);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe(code);
    expect(!result.ok && result.error.message.length).toBeGreaterThan(0);
  });

  it('should point the requester to cancelling when they try to decline', () => {
    const result = transition('requested', decline, 'requester');
    expect(!result.ok && result.error.message).toMatch(/cancel it instead/);
  });

  it('should point the person asked to declining when they try to cancel a request', () => {
    const result = transition('requested', cancel, 'other');
    expect(!result.ok && result.error.message).toMatch(/decline it instead/);
  });
});

describe('availableActions', () => {
  it.each<[ConversationStatus, ConversationActorRole, string[]]>([
    ['requested', 'requester', ['cancel']],
    ['requested', 'other', ['schedule', 'decline']],
    ['scheduled', 'requester', ['schedule', 'cancel', 'hold']],
    ['scheduled', 'other', ['schedule', 'decline', 'cancel', 'hold']],
    ['held', 'other', []],
  ])('should offer on a %s conversation to the %s: %j', (status, actor, actions) => {
    expect(availableActions(status, actor)).toEqual(actions);
  });
});

describe('conversationRoleOf', () => {
  const conversation = { reportId: 'priya', managerId: 'morgan', requesterId: 'priya' };

  it.each([
    ['priya', 'requester'],
    ['morgan', 'other'],
    ['harper', null],
  ])('should see %s as %s', (personId, role) => {
    expect(conversationRoleOf(conversation, personId)).toBe(role);
  });
});

const commandArb: fc.Arbitrary<ConversationCommand> = fc.oneof(
  fc.constant(schedule),
  fc.constant(decline),
  fc.constant(cancel),
  fc.constant(hold),
  fc.constant<ConversationCommand>({ action: 'decline', reason: '' }),
);
const stepArb = fc.tuple(commandArb, fc.constantFrom(...CONVERSATION_ACTOR_ROLES));

describe('conversation state machine properties', () => {
  it('should allow no action at all from a terminal state', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TERMINAL_CONVERSATION_STATUSES),
        fc.constantFrom(...CONVERSATION_ACTIONS),
        fc.constantFrom(...CONVERSATION_ACTOR_ROLES),
        stepArb,
        (status, action, actor, [command, commandActor]) =>
          !canTransition(status, action, actor) && !transition(status, command, commandActor).ok,
      ),
    );
  });

  it('should keep any walk from `requested` within the known states and stuck once terminal', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 12 }), (steps) => {
        let status: ConversationStatus = 'requested';
        for (const [command, actor] of steps) {
          const result = transition(status, command, actor);
          if (isTerminalConversationStatus(status)) expect(result.ok).toBe(false);
          if (result.ok) status = result.status;
          expect(CONVERSATION_STATUSES).toContain(status);
        }
      }),
    );
  });

  it('should agree with canTransition whenever the input is valid', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CONVERSATION_STATUSES), stepArb, (status, [command, actor]) => {
        const validInput = !(command.action === 'decline' && command.reason.trim() === '');
        return (
          !validInput ||
          transition(status, command, actor).ok === canTransition(status, command.action, actor)
        );
      }),
    );
  });

  it('should reach every state from `requested`', () => {
    const reached = new Set<ConversationStatus>(['requested']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const rule of allowedTransitions)
        if (reached.has(rule.from) && !reached.has(rule.to)) {
          reached.add(rule.to);
          grew = true;
        }
    }
    expect([...reached].sort()).toEqual([...CONVERSATION_STATUSES].sort());
  });

  it('should let someone act on every rule, and no rule leave a terminal state', () => {
    for (const rule of allowedTransitions) {
      expect(rule.by.length).toBeGreaterThan(0);
      expect(isTerminalConversationStatus(rule.from)).toBe(false);
    }
  });
});
