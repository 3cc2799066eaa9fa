import { z } from 'zod';

import { MoveKindSchema, type Move } from '../moves/move';
import { storableDate } from '../storage/storable';

// Flows between levels, tracks or teams over a time window, counted from moves
// (GET /api/mobility/paths?from=&to=&teamId=).
//
// Decisions:
// - `from` and `to` of the query are dates (YYYY-MM-DD, inclusive) bounding the
//   moves' `occurredOn`: the question is "what moved in this period".
// - `teamId` keeps the moves that leave or land on that team.
// - A flow's `from` and `to` are ids (level, track or team ids, per `by`), never
//   names: names change between framework versions and the client has them.
//   Hires come from 'external', exits go to 'external'; a level missing from
//   the lookup (grouping by track) shows as 'unknown' rather than being
//   dropped, so the counts always add up to the moves.

export const FLOW_EXTERNAL = 'external';
export const FLOW_UNKNOWN = 'unknown';

export const FLOW_GROUPINGS = ['level', 'track', 'team'] as const;
export const FlowGroupingSchema = z.enum(FLOW_GROUPINGS);
export type FlowGrouping = z.infer<typeof FlowGroupingSchema>;

export const MobilityPathsQuerySchema = z
  .strictObject({
    from: storableDate('from is a date (YYYY-MM-DD)').optional(),
    to: storableDate('to is a date (YYYY-MM-DD)').optional(),
    teamId: z.uuid({ error: 'teamId must be a team id' }).optional(),
    by: FlowGroupingSchema.default('level'),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    error: 'from must not be after to',
    path: ['to'],
  });
export type MobilityPathsQuery = z.infer<typeof MobilityPathsQuerySchema>;

export const MobilityFlowSchema = z.object({
  from: z.string(),
  to: z.string(),
  kind: MoveKindSchema,
  count: z.number().int().min(1),
});
export type MobilityFlow = z.infer<typeof MobilityFlowSchema>;

export const MobilityPathsSchema = z
  .object({ by: FlowGroupingSchema, flows: z.array(MobilityFlowSchema) })
  .meta({ id: 'MobilityPaths' });
export type MobilityPaths = z.infer<typeof MobilityPathsSchema>;

export interface FlowLevel {
  id: string;
  trackId: string;
}

export type FlowMove = Pick<
  Move,
  'fromLevelId' | 'fromTeamId' | 'toLevelId' | 'toTeamId' | 'occurredOn' | 'kind'
>;

export const matchesFlowQuery = (move: FlowMove, query: Partial<MobilityPathsQuery>): boolean =>
  (!query.from || move.occurredOn >= query.from) &&
  (!query.to || move.occurredOn <= query.to) &&
  (!query.teamId || move.fromTeamId === query.teamId || move.toTeamId === query.teamId);

export const mobilityFlows = (
  moves: readonly FlowMove[],
  query: Partial<MobilityPathsQuery> = {},
  levels: readonly FlowLevel[] = [],
): MobilityPaths => {
  const by = query.by ?? 'level';
  const trackOf = new Map(levels.map((level) => [level.id, level.trackId]));
  const endpoint = (levelId: string | null, teamId: string | null): string => {
    if (by === 'team') return teamId ?? FLOW_EXTERNAL;
    if (levelId === null) return FLOW_EXTERNAL;
    return by === 'level' ? levelId : (trackOf.get(levelId) ?? FLOW_UNKNOWN);
  };

  const counts = new Map<string, MobilityFlow>();
  for (const move of moves) {
    if (!matchesFlowQuery(move, query)) continue;
    const flow = {
      from: endpoint(move.fromLevelId, move.fromTeamId),
      to: endpoint(move.toLevelId, move.toTeamId),
    };
    const key = JSON.stringify([flow.from, flow.to, move.kind]);
    const existing = counts.get(key);
    if (existing) existing.count += 1;
    else counts.set(key, { ...flow, kind: move.kind, count: 1 });
  }

  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    by,
    flows: [...counts.values()].sort(
      (a, b) => b.count - a.count || text(a.from, b.from) || text(a.to, b.to) || text(a.kind, b.kind),
    ),
  };
};
