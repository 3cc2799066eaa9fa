import { z } from 'zod';

import { MoveKindSchema, type MoveKind } from '../moves/move';
import { storableDate } from '../storage/storable';
import {
  FLOW_EXTERNAL,
  FLOW_UNKNOWN,
  FlowGroupingSchema,
  mobilityFlows,
  MobilityFlowSchema,
  type FlowLevel,
  type FlowMove,
} from './mobility-paths';
import {
  DEFAULT_STALL_YEARS,
  teamPrecedent,
  TeamPrecedentSchema,
  type TeamPrecedentInput,
} from './team-precedent';

// What HR's mobility endpoints answer: the pure rules of mobility-paths.ts and
// team-precedent.ts, plus the filters, labels and figures those leave out, and
// a plain-words definition of every figure. Counts and dates only: nothing here
// ever carries a conversation's or an evidence's content.

// ---------------------------------------------------------------- paths

const dateRange = <T extends { from?: string; to?: string }>(query: T) =>
  !query.from || !query.to || query.from <= query.to;

/** GET /api/mobility/paths: the MobilityPathsQuery filters, plus discipline and move kind. */
export const MobilityPathsFilterSchema = z
  .strictObject({
    from: storableDate('from is a date (YYYY-MM-DD)').optional(),
    to: storableDate('to is a date (YYYY-MM-DD)').optional(),
    teamId: z.uuid({ error: 'teamId must be a team id' }).optional(),
    discipline: z.string().trim().min(1).max(200).optional(),
    kind: MoveKindSchema.optional(),
    by: FlowGroupingSchema.default('level'),
  })
  .refine(dateRange, { error: 'from must not be after to', path: ['to'] });
export type MobilityPathsFilter = z.infer<typeof MobilityPathsFilterSchema>;

export const LabelledFlowSchema = MobilityFlowSchema.extend({
  fromLabel: z.string(),
  toLabel: z.string(),
});
export type LabelledFlow = z.infer<typeof LabelledFlowSchema>;

export const MobilityPathsReportSchema = z
  .object({
    by: FlowGroupingSchema,
    flows: z.array(LabelledFlowSchema),
    total: z.number().int().min(0),
    explanation: z.string(),
  })
  .meta({ id: 'MobilityPathsReport' });
export type MobilityPathsReport = z.infer<typeof MobilityPathsReportSchema>;

export interface ReportLevel extends FlowLevel {
  name: string;
  trackName: string;
  discipline: string;
}

const sameText = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/** A move matches a discipline when it leaves or lands on a level of that discipline. */
export const matchesMoveFilter = (
  move: FlowMove,
  filter: { discipline?: string; kind?: MoveKind },
  disciplineOf: ReadonlyMap<string, string>,
): boolean => {
  if (filter.kind && move.kind !== filter.kind) return false;
  const { discipline } = filter;
  if (!discipline) return true;
  return [move.fromLevelId, move.toLevelId].some((levelId) => {
    const found = levelId === null ? undefined : disciplineOf.get(levelId);
    return found !== undefined && sameText(found, discipline);
  });
};

