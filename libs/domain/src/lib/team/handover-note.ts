import { z } from 'zod';

import { PageQuerySchema } from '../pagination/page';

// A note the direct manager leaves on a report, for whoever manages them next.
// Readable by the report, its author and the report's management chain, now or
// later; never by HR, admins or peers. Notes are not edited: a correction is a
// new note, so that what a new manager was told stays on record.

export const HANDOVER_NOTE_BODY_MAX = 4000;

export const HandoverNoteSchema = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    authorId: z.uuid(),
    authorName: z.string(),
    body: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'HandoverNote' });
export type HandoverNote = z.infer<typeof HandoverNoteSchema>;

// POST /api/people/:personId/handover-notes
export const HandoverNoteInputSchema = z
  .strictObject({
    body: z
      .string({ error: 'Write the note' })
      .trim()
      .min(1, { error: 'Write the note' })
      .max(HANDOVER_NOTE_BODY_MAX, {
        error: `Keep the note under ${HANDOVER_NOTE_BODY_MAX} characters`,
      }),
  })
  .meta({ id: 'HandoverNoteInput' });
export type HandoverNoteInput = z.infer<typeof HandoverNoteInputSchema>;

// GET /api/people/:personId/handover-notes: newest first.
export const HandoverNotesQuerySchema = PageQuerySchema;
export type HandoverNotesQuery = z.infer<typeof HandoverNotesQuerySchema>;
