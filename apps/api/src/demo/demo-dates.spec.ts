import { demoDateShiftDays, shiftDemoDates } from './demo-dates';

describe('demo dates', () => {
  it('should not shift a demo seeded on or before its story day', () => {
    expect(demoDateShiftDays(new Date('2026-11-22T18:00:00Z'))).toBe(0);
    expect(demoDateShiftDays(new Date('2026-01-01T00:00:00Z'))).toBe(0);
  });

  it('should shift by whole weeks only, so weekdays stay what the story says', () => {
    expect(demoDateShiftDays(new Date('2026-11-28T23:59:00Z'))).toBe(0);
    expect(demoDateShiftDays(new Date('2026-11-29T00:00:00Z'))).toBe(7);
    expect(demoDateShiftDays(new Date('2026-12-07T23:04:00Z'))).toBe(14);
  });

  it('should move dates, timestamps and Date values, also inside arrays, and nothing else', () => {
    const [row] = shiftDemoDates(
      [
        {
          occurredOn: '2026-11-20',
          scheduledAt: new Date('2026-12-02T16:00:00Z'),
          proposedTimes: ['2026-11-25T15:00:00Z', '2026-11-26T17:30:00.000Z'],
          body: 'Met on 2026-11-20 to plan the launch',
          version: 3,
          dueOn: null,
        },
      ],
      14,
    );

    expect(row).toEqual({
      occurredOn: '2026-12-04',
      scheduledAt: new Date('2026-12-16T16:00:00Z'),
      proposedTimes: ['2026-12-09T15:00:00.000Z', '2026-12-10T17:30:00.000Z'],
      body: 'Met on 2026-11-20 to plan the launch',
      version: 3,
      dueOn: null,
    });
  });

  it('should leave the rows as they are when there is nothing to shift', () => {
    const rows = [{ occurredOn: '2026-11-20' }];

    expect(shiftDemoDates(rows, 0)).toEqual(rows);
  });
});
