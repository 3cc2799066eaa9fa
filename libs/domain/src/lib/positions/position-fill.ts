import { z } from 'zod';

import type { TrackKind } from '../frameworks/framework';
import { MoveSchema, type MoveKind } from '../moves/move';
import { PositionSchema } from './position';

// POST /api/positions/:id/fill: the seat goes to someone already in the organization.
export const PositionFillInputSchema = z
  .strictObject({
    personId: z.uuid({ error: 'Choose the person who takes the seat' }),
  })
  .meta({ id: 'PositionFillInput' });
export type PositionFillInput = z.infer<typeof PositionFillInputSchema>;

/** A level as a move compares it: tracks by their stable key, so versions of a ladder compare alike. */
export interface MoveLevel {
  trackKey: string;
  trackKind: TrackKind;
  discipline: string;
  rank: number;
}

// The kind of an internal move from one level to another (the framework
// document's rule): IC ↔ management is a track switch; another track of the
// same kind (PMM → PM) is lateral; up the same track is a promotion; along or
// down it, a lateral move (there is no kind for a step down).
export const internalMoveKind = (from: MoveLevel, to: MoveLevel): Exclude<MoveKind, 'hire' | 'exit'> => {
  if (from.trackKind !== to.trackKind) return 'track_switch';
  if (from.trackKey !== to.trackKey || from.discipline !== to.discipline) return 'lateral';
  return to.rank > from.rank ? 'promotion' : 'lateral';
};

// The answer to a fill: the seat, now filled, and the move it recorded.
export const PositionFilledSchema = z
  .object({ position: PositionSchema, move: MoveSchema })
  .meta({ id: 'PositionFilled' });
export type PositionFilled = z.infer<typeof PositionFilledSchema>;
