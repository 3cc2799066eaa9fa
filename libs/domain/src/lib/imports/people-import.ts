import { z } from 'zod';

import { MoveKindSchema } from '../moves/move';

// POST /api/imports/people: the org chart as CSV (RFC 4180), checked in a dry run
// first, then applied all-or-nothing. The schemas are the contract; the pure rules
// that read and check a file live in people-import-rules.ts.

export const PEOPLE_IMPORT_MODES = ['dry-run', 'apply'] as const;
export const PeopleImportModeSchema = z.enum(PEOPLE_IMPORT_MODES);
export type PeopleImportMode = z.infer<typeof PeopleImportModeSchema>;

export const PeopleImportQuerySchema = z.strictObject({ mode: PeopleImportModeSchema.default('dry-run') });
export type PeopleImportQuery = z.infer<typeof PeopleImportQuerySchema>;

/** The largest CSV the API reads (413 beyond): some 40,000 rows of a typical org chart. */
export const PEOPLE_IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const PEOPLE_IMPORT_CONTENT_TYPE = 'text/csv';

/** The columns, by their canonical key, with the header a template file uses. */
export const PEOPLE_IMPORT_COLUMNS = [
  'email',
  'name',
  'title',
  'team',
  'managerEmail',
  'level',
  'hireDate',
] as const;
export type PeopleImportColumn = (typeof PEOPLE_IMPORT_COLUMNS)[number];

export const PEOPLE_IMPORT_HEADERS: Readonly<Record<PeopleImportColumn, string>> = {
  email: 'email',
  name: 'name',
  title: 'title',
  team: 'team',
  managerEmail: 'manager email',
  level: 'level',
  hireDate: 'hire date',
};

/**
 * Blank manager email: the person is at the top of the chart; blank level: not on
 * the career ladder (HR, admins); blank hire date: unknown (the stored one is kept).
 */
export const PEOPLE_IMPORT_REQUIRED: readonly PeopleImportColumn[] = ['email', 'name', 'title', 'team'];

/** One bad row (or the header, line 1): where, and what to fix. */
export const PeopleImportErrorSchema = z
  .object({
    line: z.number().int().min(1),
    /** The column's header as the file spells it, when the problem is one field. */
    column: z.string().optional(),
    reason: z.string(),
  })
  .meta({ id: 'PeopleImportError' });
export type PeopleImportError = z.infer<typeof PeopleImportErrorSchema>;

/** A change of level or team of someone already in the organization, recorded as a move. */
export const PeopleImportMoveSchema = z
  .object({
    line: z.number().int().min(1),
    email: z.string(),
    name: z.string(),
    kind: MoveKindSchema,
    fromLevelId: z.uuid(),
    toLevelId: z.uuid(),
    fromTeamId: z.uuid(),
    toTeamId: z.uuid(),
  })
  .meta({ id: 'PeopleImportMove' });
export type PeopleImportMove = z.infer<typeof PeopleImportMoveSchema>;

export const PeopleImportSummarySchema = z
  .object({
    /** New people (each also gets a hire move). */
    create: z.number().int().min(0),
    /** People already in the organization whose name, title, team, manager, level or hire date changes. */
    update: z.number().int().min(0),
    unchanged: z.number().int().min(0),
    moves: z.array(PeopleImportMoveSchema),
  })
  .meta({ id: 'PeopleImportSummary' });
export type PeopleImportSummary = z.infer<typeof PeopleImportSummarySchema>;

// The answer to a dry run (errors or not) and to a clean apply. An apply with
// errors is refused instead: 422, with the same errors in the problem's `importErrors`.
export const PeopleImportResultSchema = z
  .object({
    mode: PeopleImportModeSchema,
    /** Data rows read (the header and blank lines excluded). */
    rows: z.number().int().min(0),
    errors: z.array(PeopleImportErrorSchema),
    summary: PeopleImportSummarySchema,
  })
  .meta({ id: 'PeopleImportResult' });
export type PeopleImportResult = z.infer<typeof PeopleImportResultSchema>;
