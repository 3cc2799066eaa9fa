import { z } from 'zod';

import type { FrameworkDocument } from './framework-document';

// What a framework version changes against another one (a draft against the
// published version of its name), matched by the stable keys of the
// trellis.framework/v1 format: a renamed level keeps its key, so it is
// "changed", not "removed and added". Pure: the API computes it, the ladder
// editor shows it in plain words.

const FieldValueSchema = z.union([z.string(), z.number(), z.boolean()]).nullable();

export const FieldChangeSchema = z
  .object({ field: z.string(), before: FieldValueSchema, after: FieldValueSchema })
  .meta({ id: 'FrameworkFieldChange' });
export type FieldChange = z.infer<typeof FieldChangeSchema>;

export const TrackRefSchema = z.object({ key: z.string(), name: z.string() });
export const LevelRefSchema = z.object({ key: z.string(), name: z.string(), trackKey: z.string() });
export const CriterionRefSchema = z.object({ key: z.string(), name: z.string() });

const FieldsSchema = z.array(FieldChangeSchema).min(1);
const TrackChangedSchema = TrackRefSchema.extend({ fields: FieldsSchema });
const LevelChangedSchema = LevelRefSchema.extend({ fields: FieldsSchema });
const CriterionChangedSchema = CriterionRefSchema.extend({ fields: FieldsSchema });

const ExpectationValueSchema = z.object({ proficiency: z.number().int(), description: z.string() });

export const ExpectationChangeSchema = z
  .object({
    criterionKey: z.string(),
    criterionName: z.string(),
    levelKey: z.string(),
    levelName: z.string(),
    // `added`: the criterion had no expectation at this level; `removed`: it no longer has one.
    change: z.enum(['added', 'removed', 'changed']),
    before: ExpectationValueSchema.nullable(),
    after: ExpectationValueSchema.nullable(),
  })
  .meta({ id: 'FrameworkExpectationChange' });
export type ExpectationChange = z.infer<typeof ExpectationChangeSchema>;

export const PathRefSchema = z.object({ from: z.string(), to: z.string(), kind: z.string() });

export const FrameworkChangesSchema = z
  .object({
    tracks: z.object({
      added: z.array(TrackRefSchema),
      removed: z.array(TrackRefSchema),
      changed: z.array(TrackChangedSchema),
    }),
    levels: z.object({
      added: z.array(LevelRefSchema),
      removed: z.array(LevelRefSchema),
      changed: z.array(LevelChangedSchema),
    }),
    criteria: z.object({
      added: z.array(CriterionRefSchema),
      removed: z.array(CriterionRefSchema),
      changed: z.array(CriterionChangedSchema),
    }),
    // Only for criteria and levels present on both sides: an added criterion
    // brings its expectations with it, a removed one takes them away.
    expectations: z.array(ExpectationChangeSchema),
    paths: z.object({ added: z.array(PathRefSchema), removed: z.array(PathRefSchema) }),
    // Total number of entries above; 0 means the two versions say the same thing.
    count: z.number().int().min(0),
  })
  .meta({ id: 'FrameworkChanges' });
export type FrameworkChanges = z.infer<typeof FrameworkChangesSchema>;

type FieldValue = z.infer<typeof FieldValueSchema>;

const fieldChanges = <T>(before: T, after: T, fields: readonly (keyof T & string)[]): FieldChange[] =>
  fields.flatMap((field) => {
    const a = (before[field] ?? null) as FieldValue;
    const b = (after[field] ?? null) as FieldValue;
    return a === b ? [] : [{ field, before: a, after: b }];
  });

interface Keyed {
  readonly key: string;
}

/** Added, removed and changed entries of two keyed lists, in the order of `after` (then `before`). */
const compareKeyed = <T extends Keyed, R>(
  before: readonly T[],
  after: readonly T[],
  ref: (item: T) => R,
  fields: (a: T, b: T) => FieldChange[],
) => {
  const beforeByKey = new Map(before.map((item) => [item.key, item]));
  const afterKeys = new Set(after.map((item) => item.key));
  const added: R[] = [];
  const changed: (R & { fields: FieldChange[] })[] = [];
  for (const item of after) {
    const old = beforeByKey.get(item.key);
    if (!old) added.push(ref(item));
    else {
      const changes = fields(old, item);
      if (changes.length > 0) changed.push({ ...ref(item), fields: changes });
    }
  }
  const removed = before.filter((item) => !afterKeys.has(item.key)).map(ref);
  return { added, removed, changed };
};