export const mobilityPathsReport = (
  moves: readonly FlowMove[],
  filter: Partial<MobilityPathsFilter>,
  levels: readonly ReportLevel[],
  teams: readonly { id: string; name: string }[],
): MobilityPathsReport => {
  const disciplineOf = new Map(levels.map((level) => [level.id, level.discipline]));
  const kept = moves.filter((move) => matchesMoveFilter(move, filter, disciplineOf));
  const { by, flows } = mobilityFlows(kept, filter, levels);
  const names = new Map<string, string>(
    by === 'team'
      ? teams.map((team) => [team.id, team.name])
      : by === 'level'
        ? levels.map((level) => [level.id, level.name])
        : levels.map((level) => [level.trackId, level.trackName]),
  );
  const label = (endpoint: string) =>
    endpoint === FLOW_EXTERNAL
      ? 'Outside the company'
      : endpoint === FLOW_UNKNOWN
        ? 'Unknown'
        : (names.get(endpoint) ?? 'Unknown');
  const period =
    filter.from || filter.to ? ` from ${filter.from ?? 'the beginning'} to ${filter.to ?? 'today'}` : '';
  return {
    by,
    flows: flows.map((flow) => ({ ...flow, fromLabel: label(flow.from), toLabel: label(flow.to) })),
    total: flows.reduce((sum, flow) => sum + flow.count, 0),
    explanation:
      `Each flow counts the moves${period} from one ${by} to another, by kind of move ` +
      `(hire, promotion, lateral move, track switch, exit). Hires come from "Outside the company" ` +
      `and exits go there.` +
      (filter.teamId ? ' Only moves that leave or land on the chosen team count.' : '') +
      (filter.discipline ? ` Only moves that leave or land on a ${filter.discipline} level count.` : '') +
      (filter.kind ? ` Only ${filter.kind.replace('_', ' ')} moves count.` : ''),
  };
};

// ---------------------------------------------------------------- teams

/** How far back "recent" mobility figures look: promotions in the last 24 months. */
export const MOBILITY_WINDOW_MONTHS = 24;

export const MobilityTeamsQuerySchema = z.strictObject({
  teamId: z.uuid({ error: 'teamId must be a team id' }).optional(),
  asOf: storableDate('asOf is a date (YYYY-MM-DD)').optional(),
});
export type MobilityTeamsQuery = z.infer<typeof MobilityTeamsQuerySchema>;

export const TeamMobilitySchema = TeamPrecedentSchema.extend({
  peopleWithRecentConversation: z.number().int().min(0),
  conversationCoverage: z.number().min(0).max(1).nullable(),
  aspirationsSharedWithHr: z.number().int().min(0),
  aspirationsWithoutPath: z.number().int().min(0),
  levelsWithoutPath: z.array(z.uuid()),
});
export type TeamMobility = z.infer<typeof TeamMobilitySchema>;

export const FigureDefinitionSchema = z.object({
  figure: z.string(),
  label: z.string(),
  definition: z.string(),
});
export type FigureDefinition = z.infer<typeof FigureDefinitionSchema>;

export const MobilityTeamsReportSchema = z
  .object({
    asOf: z.iso.date(),
    window: z.object({ from: z.iso.date(), to: z.iso.date() }),
    conversationIntervalDays: z.number().int().min(1),
    teams: z.array(TeamMobilitySchema),
    definitions: z.array(FigureDefinitionSchema),
  })
  .meta({ id: 'MobilityTeamsReport' });
export type MobilityTeamsReport = z.infer<typeof MobilityTeamsReportSchema>;

export interface TeamMobilityInput extends Omit<TeamPrecedentInput, 'windowStart' | 'stallYears'> {
  /** Per person, the day of their last held career conversation up to `asOf`. */
  lastHeldConversations: readonly { personId: string; heldOn: string }[];
  /** Live aspirations the person shared with HR. */
  sharedAspirations: readonly { personId: string; targetLevelId: string }[];
  openPositions: readonly { teamId: string; levelId: string }[];
  conversationIntervalDays: number;
}

const DAY_MS = 86_400_000;

export const monthsBefore = (date: string, months: number): string => {
  const shifted = new Date(`${date}T00:00:00Z`);
  shifted.setUTCMonth(shifted.getUTCMonth() - months);
  return shifted.toISOString().slice(0, 10);
};

