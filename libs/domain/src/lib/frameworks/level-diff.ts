import { z } from 'zod';

import { ProficiencySchema, TrackKindSchema, type Expectation, type Framework } from './framework';
import { findLevel, type LevelInTrack } from './framework-levels';

// What changes per criterion from one level to another: a promotion within a
// track, a switch to the management track, or a lateral move to another
// discipline (criteria present at one level and absent at the other).

export const LEVEL_CHANGES = ['raised', 'lowered', 'same', 'new', 'dropped'] as const;
export const LevelChangeSchema = z.enum(LEVEL_CHANGES);
export type LevelChange = z.infer<typeof LevelChangeSchema>;

export const LevelDiffQuerySchema = z.strictObject({
  from: z.uuid({ error: 'from must be a level id' }),
  to: z.uuid({ error: 'to must be a level id' }),
});
export type LevelDiffQuery = z.infer<typeof LevelDiffQuerySchema>;

const LevelRefSchema = z.object({
  levelId: z.uuid(),
  levelName: z.string(),
  rank: z.number().int(),
  trackId: z.uuid(),
  trackName: z.string(),
  trackKind: TrackKindSchema,
  discipline: z.string(),
});

const ExpectationAtLevelSchema = z.object({ proficiency: ProficiencySchema, description: z.string() });

export const LevelDiffSchema = z
  .object({
    from: LevelRefSchema,
    to: LevelRefSchema,
    sameTrack: z.boolean(),
    sameDiscipline: z.boolean(),
    criteria: z.array(
      z.object({
        criterionId: z.uuid(),
        name: z.string(),
        theme: z.string(),
        from: ExpectationAtLevelSchema.nullable(),
        to: ExpectationAtLevelSchema.nullable(),
        change: LevelChangeSchema,
      }),
    ),
  })
  .meta({ id: 'LevelDiff' });
export type LevelDiff = z.infer<typeof LevelDiffSchema>;
export type LevelDiffCriterion = LevelDiff['criteria'][number];

export type LevelDiffResult =
  | { ok: true; diff: LevelDiff }
  | { ok: false; error: { code: 'unknown_level'; levelId: string; message: string } };

const refOf = ({ track, level }: LevelInTrack): LevelDiff['from'] => ({
  levelId: level.id,
  levelName: level.name,
  rank: level.rank,
  trackId: track.id,
  trackName: track.name,
  trackKind: track.kind,
  discipline: track.discipline,
});

// An expectation of proficiency 0 means "not expected here": for the change it
// counts as absent (so IC → manager shows servant leadership as `new` when the
// IC level expects 0), but its text is still shown.
const changeBetween = (from: Expectation | undefined, to: Expectation | undefined): LevelChange => {
  const before = from?.proficiency ?? 0;
  const after = to?.proficiency ?? 0;
  if (before > 0 && after > 0) return after > before ? 'raised' : after < before ? 'lowered' : 'same';
  if (after > 0) return 'new';
  if (before > 0) return 'dropped';
  return 'same';
};

const atLevel = (expectation: Expectation | undefined) =>
  expectation ? { proficiency: expectation.proficiency, description: expectation.description } : null;

const unknownLevel = (levelId: string): LevelDiffResult => ({
  ok: false,
  error: { code: 'unknown_level', levelId, message: `No level ${levelId} in this framework` },
});

export const diffLevels = (framework: Framework, fromLevelId: string, toLevelId: string): LevelDiffResult => {
  const from = findLevel(framework, fromLevelId);
  if (!from) return unknownLevel(fromLevelId);
  const to = findLevel(framework, toLevelId);
  if (!to) return unknownLevel(toLevelId);

  // Criteria with no expectation at either level say nothing about this move.
  const criteria = framework.criteria.flatMap((criterion): LevelDiffCriterion[] => {
    const before = criterion.expectations.find((expectation) => expectation.levelId === fromLevelId);
    const after = criterion.expectations.find((expectation) => expectation.levelId === toLevelId);
    if (!before && !after) return [];
    return [
      {
        criterionId: criterion.id,
        name: criterion.name,
        theme: criterion.theme,
        from: atLevel(before),
        to: atLevel(after),
        change: changeBetween(before, after),
      },
    ];
  });

  return {
    ok: true,
    diff: {
      from: refOf(from),
      to: refOf(to),
      sameTrack: from.track.id === to.track.id,
      sameDiscipline: from.track.discipline === to.track.discipline,
      criteria,
    },
  };
};
