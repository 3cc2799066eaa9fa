import { z } from 'zod';

import { MAX_STORED_INTEGER } from '../storage/storable';

// Notes of a conversation: shared (both participants see them) and private
// (only their author ever does: not the other participant, HR or an admin).

export const NOTE_VISIBILITIES = ['shared', 'private'] as const;
export const NoteVisibilitySchema = z.enum(NOTE_VISIBILITIES);
export type NoteVisibility = z.infer<typeof NoteVisibilitySchema>;

// `version` is 0 before the first write, so the first PUT sends 0.
export const NotesSchema = z
  .object({
    body: z.string(),
    version: z.number().int().min(0).max(MAX_STORED_INTEGER),
    updatedAt: z.iso.datetime({ offset: true }).nullable(),
    // Who wrote the current text (for the shared note, its last editor); null before the first write.
    updatedById: z.uuid().nullable(),
  })
  .meta({ id: 'Notes' });
export type Notes = z.infer<typeof NotesSchema>;

export const NOTES_BODY_MAX = 20_000;

// PUT …/notes/shared and …/notes/private: a stale version is answered 409 so
// that two people typing at once never silently overwrite each other.
export const NotesInputSchema = z
  .strictObject({
    body: z.string().max(NOTES_BODY_MAX, { error: `Notes are limited to ${NOTES_BODY_MAX} characters` }),
    version: z.number({ error: 'Send the version you edited' }).int().min(0).max(MAX_STORED_INTEGER),
  })
  .meta({ id: 'NotesInput' });
export type NotesInput = z.infer<typeof NotesInputSchema>;

export const EMPTY_NOTES: Notes = { body: '', version: 0, updatedAt: null, updatedById: null };
