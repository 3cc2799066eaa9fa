import { z } from 'zod';

import { MAX_STORED_INTEGER } from '../storage/storable';
import { FrameworkSummarySchema } from './framework';
import { FrameworkChangesSchema } from './framework-changes';

// The ladder editor (HR and admins): drafts copied from the published version,
// saved whole as trellis.framework/v1 documents with optimistic concurrency,
// compared with the published version, and published.

const RevisionSchema = z
  .number()
  .int({ error: 'A revision is a whole number' })
  .min(1, { error: 'A revision is at least 1' })
  .max(MAX_STORED_INTEGER, { error: `A revision is at most ${MAX_STORED_INTEGER}` })
  .describe('The revision you read: a save or publish on a stale revision is refused (409).');

// A row of GET /api/frameworks: the summary plus what tells versions of one name apart.
export const FrameworkListItemSchema = FrameworkSummarySchema.extend({
  // Moves on with every save of a draft; what PUT …/document and POST …/publish must carry.
  revision: z.number().int().min(1),
  publishedAt: z.iso.datetime({ offset: true }).nullable(),
  // The highest published version of its name: the ladder everyone works with.
  current: z.boolean(),
  // For an older published version, the id of the current one that replaced it.
  supersededById: z.uuid().nullable(),
}).meta({ id: 'FrameworkListItem' });
export type FrameworkListItem = z.infer<typeof FrameworkListItemSchema>;

// GET /api/frameworks/:id/document: the document and the revision it was read at, together.
export const FrameworkDocumentReadSchema = z
  .object({
    framework: FrameworkListItemSchema,
    // A trellis.framework/v1 document (see framework-document.md).
    document: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'FrameworkDocumentRead' });

// PUT /api/frameworks/:id/document. The document is validated by parseFrameworkDocument,
// which names every bad field by its JSON pointer under /document.
export const FrameworkDocumentSaveSchema = z
  .strictObject({
    revision: RevisionSchema,
    document: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'FrameworkDocumentSave' });
export type FrameworkDocumentSave = z.infer<typeof FrameworkDocumentSaveSchema>;

// POST /api/frameworks/:id/publish.
export const FrameworkPublishSchema = z.strictObject({ revision: RevisionSchema }).meta({
  id: 'FrameworkPublish',
});
export type FrameworkPublish = z.infer<typeof FrameworkPublishSchema>;

// GET /api/frameworks/:id/changes: a draft against the current published version of its
// name (a published version against the one before it); `against` is null when there is none.
export const FrameworkChangesAnswerSchema = z
  .object({
    framework: FrameworkListItemSchema,
    against: FrameworkListItemSchema.nullable(),
    changes: FrameworkChangesSchema,
  })
  .meta({ id: 'FrameworkChangesAnswer' });
export type FrameworkChangesAnswer = z.infer<typeof FrameworkChangesAnswerSchema>;

// Who still sits on, targets or is hired into a level a draft removes: publishing waits
// until the editor keeps or remaps it. Each becomes one `errors` entry of the 409 problem.
export interface LevelInUse {
  readonly key: string;
  readonly name: string;
  readonly people: number;
  readonly aspirations: number;
  readonly positions: number;
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const describeLevelInUse = (level: LevelInUse): { path: string; message: string } => ({
  path: `/levels/${level.key}`,
  message:
    `"${level.name}" (${level.key}) is removed but still in use: ` +
    [
      counted(level.people, 'person sits on it', 'people sit on it'),
      counted(level.aspirations, 'aspiration targets it', 'aspirations target it'),
      counted(level.positions, 'open position is at it', 'open positions are at it'),
    ].join(', '),
});