export const mobilityDefinitions = (intervalDays: number): FigureDefinition[] => [
  {
    figure: 'headcount',
    label: 'Headcount',
    definition: 'Active people whose team is this team today.',
  },
  {
    figure: 'promotions',
    label: `Promotions (last ${MOBILITY_WINDOW_MONTHS} months)`,
    definition: `Promotion moves landing on this team in the last ${MOBILITY_WINDOW_MONTHS} months.`,
  },
  {
    figure: 'internalPromotionRate',
    label: 'Internal promotion rate',
    definition:
      'Promotions ÷ (promotions + external hires above entry level, i.e. into a management level or an IC ' +
      'level above the lowest of its track), in the window: of the seats an insider could have been ' +
      'promoted into, the share that went to someone promoted. Empty when there were none.',
  },
  {
    figure: 'internalLeadShare',
    label: 'Lead seats filled internally',
    definition:
      'Moves in the window landing on a lead seat of this team (a management level, or an IC level marked ' +
      'lead) from another level or team: internal ones ÷ all of them. The rest were external hires.',
  },
  {
    figure: 'medianDaysInLevel',
    label: 'Median time in level',
    definition:
      'Over the current members: days since each reached their current level (a lateral move at the same ' +
      'level does not reset it; without any move, the hire date). The middle value.',
  },
  {
    figure: 'trackSwitches',
    label: 'Track switches',
    definition: 'Moves in the window onto this team that change track (e.g. IC → manager, PMM → PM).',
  },
  {
    figure: 'exitsAfterStall',
    label: 'Exits after a long stall',
    definition: `Exits from this team in the window by people who had been in their level for more than ${DEFAULT_STALL_YEARS} years.`,
  },
  {
    figure: 'conversationCoverage',
    label: 'Career-conversation coverage',
    definition:
      `Share of current members with a held career conversation in the last ${intervalDays} days ` +
      "(the organization's conversation interval). Only dates are used, never the content.",
  },
  {
    figure: 'aspirationsWithoutPath',
    label: 'Aspirations with no visible path',
    definition:
      'Aspirations shared with HR by current members whose target level has no open seat on this team and ' +
      'no precedent here: nobody on the team holds it and no move ever landed on it in this team.',
  },
];

export const teamMobility = (input: TeamMobilityInput): MobilityTeamsReport => {
  const windowStart = monthsBefore(input.asOf, MOBILITY_WINDOW_MONTHS);
  const precedent = teamPrecedent({ ...input, windowStart });
  const members = input.people.filter((person) => person.active !== false && person.teamId !== null);
  const teamOf = new Map(members.map((person) => [person.id, person.teamId]));
  const lastHeld = new Map(input.lastHeldConversations.map((held) => [held.personId, held.heldOn]));
  const isRecent = (heldOn: string | undefined) => {
    if (heldOn === undefined || heldOn > input.asOf) return false;
    return (Date.parse(input.asOf) - Date.parse(heldOn)) / DAY_MS <= input.conversationIntervalDays;
  };
  const withPath = new Set<string>();
  const pathKey = (teamId: string | null, levelId: string | null) => JSON.stringify([teamId, levelId]);
  for (const seat of input.openPositions) withPath.add(pathKey(seat.teamId, seat.levelId));
  for (const person of members) withPath.add(pathKey(person.teamId, person.levelId));
  for (const move of input.moves)
    if (move.kind !== 'exit' && move.occurredOn <= input.asOf)
      withPath.add(pathKey(move.toTeamId, move.toLevelId));

  const teams = precedent.teams.map((team): TeamMobility => {
    const people = members.filter((person) => person.teamId === team.teamId);
    const covered = people.filter((person) => isRecent(lastHeld.get(person.id))).length;
    const aspirations = input.sharedAspirations.filter((a) => teamOf.get(a.personId) === team.teamId);
    const pathless = aspirations.filter((a) => !withPath.has(pathKey(team.teamId, a.targetLevelId)));
    return {
      ...team,
      peopleWithRecentConversation: covered,
      conversationCoverage: people.length === 0 ? null : covered / people.length,
      aspirationsSharedWithHr: aspirations.length,
      aspirationsWithoutPath: pathless.length,
      levelsWithoutPath: [...new Set(pathless.map((a) => a.targetLevelId))].sort(),
    };
  });
  return {
    asOf: input.asOf,
    window: precedent.window,
    conversationIntervalDays: input.conversationIntervalDays,
    teams,
    definitions: mobilityDefinitions(input.conversationIntervalDays),
  };
};
