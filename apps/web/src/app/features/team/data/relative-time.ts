// "3 days ago", "in 2 weeks", "yesterday": how long ago (or until) an instant,
// in the largest unit that fits. The exact date goes in a tooltip or beside it.

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

export const relativeTime = (iso: string, now: Date = new Date()): string => {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const seconds = (at - now.getTime()) / 1000;
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return 'just now';
};
