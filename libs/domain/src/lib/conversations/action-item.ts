import { z } from 'zod';

import { MAX_STORED_INTEGER, storableDate } from '../storage/storable';

// A follow-up agreed in a conversation: an owner, a due date, and optionally
// the growth-plan action it advances.

// Optimistic concurrency: bumped on every write; a write carrying a stale one is refused (409).
const version = z.number().int().min(1).max(MAX_STORED_INTEGER);

export const ActionItemSchema = z
  .object({
    id: z.uuid(),
    conversationId: z.uuid(),
    ownerId: z.uuid(),
    title: z.string(),
    dueOn: z.iso.date().nullable(),
    done: z.boolean(),
    growthActionId: z.uuid().nullable(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    version,
  })
  .meta({ id: 'ActionItem' });
export type ActionItem = z.infer<typeof ActionItemSchema>;

export const ACTION_ITEM_TITLE_MAX = 300;

const title = z
  .string()
  .trim()
  .min(1, { error: 'Say what is to be done' })
  .max(ACTION_ITEM_TITLE_MAX, { error: `Keep it under ${ACTION_ITEM_TITLE_MAX} characters` });
const dueOn = storableDate('The due date is a date (YYYY-MM-DD)').nullable();

// POST /api/conversations/:id/action-items. The owner must be one of the two
// participants; the service checks that.
export const ActionItemInputSchema = z
  .strictObject({
    ownerId: z.uuid({ error: 'Choose who owns it' }),
    title,
    dueOn: dueOn.default(null),
    growthActionId: z.uuid().nullable().default(null),
  })
  .meta({ id: 'ActionItemInput' });
export type ActionItemInput = z.infer<typeof ActionItemInputSchema>;

// PATCH /api/action-items/:id, carrying the version read so that two people
// ticking the same item never silently overwrite each other.
export const ActionItemPatchSchema = z
  .strictObject({
    ownerId: z.uuid().optional(),
    title: title.optional(),
    dueOn: dueOn.optional(),
    done: z.boolean().optional(),
    growthActionId: z.uuid().nullable().optional(),
    version: z.number({ error: 'Send the version you edited' }).int().min(1).max(MAX_STORED_INTEGER),
  })
  .refine((patch) => Object.entries(patch).some(([key, value]) => key !== 'version' && value !== undefined), {
    error: 'Nothing to change: send at least one field',
  })
  .meta({ id: 'ActionItemPatch' });
export type ActionItemPatch = z.infer<typeof ActionItemPatchSchema>;
