import { z } from 'zod';

import { MAX_STORED_INTEGER } from '../storage/storable';

// `trellis.framework/v1`: a career framework as a portable JSON document, for
// import, export and the seed ladder. It carries no database ids: tracks, levels
// and criteria have stable `key`s, and every reference is by key. The full
// description of the format is in framework-document.md beside this file.
//
// v1 is frozen: its vocabulary is spelled out here rather than borrowed from the
// API's `Framework` shape, so an internal change cannot silently change the
// format. A new field or rule means a new format string.

export const FRAMEWORK_DOCUMENT_FORMAT = 'trellis.framework/v1';

export const DOCUMENT_TRACK_KINDS = ['ic', 'management'] as const;
// `track_switch` changes kind (IC ↔ management); `lateral` keeps it (PMM → PM).
export const DOCUMENT_PATH_KINDS = ['track_switch', 'lateral'] as const;

const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const KeySchema = z
  .string()
  .max(64, { error: 'A key is at most 64 characters' })
  .regex(KEY_PATTERN, {
    error: 'A key is lowercase letters and digits in words joined by hyphens, e.g. pmm-ic',
  })
  .describe('Stable identifier, unique among its kind; references use it instead of database ids.');

const name = (max: number) =>
  z
    .string()
    .min(1, { error: 'A name cannot be empty' })
    .max(max, { error: `A name is at most ${max} characters` });
const text = z.string().max(4000, { error: 'A description is at most 4000 characters' });

const FormatSchema = z
  .literal(FRAMEWORK_DOCUMENT_FORMAT, {
    error: (issue) =>
      typeof issue.input === 'string' && issue.input.startsWith('trellis.framework/')
        ? `Unsupported format "${issue.input}": this version of Trellis reads ${FRAMEWORK_DOCUMENT_FORMAT}`
        : `format must be "${FRAMEWORK_DOCUMENT_FORMAT}"`,
  })
  .describe('The format and its version. Readers reject any other value.');

const DocumentProficiencySchema = z
  .number({ error: 'Proficiency is a number from 0 to 4' })
  .int({ error: 'Proficiency is a whole number' })
  .min(0, { error: 'Proficiency is at least 0' })
  .max(4, { error: 'Proficiency is at most 4' })
  .describe(
    '0 not expected at this level, 1 developing, 2 independent, 3 leads others in it, 4 sets the bar.',
  );

export const FrameworkDocumentLevelSchema = z
  .strictObject({
    key: KeySchema,
    name: name(120),
    rank: z
      .number()
      .int({ error: 'A rank is a whole number' })
      .min(0, { error: 'A rank is at least 0' })
      .max(MAX_STORED_INTEGER, { error: `A rank is at most ${MAX_STORED_INTEGER}` })
      .describe('Order within the track: higher is more senior. Unique within the track.'),
    isLead: z
      .boolean()
      .optional()
      .describe(
        'Marks an IC level that counts as a lead seat (e.g. Staff Engineer). Management levels always do.',
      ),
  })
  .meta({ id: 'FrameworkDocumentLevel', description: 'A level of a track.' });

export const FrameworkDocumentTrackSchema = z
  .strictObject({
    key: KeySchema,
    name: name(120),
    kind: z.enum(DOCUMENT_TRACK_KINDS, { error: 'kind is "ic" or "management"' }),
    discipline: name(120).describe('The name of one of the document’s disciplines.'),
    levels: z.array(FrameworkDocumentLevelSchema).min(1, { error: 'A track has at least one level' }),
  })
  .meta({ id: 'FrameworkDocumentTrack', description: 'An IC or management track within a discipline.' });

export const FrameworkDocumentPathSchema = z
  .strictObject({
    from: KeySchema.describe('Key of the track the move starts from.'),
    to: KeySchema.describe('Key of the track the move leads to.'),
    kind: z
      .enum(DOCUMENT_PATH_KINDS, { error: 'kind is "track_switch" or "lateral"' })
      .describe(
        'track_switch between an IC and a management track; lateral between tracks of the same kind.',
      ),
  })
  .meta({
    id: 'FrameworkDocumentPath',
    description: 'A known move from one track to another (one direction).',
  });

export const FrameworkDocumentExpectationSchema = z
  .strictObject({
    level: KeySchema.describe('Key of a level of any track.'),
    proficiency: DocumentProficiencySchema,
    description: text.describe('What the criterion looks like at this level.'),
  })
  .meta({ id: 'FrameworkDocumentExpectation', description: 'What a criterion asks of one level.' });

export const FrameworkDocumentCriterionSchema = z
  .strictObject({
    key: KeySchema,
    name: name(200),
    theme: name(120).describe('Groups criteria, e.g. Craft or Leadership.'),
    description: text,
    expectations: z.array(FrameworkDocumentExpectationSchema),
  })
  .meta({ id: 'FrameworkDocumentCriterion', description: 'A competency, with its expectation per level.' });