interface FlatLevel {
  readonly key: string;
  readonly name: string;
  readonly rank: number;
  readonly isLead: boolean;
  readonly trackKey: string;
}

const levelsOf = (document: FrameworkDocument | null): FlatLevel[] =>
  (document?.tracks ?? []).flatMap((track) =>
    track.levels.map((level) => ({
      key: level.key,
      name: level.name,
      rank: level.rank,
      isLead: level.isLead ?? false,
      trackKey: track.key,
    })),
  );

/**
 * The changes from `before` to `after`, by stable key. `before` is null when
 * there is nothing published yet: then everything is added.
 */
export const compareFrameworkDocuments = (
  before: FrameworkDocument | null,
  after: FrameworkDocument,
): FrameworkChanges => {
  const tracks = compareKeyed(
    before?.tracks ?? [],
    after.tracks,
    (track) => ({ key: track.key, name: track.name }),
    (a, b) => fieldChanges(a, b, ['name', 'kind', 'discipline']),
  );
  const beforeLevels = levelsOf(before);
  const afterLevels = levelsOf(after);
  const levels = compareKeyed(
    beforeLevels,
    afterLevels,
    (level) => ({ key: level.key, name: level.name, trackKey: level.trackKey }),
    // `trackKey` changes when a level moves to another track.
    (a, b) => fieldChanges(a, b, ['name', 'rank', 'isLead', 'trackKey']),
  );
  const criteria = compareKeyed(
    before?.criteria ?? [],
    after.criteria,
    (criterion) => ({ key: criterion.key, name: criterion.name }),
    (a, b) => fieldChanges(a, b, ['name', 'theme', 'description']),
  );

  const levelName = new Map(afterLevels.map((level) => [level.key, level.name]));
  const beforeLevelKeys = new Set(beforeLevels.map((level) => level.key));
  const beforeCriteria = new Map((before?.criteria ?? []).map((criterion) => [criterion.key, criterion]));
  // Expectations of levels that exist on both sides, in the order of the after document's tracks.
  const levelOrder = afterLevels.filter((level) => beforeLevelKeys.has(level.key)).map((level) => level.key);
  const expectations: ExpectationChange[] = [];
  for (const criterion of after.criteria) {
    const old = beforeCriteria.get(criterion.key);
    if (!old) continue;
    const beforeAt = new Map(old.expectations.map((e) => [e.level, e]));
    const afterAt = new Map(criterion.expectations.map((e) => [e.level, e]));
    for (const levelKey of levelOrder) {
      const a = beforeAt.get(levelKey);
      const b = afterAt.get(levelKey);
      if (!a && !b) continue;
      const value = (e: typeof a) => (e ? { proficiency: e.proficiency, description: e.description } : null);
      const change = !a ? 'added' : !b ? 'removed' : null;
      if (!change && a?.proficiency === b?.proficiency && a?.description === b?.description) continue;
      expectations.push({
        criterionKey: criterion.key,
        criterionName: criterion.name,
        levelKey,
        levelName: levelName.get(levelKey) ?? levelKey,
        change: change ?? 'changed',
        before: value(a),
        after: value(b),
      });
    }
  }

  const pathKey = (path: { from: string; to: string }) => `${path.from}\u0000${path.to}`;
  const beforePaths = before?.paths ?? [];
  const beforePathKeys = new Set(beforePaths.map(pathKey));
  const afterPathKeys = new Set(after.paths.map(pathKey));
  const paths = {
    added: after.paths.filter((path) => !beforePathKeys.has(pathKey(path))).map((p) => ({ ...p })),
    removed: beforePaths.filter((path) => !afterPathKeys.has(pathKey(path))).map((p) => ({ ...p })),
  };

  const size = (group: { added: unknown[]; removed: unknown[]; changed?: unknown[] }) =>
    group.added.length + group.removed.length + (group.changed?.length ?? 0);
  return {
    tracks,
    levels,
    criteria,
    expectations,
    paths,
    count: size(tracks) + size(levels) + size(criteria) + expectations.length + size(paths),
  };
};
