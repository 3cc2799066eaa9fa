import { z } from 'zod';

import type { Framework, TrackKind } from '../frameworks/framework';
import type { Move } from '../moves/move';

// Per-team precedent (GET /api/mobility/teams): does this team offer a path up,
// or is the only way up out? All figures are over a window ending at `asOf`
// (default: the three years before it), from plain moves and people.
//
// Definitions:
// - A move belongs to the team it lands on; an exit to the team it leaves.
// - promotions: promotion moves in the window.
// - internalPromotionRate: promotions ÷ (promotions + external hires above
//   entry level, i.e. into any management level or an IC level above the
//   lowest of its track). Of the seats an insider could have been promoted
//   into, the share that went to someone promoted. Null when there were none.
// - lead seats: levels of a management track, or IC levels flagged `lead`.
//   A seat is filled by a move landing on a lead level on this team (a new
//   level or a new team); internal or external per the move's `internal` flag.
//   internalLeadShare = internal ÷ all such fills, null when none.
// - medianDaysInLevel: over the team's current members, days from the day they
//   reached their current level (a lateral move at the same level does not
//   reset it; without any move, the hire date) to `asOf`. Null when unknown.
// - exitsAfterStall: exits whose time in level before leaving exceeded
//   `stallYears` (default 3; a year counts 365.25 days).

export const TeamPrecedentSchema = z
  .object({
    teamId: z.uuid(),
    teamName: z.string(),
    headcount: z.number().int().min(0),
    promotions: z.number().int().min(0),
    internalPromotionRate: z.number().min(0).max(1).nullable(),
    leadSeatsFilledInternally: z.number().int().min(0),
    leadSeatsFilledExternally: z.number().int().min(0),
    internalLeadShare: z.number().min(0).max(1).nullable(),
    medianDaysInLevel: z.number().min(0).nullable(),
    trackSwitches: z.number().int().min(0),
    exits: z.number().int().min(0),
    exitsAfterStall: z.number().int().min(0),
  })
  .meta({ id: 'TeamPrecedent' });
export type TeamPrecedent = z.infer<typeof TeamPrecedentSchema>;

export const MobilityTeamsSchema = z
  .object({
    window: z.object({ from: z.iso.date(), to: z.iso.date() }),
    teams: z.array(TeamPrecedentSchema),
  })
  .meta({ id: 'MobilityTeams' });
export type MobilityTeams = z.infer<typeof MobilityTeamsSchema>;

export interface PrecedentLevel {
  id: string;
  trackId: string;
  trackKind: TrackKind;
  rank: number;
  lead?: boolean;
}

export interface PrecedentPerson {
  id: string;
  teamId: string | null;
  levelId: string | null;
  hireDate?: string | null;
  // People who left are kept for history; only active ones are members.
  active?: boolean;
}

export interface PrecedentTeam {
  id: string;
  name: string;
}

export type PrecedentMove = Pick<
  Move,
  | 'id'
  | 'personId'
  | 'fromLevelId'
  | 'fromTeamId'
  | 'toLevelId'
  | 'toTeamId'
  | 'occurredOn'
  | 'kind'
  | 'internal'
>;

export interface TeamPrecedentInput {
  moves: readonly PrecedentMove[];
  people: readonly PrecedentPerson[];
  levels: readonly PrecedentLevel[];
  teams: readonly PrecedentTeam[];
  asOf: string;
  windowStart?: string;
  stallYears?: number;
}

export const DEFAULT_WINDOW_YEARS = 3;
export const DEFAULT_STALL_YEARS = 3;
const DAY_MS = 86_400_000;
const DAYS_PER_YEAR = 365.25;

const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

const yearsBefore = (date: string, years: number): string => {
  const shifted = new Date(`${date}T00:00:00Z`);
  shifted.setUTCFullYear(shifted.getUTCFullYear() - years);
  return shifted.toISOString().slice(0, 10);
};

// Rounded to whole days; of an even count, the mean of the two middle values.
const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const lower = sorted[Math.ceil(sorted.length / 2) - 1] ?? 0;
  const upper = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return Math.round((lower + upper) / 2);
};

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

// Same-day moves keep their life order: arrive before anything else, leave last.
const KIND_ORDER: Record<Move['kind'], number> = {
  hire: 0,
  promotion: 1,
  lateral: 1,
  track_switch: 1,
  exit: 2,
};
const chronological = (a: PrecedentMove, b: PrecedentMove): number =>
  a.occurredOn.localeCompare(b.occurredOn) ||
  KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
  a.id.localeCompare(b.id);