export type FrameworkDocumentLevel = z.infer<typeof FrameworkDocumentLevelSchema>;
export type FrameworkDocumentTrack = z.infer<typeof FrameworkDocumentTrackSchema>;
export type FrameworkDocumentPath = z.infer<typeof FrameworkDocumentPathSchema>;
export type FrameworkDocumentExpectation = z.infer<typeof FrameworkDocumentExpectationSchema>;
export type FrameworkDocumentCriterion = z.infer<typeof FrameworkDocumentCriterionSchema>;

const FrameworkDocumentShapeSchema = z.strictObject({
  $schema: z.string().optional().describe('Optional pointer to this JSON Schema, for editors.'),
  format: FormatSchema,
  name: name(200),
  version: z
    .number()
    .int({ error: 'A version is a whole number' })
    .min(1, { error: 'A version is at least 1' })
    .max(MAX_STORED_INTEGER, { error: `A version is at most ${MAX_STORED_INTEGER}` })
    .describe('The framework version the document was exported from; an import becomes a new draft.'),
  disciplines: z
    .array(name(120))
    .min(1, { error: 'A framework has at least one discipline' })
    .describe('Discipline names; a discipline is identified by its name, as on a track.'),
  tracks: z.array(FrameworkDocumentTrackSchema).min(1, { error: 'A framework has at least one track' }),
  paths: z.array(FrameworkDocumentPathSchema),
  criteria: z.array(FrameworkDocumentCriterionSchema),
});
type FrameworkDocumentShape = z.infer<typeof FrameworkDocumentShapeSchema>;

export interface FrameworkDocumentError {
  // RFC 6901 JSON pointer to the bad field, e.g. /criteria/3/expectations/5/proficiency ("" is the root).
  path: string;
  message: string;
}

type IssuePath = (string | number)[];
interface CrossReferenceIssue {
  path: IssuePath;
  message: string;
}

const toJsonPointer = (path: readonly PropertyKey[]): string =>
  path.map((segment) => '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1')).join('');

// Remembers where each value was first seen, to name the duplicate and the original.
class FirstSeen {
  private readonly seen = new Map<string, IssuePath>();
  at(value: string): IssuePath | undefined {
    return this.seen.get(value);
  }
  add(value: string, path: IssuePath): IssuePath | undefined {
    const first = this.seen.get(value);
    if (!first) this.seen.set(value, path);
    return first;
  }
}

// The checks that span fields: uniqueness, references by key, and path kinds.
const crossReferenceIssues = (doc: FrameworkDocumentShape): CrossReferenceIssue[] => {
  const issues: CrossReferenceIssue[] = [];
  const duplicate = (path: IssuePath, what: string, first: IssuePath) =>
    issues.push({ path, message: `Duplicate ${what}, first used at ${toJsonPointer(first)}` });

  const disciplines = new FirstSeen();
  doc.disciplines.forEach((discipline, d) => {
    const first = disciplines.add(discipline, ['disciplines', d]);
    if (first) duplicate(['disciplines', d], `discipline "${discipline}"`, first);
  });

  const trackKeys = new FirstSeen();
  const trackNames = new FirstSeen();
  const levelKeys = new FirstSeen();
  const trackKinds = new Map<string, FrameworkDocumentTrack['kind']>();
  const usedDisciplines = new Set<string>();
  doc.tracks.forEach((track, t) => {
    const firstKey = trackKeys.add(track.key, ['tracks', t, 'key']);
    if (firstKey) duplicate(['tracks', t, 'key'], `track key "${track.key}"`, firstKey);
    else trackKinds.set(track.key, track.kind);
    const firstName = trackNames.add(track.name, ['tracks', t, 'name']);
    if (firstName) duplicate(['tracks', t, 'name'], `track name "${track.name}"`, firstName);
    if (disciplines.at(track.discipline)) usedDisciplines.add(track.discipline);
    else
      issues.push({
        path: ['tracks', t, 'discipline'],
        message: `Unknown discipline "${track.discipline}": list it in /disciplines`,
      });

    const ranks = new FirstSeen();
    const levelNames = new FirstSeen();
    track.levels.forEach((level, l) => {
      const at = (field: string): IssuePath => ['tracks', t, 'levels', l, field];
      const firstLevelKey = levelKeys.add(level.key, at('key'));
      if (firstLevelKey) duplicate(at('key'), `level key "${level.key}"`, firstLevelKey);
      const firstRank = ranks.add(String(level.rank), at('rank'));
      if (firstRank) duplicate(at('rank'), `rank ${level.rank} in track "${track.key}"`, firstRank);
      const firstLevelName = levelNames.add(level.name, at('name'));
      if (firstLevelName)
        duplicate(at('name'), `level name "${level.name}" in track "${track.key}"`, firstLevelName);
      if (level.isLead !== undefined && track.kind === 'management')
        issues.push({
          path: at('isLead'),
          message: 'isLead marks IC levels only: every management level is a lead seat',
        });
    });
  });

  doc.disciplines.forEach((discipline, d) => {
    if (!usedDisciplines.has(discipline) && disciplines.at(discipline)?.[1] === d)
      issues.push({ path: ['disciplines', d], message: `Discipline "${discipline}" has no track` });
  });

  const paths = new FirstSeen();
  doc.paths.forEach((path, p) => {
    const fromKind = trackKinds.get(path.from);
    const toKind = trackKinds.get(path.to);
    if (!fromKind) issues.push({ path: ['paths', p, 'from'], message: `Unknown track "${path.from}"` });
    if (!toKind) issues.push({ path: ['paths', p, 'to'], message: `Unknown track "${path.to}"` });
    if (path.from === path.to)
      issues.push({ path: ['paths', p, 'to'], message: 'A path leads to another track' });
    else if (fromKind && toKind) {
      const expected = fromKind === toKind ? 'lateral' : 'track_switch';
      if (path.kind !== expected)
        issues.push({
          path: ['paths', p, 'kind'],
          message:
            expected === 'lateral'
              ? `A move between two ${fromKind} tracks is "lateral"`
              : 'A move between an IC and a management track is "track_switch"',
        });
    }
    const first = paths.add(`${path.from}\u0000${path.to}`, ['paths', p]);
    if (first) duplicate(['paths', p], `path ${path.from} → ${path.to}`, first);
  });

  const criterionKeys = new FirstSeen();
  const criterionNames = new FirstSeen();
  doc.criteria.forEach((criterion, c) => {
    const firstKey = criterionKeys.add(criterion.key, ['criteria', c, 'key']);
    if (firstKey) duplicate(['criteria', c, 'key'], `criterion key "${criterion.key}"`, firstKey);
    const firstName = criterionNames.add(criterion.name, ['criteria', c, 'name']);
    if (firstName) duplicate(['criteria', c, 'name'], `criterion name "${criterion.name}"`, firstName);
    const levels = new FirstSeen();
    criterion.expectations.forEach((expectation, e) => {
      const path = ['criteria', c, 'expectations', e, 'level'];
      if (!levelKeys.at(expectation.level))
        issues.push({
          path,
          message: `Unknown level "${expectation.level}": no track has a level with this key`,
        });
      else {
        const first = levels.add(expectation.level, path);
        if (first) duplicate(path, `expectation for level "${expectation.level}"`, first);
      }
    });
  });

  return issues;
};

