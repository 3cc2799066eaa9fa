import { z } from 'zod';

import { PageQuerySchema } from '../pagination/page';
import { MAX_STORED_INTEGER } from '../storage/storable';
import { ActionItemSchema } from './action-item';
import { ConversationActionSchema } from './conversation-state';

// A career conversation between a report and their manager (DESIGN.md,
// Conversation). Either side may request one; its content is seen only by the
// two participants.

export const CONVERSATION_TOPICS = [
  'aspiration',
  'growth_plan_review',
  'promotion_readiness',
  'lateral_move',
  'feedback',
] as const;
export const ConversationTopicSchema = z.enum(CONVERSATION_TOPICS);
export type ConversationTopic = z.infer<typeof ConversationTopicSchema>;

// How a topic reads in a sentence ("Priya asked for a career conversation: lateral move").
export const CONVERSATION_TOPIC_LABELS: Readonly<Record<ConversationTopic, string>> = {
  aspiration: 'aspiration',
  growth_plan_review: 'growth plan review',
  promotion_readiness: 'promotion readiness',
  lateral_move: 'lateral move',
  feedback: 'feedback',
};

export const CONVERSATION_STATUSES = ['requested', 'scheduled', 'held', 'declined', 'cancelled'] as const;
export const ConversationStatusSchema = z.enum(CONVERSATION_STATUSES);
export type ConversationStatus = z.infer<typeof ConversationStatusSchema>;

export const ConversationSchema = z
  .object({
    id: z.uuid(),
    reportId: z.uuid(),
    managerId: z.uuid(),
    requesterId: z.uuid(),
    topic: ConversationTopicSchema,
    agenda: z.string(),
    proposedTimes: z.array(z.iso.datetime({ offset: true })),
    status: ConversationStatusSchema,
    scheduledAt: z.iso.datetime({ offset: true }).nullable(),
    // Set when declined (required then) or cancelled (optional).
    reason: z.string().nullable(),
    heldAt: z.iso.datetime({ offset: true }).nullable(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    reportName: z.string(),
    managerName: z.string(),
    // What the caller may do next (the buttons to show), from the state machine.
    availableActions: z.array(ConversationActionSchema),
    // iCalendar SEQUENCE of the exported event: bumped on every reschedule.
    calendarSequence: z.number().int().min(0).max(MAX_STORED_INTEGER),
    version: z.number().int().min(1).max(MAX_STORED_INTEGER),
  })
  .meta({ id: 'Conversation' });
export type Conversation = z.infer<typeof ConversationSchema>;

// GET /api/conversations/:id: the conversation with its action items.
export const ConversationDetailSchema = ConversationSchema.extend({
  actionItems: z.array(ActionItemSchema),
}).meta({ id: 'ConversationDetail' });
export type ConversationDetail = z.infer<typeof ConversationDetailSchema>;

export const CONVERSATION_AGENDA_MAX = 4000;
export const PROPOSED_TIMES_MAX = 5;
export const CONVERSATION_REASON_MAX = 1000;

const dateTime = (what: string) =>
  z.iso.datetime({
    offset: true,
    error: `${what} must be an ISO 8601 date and time, e.g. 2025-03-04T10:00:00Z`,
  });

// POST /api/conversations. Requesting takes a topic and nothing else so that
// "I want to talk about becoming a manager" stays one click away.
export const ConversationRequestInputSchema = z
  .strictObject({
    withPersonId: z.uuid({ error: 'Choose who the conversation is with' }),
    topic: ConversationTopicSchema,
    agenda: z
      .string()
      .trim()
      .max(CONVERSATION_AGENDA_MAX, { error: `Keep the agenda under ${CONVERSATION_AGENDA_MAX} characters` })
      .default(''),
    proposedTimes: z
      .array(dateTime('A proposed time'))
      .max(PROPOSED_TIMES_MAX, { error: `Propose at most ${PROPOSED_TIMES_MAX} times` })
      .refine((times) => new Set(times).size === times.length, { error: 'A time is proposed twice' })
      .default([]),
  })
  .meta({ id: 'ConversationRequestInput' });
export type ConversationRequestInput = z.infer<typeof ConversationRequestInputSchema>;

// POST /api/conversations/:id/schedule (also reschedules a scheduled one)
export const ScheduleConversationInputSchema = z
  .strictObject({ at: dateTime('The time') })
  .meta({ id: 'ScheduleConversationInput' });
export type ScheduleConversationInput = z.infer<typeof ScheduleConversationInputSchema>;

// POST /api/conversations/:id/decline: the reason is owed to the requester.
export const DeclineConversationInputSchema = z
  .strictObject({
    reason: z
      .string()
      .trim()
      .min(1, { error: 'Say why you decline, so the request can be made again in a better form' })
      .max(CONVERSATION_REASON_MAX, { error: `Keep the reason under ${CONVERSATION_REASON_MAX} characters` }),
  })
  .meta({ id: 'DeclineConversationInput' });
export type DeclineConversationInput = z.infer<typeof DeclineConversationInputSchema>;

// POST /api/conversations/:id/cancel: the body is optional.
export const CancelConversationInputSchema = z
  .strictObject({
    reason: z
      .string()
      .trim()
      .max(CONVERSATION_REASON_MAX, { error: `Keep the reason under ${CONVERSATION_REASON_MAX} characters` })
      .optional(),
  })
  .meta({ id: 'CancelConversationInput' });
export type CancelConversationInput = z.infer<typeof CancelConversationInputSchema>;

// GET /api/conversations?status=
export const ConversationListQuerySchema = PageQuerySchema.extend({
  status: ConversationStatusSchema.optional(),
});
export type ConversationListQuery = z.infer<typeof ConversationListQuerySchema>;
