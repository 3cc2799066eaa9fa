import { z } from 'zod';

// Role history (DESIGN.md, Move): every hire, promotion, lateral move, track
// switch and exit. Mobility analytics are aggregates over these rows.

export const MOVE_KINDS = ['hire', 'promotion', 'lateral', 'track_switch', 'exit'] as const;
export const MoveKindSchema = z.enum(MOVE_KINDS);
export type MoveKind = z.infer<typeof MoveKindSchema>;

export const MoveSchema = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    // Null on a hire (they came from outside) …
    fromLevelId: z.uuid().nullable(),
    fromTeamId: z.uuid().nullable(),
    // … and on an exit (they left).
    toLevelId: z.uuid().nullable(),
    toTeamId: z.uuid().nullable(),
    occurredOn: z.iso.date(),
    kind: MoveKindSchema,
    // Whether the seat went to someone already in the organization. A hire is
    // normally external, a promotion internal; it is stored rather than implied
    // because rehires and transfers from a sister company blur the line.
    internal: z.boolean(),
  })
  .superRefine((move, ctx) => {
    const kind = move.kind.replace('_', ' ');
    const a = /^[aeiou]/.test(kind) ? 'An' : 'A';
    if (move.kind !== 'hire' && (move.fromLevelId === null || move.fromTeamId === null))
      ctx.addIssue({
        code: 'custom',
        path: ['fromLevelId'],
        message: `${a} ${kind} starts from a level and a team`,
      });
    if (move.kind !== 'exit' && (move.toLevelId === null || move.toTeamId === null))
      ctx.addIssue({
        code: 'custom',
        path: ['toLevelId'],
        message: `${a} ${kind} lands on a level and a team`,
      });
  })
  .meta({ id: 'Move' });
export type Move = z.infer<typeof MoveSchema>;
