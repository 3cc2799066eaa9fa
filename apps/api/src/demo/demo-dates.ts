/**
 * The demo's story is written around one day: its "upcoming" conversations,
 * "recent" evidence and "overdue" actions are relative to it. A demo started
 * weeks later shifts every date forward by whole weeks (weekdays stay right),
 * so the story still reads as if it were happening now.
 */
export const DEMO_STORY_DAY = '2026-11-22';

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Days to add to the story's dates for a demo seeded on `today`: whole weeks, never backwards. */
export const demoDateShiftDays = (today: Date): number => {
  const elapsedDays = Math.floor((today.getTime() - Date.parse(`${DEMO_STORY_DAY}T00:00:00Z`)) / DAY_MS);
  return elapsedDays <= 0 ? 0 : Math.floor(elapsedDays / 7) * 7;
};

const shiftValue = (value: unknown, days: number): unknown => {
  if (value instanceof Date) return new Date(value.getTime() + days * DAY_MS);
  if (Array.isArray(value)) return value.map((item) => shiftValue(item, days));
  if (typeof value === 'string' && DATE_ONLY.test(value))
    return new Date(Date.parse(`${value}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
  if (typeof value === 'string' && TIMESTAMP.test(value))
    return new Date(Date.parse(value) + days * DAY_MS).toISOString();
  return value;
};

/**
 * The same rows with every date and time moved `days` forward: `Date` values,
 * `YYYY-MM-DD` and ISO 8601 timestamp strings, also inside arrays. Free text
 * is never touched (only whole values that are dates).
 */
export const shiftDemoDates = <T extends object>(rows: readonly T[], days: number): T[] =>
  days === 0
    ? [...rows]
    : rows.map(
        (row) =>
          Object.fromEntries(Object.entries(row).map(([key, value]) => [key, shiftValue(value, days)])) as T,
      );
