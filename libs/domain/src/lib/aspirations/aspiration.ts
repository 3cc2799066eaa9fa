import { z } from 'zod';

import { MAX_STORED_INTEGER, storableDate } from '../storage/storable';

// The IC's declared target (DESIGN.md, Aspiration). The target level implies the
// track. Sharing with HR is the IC's choice; the manager always sees it.

export const AspirationSchema = z
  .object({
    personId: z.uuid(),
    targetLevelId: z.uuid(),
    statement: z.string(),
    motivations: z.string(),
    strengths: z.string(),
    // A YYYY-MM-DD target date, or null when the IC has not picked one.
    horizon: z.iso.date().nullable(),
    sharedWithHr: z.boolean(),
    // Optimistic concurrency: bumped on every write.
    version: z.number().int().min(1).max(MAX_STORED_INTEGER),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Aspiration' });
export type Aspiration = z.infer<typeof AspirationSchema>;

export const ASPIRATION_STATEMENT_MAX = 1000;
export const SELF_ASSESSMENT_MAX = 4000;

// Body of PUT /api/people/:id/aspiration. The person comes from the path and
// only the person themselves may write it, so it is not a field here.
export const AspirationInputSchema = z
  .strictObject({
    targetLevelId: z.uuid({ error: 'Choose a target level' }),
    statement: z
      .string()
      .trim()
      .min(1, { error: 'Say in a sentence what you are aiming for' })
      .max(ASPIRATION_STATEMENT_MAX, {
        error: `Keep the statement under ${ASPIRATION_STATEMENT_MAX} characters`,
      }),
    motivations: z
      .string()
      .trim()
      .max(SELF_ASSESSMENT_MAX, { error: `Keep motivations under ${SELF_ASSESSMENT_MAX} characters` })
      .default(''),
    strengths: z
      .string()
      .trim()
      .max(SELF_ASSESSMENT_MAX, { error: `Keep strengths under ${SELF_ASSESSMENT_MAX} characters` })
      .default(''),
    horizon: storableDate('The horizon is a date (YYYY-MM-DD)').nullable().default(null),
    // Private by default: HR sees an aspiration only when the IC opts in.
    sharedWithHr: z.boolean().default(false),
    // When sent, a stale version is refused (409); when omitted, last write wins,
    // which is acceptable because only the IC ever writes their aspiration.
    version: z.number().int().min(1).max(MAX_STORED_INTEGER).optional(),
  })
  .meta({ id: 'AspirationInput' });
export type AspirationInput = z.infer<typeof AspirationInputSchema>;
