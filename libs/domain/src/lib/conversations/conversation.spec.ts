import { ActionItemInputSchema, ActionItemPatchSchema, ActionItemSchema } from './action-item';
import {
  CancelConversationInputSchema,
  ConversationDetailSchema,
  ConversationListQuerySchema,
  ConversationRequestInputSchema,
  ConversationSchema,
  DeclineConversationInputSchema,
  ScheduleConversationInputSchema,
} from './conversation';
import { EMPTY_NOTES, NotesInputSchema, NotesSchema } from './notes';

const MORGAN = '00000000-0000-4000-8000-000000000002';
const PRIYA = '00000000-0000-4000-8000-000000000001';

const pathsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('ConversationRequestInputSchema', () => {
  it('should need only a person and a topic: one click from "I want to be a manager"', () => {
    expect(ConversationRequestInputSchema.parse({ withPersonId: MORGAN, topic: 'aspiration' })).toEqual({
      withPersonId: MORGAN,
      topic: 'aspiration',
      agenda: '',
      proposedTimes: [],
    });
  });

  it('should accept an agenda and times with offsets', () => {
    const request = {
      withPersonId: MORGAN,
      topic: 'promotion_readiness',
      agenda: '  Where do I stand against Manager, PMM?  ',
      proposedTimes: ['2025-03-04T10:00:00Z', '2025-03-05T10:00:00+02:00'],
    };
    expect(ConversationRequestInputSchema.parse(request).agenda).toBe(
      'Where do I stand against Manager, PMM?',
    );
  });

  it.each([
    [{ withPersonId: 'morgan', topic: 'aspiration' }, 'withPersonId'],
    [{ withPersonId: MORGAN, topic: 'salary' }, 'topic'],
    [{ withPersonId: MORGAN, topic: 'feedback', proposedTimes: ['next tuesday'] }, 'proposedTimes.0'],
    [
      { withPersonId: MORGAN, topic: 'feedback', proposedTimes: Array(6).fill('2025-03-04T10:00:00Z') },
      'proposedTimes',
    ],
    [
      {
        withPersonId: MORGAN,
        topic: 'feedback',
        proposedTimes: ['2025-03-04T10:00:00Z', '2025-03-04T10:00:00Z'],
      },
      'proposedTimes',
    ],
    [{ withPersonId: MORGAN, topic: 'feedback', agenda: 'x'.repeat(4001) }, 'agenda'],
    [{ withPersonId: MORGAN, topic: 'feedback', requesterId: PRIYA }, ''],
  ])('should reject %j naming %j', (input, path) => {
    expect(pathsOf(ConversationRequestInputSchema.safeParse(input))).toContain(path);
  });
});

describe('state change inputs', () => {
  it('should schedule at an ISO time and nothing else', () => {
    expect(ScheduleConversationInputSchema.safeParse({ at: '2025-03-04T10:00:00Z' }).success).toBe(true);
    expect(ScheduleConversationInputSchema.safeParse({ at: '2025-03-04' }).success).toBe(false);
  });

  it('should require a reason to decline', () => {
    expect(DeclineConversationInputSchema.safeParse({ reason: ' ' }).error?.issues[0]?.message).toMatch(
      /Say why/,
    );
    expect(DeclineConversationInputSchema.parse({ reason: ' After the launch ' })).toEqual({
      reason: 'After the launch',
    });
  });

  it('should cancel with or without a reason', () => {
    expect(CancelConversationInputSchema.parse({})).toEqual({});
    expect(CancelConversationInputSchema.parse({ reason: 'Off sick' })).toEqual({ reason: 'Off sick' });
  });

  it('should filter the list by status with the page parameters', () => {
    expect(ConversationListQuerySchema.parse({ status: 'requested', limit: '5' })).toEqual({
      status: 'requested',
      limit: 5,
    });
    expect(ConversationListQuerySchema.safeParse({ status: 'archived' }).success).toBe(false);
  });
});

