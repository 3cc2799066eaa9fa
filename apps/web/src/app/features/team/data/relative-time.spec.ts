import { relativeTime } from './relative-time';

describe('relativeTime', () => {
  const now = new Date('2026-11-22T12:00:00Z');

  it.each([
    ['2026-11-22T11:59:40Z', 'just now'],
    ['2026-11-22T11:30:00Z', '30 minutes ago'],
    ['2026-11-21T12:00:00Z', 'yesterday'],
    ['2026-11-19T12:00:00Z', '3 days ago'],
    ['2026-11-01T12:00:00Z', '3 weeks ago'],
    ['2026-09-03T15:45:00Z', '3 months ago'],
    ['2026-11-20T09:00:00Z', '2 days ago'],
    ['2025-10-01T12:00:00Z', 'last year'],
    ['2026-11-29T12:00:00Z', 'next week'],
    ['2026-12-10T12:00:00Z', 'in 3 weeks'],
  ])('should read %s as "%s"', (iso, expected) => {
    expect(relativeTime(iso, now)).toBe(expected);
  });

  it('should answer nothing for a date it cannot read', () => {
    expect(relativeTime('not a date', now)).toBe('');
  });
});