// The day each move's person had reached the level they held just before it,
// so that an exit or a promotion can tell how long the person sat in level.
const levelSinceBeforeEachMove = (
  moves: readonly PrecedentMove[],
  hireDates: ReadonlyMap<string, string | null | undefined>,
): { since: Map<string, string | null>; current: Map<string, string | null> } => {
  const byPerson = new Map<string, PrecedentMove[]>();
  for (const move of moves) {
    const history = byPerson.get(move.personId);
    if (history) history.push(move);
    else byPerson.set(move.personId, [move]);
  }

  const since = new Map<string, string | null>();
  const current = new Map<string, string | null>();
  for (const [personId, history] of byPerson) {
    let level: string | null = null;
    let levelSince: string | null = hireDates.get(personId) ?? null;
    for (const move of history.sort(chronological)) {
      since.set(move.id, levelSince);
      if (move.toLevelId !== null && move.toLevelId !== level) levelSince = move.occurredOn;
      level = move.toLevelId;
    }
    current.set(personId, levelSince);
  }
  return { since, current };
};

export const teamPrecedent = ({
  moves,
  people,
  levels,
  teams,
  asOf,
  windowStart = yearsBefore(asOf, DEFAULT_WINDOW_YEARS),
  stallYears = DEFAULT_STALL_YEARS,
}: TeamPrecedentInput): MobilityTeams => {
  const levelById = new Map(levels.map((level) => [level.id, level]));
  const entryRank = new Map<string, number>();
  for (const level of levels)
    entryRank.set(level.trackId, Math.min(entryRank.get(level.trackId) ?? level.rank, level.rank));
  // Entry seats are the bottom of an IC track; no one could have been promoted
  // into them. Every management level could have gone to an insider.
  const isLeadLevel = (levelId: string | null) => {
    const level = levelId === null ? undefined : levelById.get(levelId);
    return level !== undefined && (level.trackKind === 'management' || level.lead === true);
  };
  const isAboveEntry = (levelId: string | null) => {
    const level = levelId === null ? undefined : levelById.get(levelId);
    return (
      level !== undefined &&
      (level.trackKind === 'management' || level.rank > (entryRank.get(level.trackId) ?? level.rank))
    );
  };

  // Only moves up to `asOf` are history; later rows are plans or bad data.
  const past = moves.filter((move) => move.occurredOn <= asOf);
  const { since, current } = levelSinceBeforeEachMove(
    past,
    new Map(people.map((person) => [person.id, person.hireDate])),
  );
  const inWindow = past.filter((move) => move.occurredOn >= windowStart);
  const stallDays = stallYears * DAYS_PER_YEAR;

  const precedentOf = (team: PrecedentTeam): TeamPrecedent => {
    const landing = inWindow.filter((move) => move.kind !== 'exit' && move.toTeamId === team.id);
    const leaving = inWindow.filter((move) => move.kind === 'exit' && move.fromTeamId === team.id);
    const promotions = landing.filter((move) => move.kind === 'promotion').length;
    const externalHiresAboveEntry = landing.filter(
      (move) => move.kind === 'hire' && !move.internal && isAboveEntry(move.toLevelId),
    ).length;
    const leadFills = landing.filter(
      (move) =>
        isLeadLevel(move.toLevelId) &&
        (move.fromLevelId !== move.toLevelId || move.fromTeamId !== move.toTeamId),
    );
    const leadInternal = leadFills.filter((move) => move.internal).length;
    const members = people.filter((person) => person.teamId === team.id && person.active !== false);
    const daysInLevel = members.flatMap((person) => {
      const reached = current.get(person.id) ?? person.hireDate ?? null;
      return reached === null ? [] : [Math.max(0, daysBetween(reached, asOf))];
    });
    const exitsAfterStall = leaving.filter((move) => {
      const reached = since.get(move.id) ?? null;
      return reached !== null && daysBetween(reached, move.occurredOn) > stallDays;
    }).length;

    return {
      teamId: team.id,
      teamName: team.name,
      headcount: members.length,
      promotions,
      internalPromotionRate: share(promotions, promotions + externalHiresAboveEntry),
      leadSeatsFilledInternally: leadInternal,
      leadSeatsFilledExternally: leadFills.length - leadInternal,
      internalLeadShare: share(leadInternal, leadFills.length),
      medianDaysInLevel: median(daysInLevel),
      trackSwitches: landing.filter((move) => move.kind === 'track_switch').length,
      exits: leaving.length,
      exitsAfterStall,
    };
  };

  return { window: { from: windowStart, to: asOf }, teams: teams.map(precedentOf) };
};

// The level lookup `teamPrecedent` needs, from one or more framework versions.
export const precedentLevelsOf = (...frameworks: readonly Framework[]): PrecedentLevel[] =>
  frameworks.flatMap((framework) =>
    framework.tracks.flatMap((track) =>
      track.levels.map((level) => ({
        id: level.id,
        trackId: track.id,
        trackKind: track.kind,
        rank: level.rank,
        lead: level.lead === true,
      })),
    ),
  );
