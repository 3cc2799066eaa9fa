import { fromLocalInput, suggestedTimes, toLocalInput } from './proposed-times';

describe('proposed times', () => {
  describe('suggestedTimes', () => {
    it('should suggest the next three working days at 10:00', () => {
      // Thursday 19 November 2026, afternoon.
      const times = suggestedTimes(new Date(2026, 10, 19, 15, 30));

      expect(times.map(toLocalInput)).toEqual(['2026-11-20T10:00', '2026-11-23T10:00', '2026-11-24T10:00']);
    });

    it('should skip the weekend when asked on a Saturday', () => {
      const times = suggestedTimes(new Date(2026, 10, 21, 9, 0), 2);

      expect(times.map(toLocalInput)).toEqual(['2026-11-23T10:00', '2026-11-24T10:00']);
    });

    it('should never suggest today, even before 10:00', () => {
      const [first] = suggestedTimes(new Date(2026, 10, 23, 8, 0), 1);

      expect(first && toLocalInput(first)).toBe('2026-11-24T10:00');
    });
  });

  describe('toLocalInput and fromLocalInput', () => {
    it('should write a date as a datetime-local value and read it back as the same instant', () => {
      const date = new Date(2026, 0, 5, 9, 7);

      expect(toLocalInput(date)).toBe('2026-01-05T09:07');
      expect(fromLocalInput('2026-01-05T09:07')).toBe(date.toISOString());
    });

    it('should refuse what is not a date and time', () => {
      expect(fromLocalInput('')).toBeNull();
      expect(fromLocalInput('2026-01-05')).toBeNull();
      expect(fromLocalInput('tomorrow at ten')).toBeNull();
      expect(fromLocalInput('2026-13-45T99:99')).toBeNull();
    });
  });
});