describe('ConversationSchema', () => {
  it('should describe a scheduled conversation', () => {
    const conversation = {
      id: '00000000-0000-4000-8000-000000000010',
      reportId: PRIYA,
      managerId: MORGAN,
      requesterId: PRIYA,
      topic: 'aspiration',
      agenda: 'Becoming a manager',
      proposedTimes: ['2025-03-04T10:00:00Z'],
      status: 'scheduled',
      scheduledAt: '2025-03-04T10:00:00Z',
      reason: null,
      heldAt: null,
      createdAt: '2025-03-01T09:00:00Z',
      updatedAt: '2025-03-02T09:00:00Z',
      reportName: 'Priya Raman',
      managerName: 'Morgan Blake',
      availableActions: ['schedule', 'cancel', 'hold'],
      calendarSequence: 1,
      version: 3,
    };
    expect(ConversationSchema.parse(conversation)).toEqual(conversation);
    expect(ConversationDetailSchema.parse({ ...conversation, actionItems: [] })).toEqual({
      ...conversation,
      actionItems: [],
    });
    expect(ConversationSchema.safeParse({ ...conversation, availableActions: ['approve'] }).success).toBe(
      false,
    );
  });
});

describe('notes', () => {
  it('should start empty at version 0', () => {
    expect(NotesSchema.parse(EMPTY_NOTES)).toEqual({
      body: '',
      version: 0,
      updatedAt: null,
      updatedById: null,
    });
  });

  it('should require the version being edited, so a stale write can be refused', () => {
    expect(NotesInputSchema.safeParse({ body: 'Talked about the launch' }).error?.issues[0]?.message).toBe(
      'Send the version you edited',
    );
    expect(NotesInputSchema.parse({ body: '', version: 3 })).toEqual({ body: '', version: 3 });
  });

  it('should bound the body and refuse unknown fields', () => {
    expect(NotesInputSchema.safeParse({ body: 'x'.repeat(20_001), version: 1 }).success).toBe(false);
    expect(NotesInputSchema.safeParse({ body: 'x', version: 1, authorId: PRIYA }).success).toBe(false);
    expect(NotesInputSchema.safeParse({ body: 'x', version: 2 ** 31 }).success).toBe(false);
  });
});

describe('action items', () => {
  it('should default the due date and the growth-plan link to none', () => {
    expect(ActionItemInputSchema.parse({ ownerId: PRIYA, title: ' Draft the launch playbook ' })).toEqual({
      ownerId: PRIYA,
      title: 'Draft the launch playbook',
      dueOn: null,
      growthActionId: null,
    });
  });

  it.each([
    [{ ownerId: PRIYA, title: '' }, 'title'],
    [{ ownerId: PRIYA, title: 'x', dueOn: '04/03/2025' }, 'dueOn'],
    [{ ownerId: 'priya', title: 'x' }, 'ownerId'],
  ])('should reject %j naming %s', (input, path) => {
    expect(pathsOf(ActionItemInputSchema.safeParse(input))).toContain(path);
  });

  it('should patch at least one field, carrying the version read', () => {
    expect(pathsOf(ActionItemPatchSchema.safeParse({ version: 1 }))).toEqual(['']);
    expect(ActionItemPatchSchema.parse({ done: true, version: 2 })).toEqual({ done: true, version: 2 });
    expect(ActionItemPatchSchema.parse({ growthActionId: null, version: 1 })).toEqual({
      growthActionId: null,
      version: 1,
    });
    expect(ActionItemPatchSchema.safeParse({ done: true }).error?.issues[0]?.message).toBe(
      'Send the version you edited',
    );
    expect(ActionItemPatchSchema.safeParse({ done: true, version: 0 }).success).toBe(false);
  });

  it('should describe a stored item', () => {
    const item = {
      id: '00000000-0000-4000-8000-000000000020',
      conversationId: '00000000-0000-4000-8000-000000000010',
      ownerId: PRIYA,
      title: 'Shadow Morgan in the QBR',
      dueOn: '2025-04-01',
      done: false,
      growthActionId: null,
      createdAt: '2025-03-04T11:00:00Z',
      updatedAt: '2025-03-04T11:00:00Z',
      version: 1,
    };
    expect(ActionItemSchema.parse(item)).toEqual(item);
  });
});
