import { z } from 'zod';

import { MOVE_KINDS, MoveKindSchema, type MoveKind } from '../moves/move';
import { storableDate } from '../storage/storable';

// Moves per calendar quarter, by kind (GET /api/mobility/trends). The same
// filters, and the same moves counted, as GET /api/mobility/paths
// (mobility-report.ts): every move whose `occurredOn` is in [from, to]
// (inclusive), optionally only those leaving or landing on a team, leaving or
// landing on a level of a discipline, or of one kind. Hires and exits count.
//
// Decisions:
// - Quarters are calendar quarters in UTC dates (Q1 = January to March). The
//   first and last quarters may be partial: only the days of the window count.
// - Every quarter of the window is listed, empty ones with zeros, and every
//   kind appears in `counts`, so a chart needs no gap-filling of its own.
// - Without `from`, the window starts DEFAULT_TREND_QUARTERS quarters back
//   (the quarter of `to` included); without `to`, it ends today. A window is at
//   most MAX_TREND_QUARTERS quarters long, so an answer stays small.

export const DEFAULT_TREND_QUARTERS = 8;
export const MAX_TREND_QUARTERS = 40;

export const MobilityTrendsQuerySchema = z
  .strictObject({
    from: storableDate('from is a date (YYYY-MM-DD)').optional(),
    to: storableDate('to is a date (YYYY-MM-DD)').optional(),
    teamId: z.uuid({ error: 'teamId must be a team id' }).optional(),
    discipline: z.string().trim().min(1).max(200).optional(),
    kind: MoveKindSchema.optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    error: 'from must not be after to',
    path: ['to'],
  });
export type MobilityTrendsQuery = z.infer<typeof MobilityTrendsQuerySchema>;

const count = z.number().int().min(0);

/** A count for every kind of move, zero included. */
export const MoveCountsSchema = z.object(
  Object.fromEntries(MOVE_KINDS.map((kind) => [kind, count])) as Record<MoveKind, typeof count>,
);
export type MoveCounts = z.infer<typeof MoveCountsSchema>;

export const MobilityTrendPeriodSchema = z.object({
  start: z.iso
    .date()
    .describe('First day of the calendar quarter (YYYY-MM-DD), even when the window starts later'),
  label: z.string().describe('The quarter in words, e.g. "Q1 2025"'),
  counts: MoveCountsSchema.describe('Moves of each kind in the quarter, within the window'),
});
export type MobilityTrendPeriod = z.infer<typeof MobilityTrendPeriodSchema>;

export const MobilityTrendsSchema = z
  .object({
    bucket: z.literal('quarter').describe('How moves are grouped in time: calendar quarters'),
    from: z.iso.date().describe('First day counted (the `from` asked for, or its default)'),
    to: z.iso.date().describe('Last day counted (the `to` asked for, or today)'),
    periods: z
      .array(MobilityTrendPeriodSchema)
      .describe('Every quarter of the window, oldest first, empty ones included'),
  })
  .meta({ id: 'MobilityTrends' });
export type MobilityTrends = z.infer<typeof MobilityTrendsSchema>;

/** What the database counts: moves of one kind in one quarter (its first day). */
export interface QuarterKindCount {
  quarterStart: string;
  kind: MoveKind;
  count: number;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);
const parse = (date: string) => new Date(`${date}T00:00:00Z`);

/** The first day of the calendar quarter holding `date`, `shift` quarters later (or earlier if negative). */
export const quarterStartOf = (date: string, shift = 0): string => {
  const day = parse(date);
  const quarter = Math.floor(day.getUTCMonth() / 3) + shift;
  return iso(new Date(Date.UTC(day.getUTCFullYear(), quarter * 3, 1)));
};

/** "Q1 2025" for any day of that quarter. */
export const quarterLabel = (date: string): string => {
  const day = parse(date);
  return `Q${Math.floor(day.getUTCMonth() / 3) + 1} ${day.getUTCFullYear()}`;
};

/** The first days of the quarters from the one holding `from` to the one holding `to`. */
export const quarterStartsBetween = (from: string, to: string): string[] => {
  const starts: string[] = [];
  for (let start = quarterStartOf(from); start <= to; start = quarterStartOf(start, 1)) starts.push(start);
  return starts;
};

/** The days counted: the query's, or the defaults (see the decisions above). */
export const trendWindow = (
  query: Pick<MobilityTrendsQuery, 'from' | 'to'>,
  today: string,
): { from: string; to: string } => {
  const to = query.to ?? (query.from && query.from > today ? query.from : today);
  return { from: query.from ?? quarterStartOf(to, 1 - DEFAULT_TREND_QUARTERS), to };
};

/** Every quarter of the window with its counts, zero-filled; counts outside the window are ignored. */
export const mobilityTrends = (
  window: { from: string; to: string },
  counts: readonly QuarterKindCount[],
): MobilityTrends => {
  const periods = quarterStartsBetween(window.from, window.to).map((start): MobilityTrendPeriod => ({
    start,
    label: quarterLabel(start),
    counts: Object.fromEntries(MOVE_KINDS.map((kind) => [kind, 0])) as MoveCounts,
  }));
  const byStart = new Map(periods.map((period) => [period.start, period]));
  for (const row of counts) {
    const period = byStart.get(quarterStartOf(row.quarterStart));
    if (period) period.counts[row.kind] += row.count;
  }
  return { bucket: 'quarter', from: window.from, to: window.to, periods };
};
