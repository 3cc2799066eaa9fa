import { z } from 'zod';

import { MAX_STORED_INTEGER } from '../storage/storable';

// The career ladder (DESIGN.md, Framework). Ids are the database ids of one
// framework version: a published version is immutable, so evidence that names a
// criterion id keeps pointing at the text it was written against.

export const TRACK_KINDS = ['ic', 'management'] as const;
export const TrackKindSchema = z.enum(TRACK_KINDS);
export type TrackKind = z.infer<typeof TrackKindSchema>;

export const FRAMEWORK_STATUSES = ['draft', 'published'] as const;
export const FrameworkStatusSchema = z.enum(FRAMEWORK_STATUSES);
export type FrameworkStatus = z.infer<typeof FrameworkStatusSchema>;

// 0 means "not expected at this level"; 4 is the highest bar of the ladder.
export const MIN_PROFICIENCY = 0;
export const MAX_PROFICIENCY = 4;
export const ProficiencySchema = z
  .number()
  .int({ error: 'Proficiency is a whole number' })
  .min(MIN_PROFICIENCY, { error: `Proficiency is at least ${MIN_PROFICIENCY}` })
  .max(MAX_PROFICIENCY, { error: `Proficiency is at most ${MAX_PROFICIENCY}` });
export type Proficiency = z.infer<typeof ProficiencySchema>;

export const LevelSchema = z
  .object({
    id: z.uuid(),
    name: z.string().min(1).max(120),
    // Order within the track: a higher rank is a more senior level.
    rank: z.number().int().min(0),
    // Marks an IC level that counts as a lead seat (e.g. Lead PMM) for mobility
    // figures; every management-track level counts as one anyway.
    lead: z.boolean().optional(),
  })
  .meta({ id: 'Level' });
export type Level = z.infer<typeof LevelSchema>;

export const TrackSchema = z
  .object({
    id: z.uuid(),
    name: z.string().min(1).max(120),
    kind: TrackKindSchema,
    discipline: z.string().min(1).max(120),
    levels: z.array(LevelSchema),
    // Tracks a move to is a known path (IC → manager, PMM → PM).
    linkedTrackIds: z.array(z.uuid()).optional(),
  })
  .meta({ id: 'Track' });
export type Track = z.infer<typeof TrackSchema>;

export const ExpectationSchema = z
  .object({
    levelId: z.uuid(),
    proficiency: ProficiencySchema,
    description: z.string().max(4000),
  })
  .meta({ id: 'Expectation' });
export type Expectation = z.infer<typeof ExpectationSchema>;

export const CriterionSchema = z
  .object({
    id: z.uuid(),
    name: z.string().min(1).max(200),
    theme: z.string().min(1).max(120),
    description: z.string().max(4000),
    expectations: z.array(ExpectationSchema),
  })
  .meta({ id: 'Criterion' });
export type Criterion = z.infer<typeof CriterionSchema>;

export const FrameworkSchema = z
  .object({
    id: z.uuid(),
    name: z.string().min(1).max(200),
    version: z.number().int().min(1).max(MAX_STORED_INTEGER),
    status: FrameworkStatusSchema,
    tracks: z.array(TrackSchema),
    criteria: z.array(CriterionSchema),
  })
  .meta({ id: 'Framework' });
export type Framework = z.infer<typeof FrameworkSchema>;

// The list view of GET /api/frameworks: no tracks or criteria.
export const FrameworkSummarySchema = FrameworkSchema.pick({
  id: true,
  name: true,
  version: true,
  status: true,
}).meta({
  id: 'FrameworkSummary',
});
export type FrameworkSummary = z.infer<typeof FrameworkSummarySchema>;