export const FrameworkDocumentSchema = FrameworkDocumentShapeSchema.superRefine((doc, ctx) => {
  for (const issue of crossReferenceIssues(doc)) ctx.addIssue({ code: 'custom', ...issue });
}).meta({
  title: 'Trellis career framework',
  description: `A career framework (tracks, levels, criteria, expectations) in the ${FRAMEWORK_DOCUMENT_FORMAT} exchange format.`,
});
export type FrameworkDocument = z.infer<typeof FrameworkDocumentSchema>;

// Every criterion with an expectation at every level: what the seed ladder and a
// publishable framework promise. An import may omit some (see the format notes).
export const missingDocumentExpectations = (doc: FrameworkDocument): FrameworkDocumentError[] =>
  doc.criteria.flatMap((criterion, c) => {
    const present = new Set(criterion.expectations.map((expectation) => expectation.level));
    return doc.tracks.flatMap((track) =>
      track.levels
        .filter((level) => !present.has(level.key))
        .map((level) => ({
          path: toJsonPointer(['criteria', c, 'expectations']),
          message: `"${criterion.name}" has no expectation for level "${level.key}" (${level.name})`,
        })),
    );
  });

export interface ParseFrameworkDocumentOptions {
  // Also require an expectation for every criterion at every level.
  requireAllExpectations?: boolean;
}

export type ParseFrameworkDocumentResult =
  { ok: true; document: FrameworkDocument } | { ok: false; errors: FrameworkDocumentError[] };

const errorsOf = (issues: readonly z.core.$ZodIssue[]): FrameworkDocumentError[] =>
  issues.flatMap((issue) =>
    // Name each unexpected field, not the object that holds it.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          path: toJsonPointer([...issue.path, key]),
          message: `Unknown field "${key}"`,
        }))
      : [{ path: toJsonPointer(issue.path), message: issue.message }],
  );

export const parseFrameworkDocument = (
  input: unknown,
  options: ParseFrameworkDocumentOptions = {},
): ParseFrameworkDocumentResult => {
  // Another format (or version) is reported alone: its other fields mean something else.
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return {
      ok: false,
      errors: [
        {
          path: '',
          message: `A framework document is a JSON object with "format": "${FRAMEWORK_DOCUMENT_FORMAT}"`,
        },
      ],
    };
  const format = FormatSchema.safeParse((input as { format?: unknown }).format);
  if (!format.success)
    return { ok: false, errors: [{ path: '/format', message: format.error.issues[0].message }] };

  const parsed = FrameworkDocumentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: errorsOf(parsed.error.issues) };
  const missing = options.requireAllExpectations ? missingDocumentExpectations(parsed.data) : [];
  return missing.length > 0 ? { ok: false, errors: missing } : { ok: true, document: parsed.data };
};
