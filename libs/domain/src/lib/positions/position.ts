import { z } from 'zod';

import { PageQuerySchema } from '../pagination/page';

// A seat on a team at a level (DESIGN.md, Position).

export const POSITION_STATUSES = ['open', 'filled'] as const;
export const PositionStatusSchema = z.enum(POSITION_STATUSES);
export type PositionStatus = z.infer<typeof PositionStatusSchema>;

export const PositionSchema = z
  .object({
    id: z.uuid(),
    teamId: z.uuid(),
    levelId: z.uuid(),
    title: z.string(),
    status: PositionStatusSchema,
    openedOn: z.iso.date(),
    // Set once the seat is filled: when, and by whom.
    filledOn: z.iso.date().nullable(),
    filledById: z.uuid().nullable(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Position' });
export type Position = z.infer<typeof PositionSchema>;

export const POSITION_TITLE_MAX = 200;

// POST /api/positions. A new position is open.
export const PositionInputSchema = z
  .strictObject({
    teamId: z.uuid({ error: 'Choose the team' }),
    levelId: z.uuid({ error: 'Choose the level' }),
    title: z
      .string()
      .trim()
      .min(1, { error: 'Give the position a title' })
      .max(POSITION_TITLE_MAX, { error: `Keep the title under ${POSITION_TITLE_MAX} characters` }),
  })
  .meta({ id: 'PositionInput' });
export type PositionInput = z.infer<typeof PositionInputSchema>;

// GET /api/positions?status=open&teamId=
export const PositionListQuerySchema = PageQuerySchema.extend({
  status: PositionStatusSchema.optional(),
  teamId: z.uuid({ error: 'Choose a team' }).optional(),
});
export type PositionListQuery = z.infer<typeof PositionListQuerySchema>;

export const BenchSchema = z
  .object({
    positionId: z.uuid(),
    candidates: z.array(z.object({ personId: z.uuid(), readiness: z.number().min(0).max(1) })),
  })
  .meta({ id: 'Bench' });
export type Bench = z.infer<typeof BenchSchema>;
export type BenchCandidate = Bench['candidates'][number];
