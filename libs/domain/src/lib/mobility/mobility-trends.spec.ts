import {
  MAX_TREND_QUARTERS,
  mobilityTrends,
  MobilityTrendsQuerySchema,
  MobilityTrendsSchema,
  quarterLabel,
  quarterStartOf,
  quarterStartsBetween,
  trendWindow,
} from './mobility-trends';

const zero = { hire: 0, promotion: 0, lateral: 0, track_switch: 0, exit: 0 };

describe('quarterStartOf', () => {
  it.each([
    ['2025-01-01', '2025-01-01'],
    ['2025-03-31', '2025-01-01'],
    ['2025-04-01', '2025-04-01'],
    ['2025-08-15', '2025-07-01'],
    ['2024-12-31', '2024-10-01'],
  ])('should put %s in the quarter starting %s', (date, start) => {
    expect(quarterStartOf(date)).toBe(start);
  });

  it('should shift by whole quarters across years', () => {
    expect(quarterStartOf('2025-02-10', -1)).toBe('2024-10-01');
    expect(quarterStartOf('2025-11-30', 1)).toBe('2026-01-01');
    expect(quarterStartOf('2026-12-07', -7)).toBe('2025-01-01');
  });
});

describe('quarterLabel', () => {
  it('should name the quarter and year', () => {
    expect(quarterLabel('2025-01-01')).toBe('Q1 2025');
    expect(quarterLabel('2026-12-07')).toBe('Q4 2026');
  });
});

describe('quarterStartsBetween', () => {
  it('should list every quarter touched by the range, partial ones included', () => {
    expect(quarterStartsBetween('2025-02-15', '2025-07-01')).toEqual([
      '2025-01-01',
      '2025-04-01',
      '2025-07-01',
    ]);
    expect(quarterStartsBetween('2025-05-01', '2025-05-02')).toEqual(['2025-04-01']);
  });
});

describe('trendWindow', () => {
  it('should default to the last eight quarters up to today', () => {
    expect(trendWindow({}, '2026-12-07')).toEqual({ from: '2025-01-01', to: '2026-12-07' });
  });

  it('should count eight quarters back from `to` when only `to` is given', () => {
    expect(trendWindow({ to: '2025-05-10' }, '2026-12-07')).toEqual({ from: '2023-07-01', to: '2025-05-10' });
  });

  it('should end today when only `from` is given, or on `from` if it is later', () => {
    expect(trendWindow({ from: '2026-02-01' }, '2026-12-07')).toEqual({
      from: '2026-02-01',
      to: '2026-12-07',
    });
    expect(trendWindow({ from: '2027-02-01' }, '2026-12-07')).toEqual({
      from: '2027-02-01',
      to: '2027-02-01',
    });
  });

  it('should keep a window given in full', () => {
    expect(trendWindow({ from: '2020-01-01', to: '2020-02-01' }, '2026-12-07')).toEqual({
      from: '2020-01-01',
      to: '2020-02-01',
    });
  });
});

describe('mobilityTrends', () => {
  it('should fill every quarter of the window with every kind, zeros included', () => {
    const trends = mobilityTrends({ from: '2025-02-15', to: '2025-09-30' }, [
      { quarterStart: '2025-01-01', kind: 'hire', count: 3 },
      { quarterStart: '2025-01-01', kind: 'exit', count: 1 },
      { quarterStart: '2025-07-01', kind: 'promotion', count: 2 },
    ]);
    expect(trends).toEqual({
      bucket: 'quarter',
      from: '2025-02-15',
      to: '2025-09-30',
      periods: [
        { start: '2025-01-01', label: 'Q1 2025', counts: { ...zero, hire: 3, exit: 1 } },
        { start: '2025-04-01', label: 'Q2 2025', counts: zero },
        { start: '2025-07-01', label: 'Q3 2025', counts: { ...zero, promotion: 2 } },
      ],
    });
    expect(MobilityTrendsSchema.parse(trends)).toEqual(trends);
  });

  it('should ignore counts outside the window and add up repeated rows', () => {
    const trends = mobilityTrends({ from: '2025-01-01', to: '2025-03-31' }, [
      { quarterStart: '2024-10-01', kind: 'hire', count: 9 },
      { quarterStart: '2025-01-01', kind: 'lateral', count: 1 },
      { quarterStart: '2025-02-01', kind: 'lateral', count: 2 },
    ]);
    expect(trends.periods).toEqual([
      { start: '2025-01-01', label: 'Q1 2025', counts: { ...zero, lateral: 3 } },
    ]);
  });

  it('should give eight empty quarters for an empty default window', () => {
    const trends = mobilityTrends(trendWindow({}, '2026-12-07'), []);
    expect(trends.periods.map((period) => period.label)).toEqual([
      'Q1 2025',
      'Q2 2025',
      'Q3 2025',
      'Q4 2025',
      'Q1 2026',
      'Q2 2026',
      'Q3 2026',
      'Q4 2026',
    ]);
    expect(trends.periods.every((period) => Object.values(period.counts).every((n) => n === 0))).toBe(true);
  });
});

describe('MobilityTrendsQuerySchema', () => {
  it('should accept the paths filters without `by`', () => {
    expect(
      MobilityTrendsQuerySchema.parse({
        from: '2025-01-01',
        to: '2025-12-31',
        discipline: ' PMM ',
        kind: 'exit',
      }),
    ).toEqual({ from: '2025-01-01', to: '2025-12-31', discipline: 'PMM', kind: 'exit' });
  });

  it.each([
    { kind: 'demotion' },
    { from: '2025-01-01', to: '2024-01-01' },
    { teamId: 'x' },
    { from: 'yesterday' },
    { by: 'team' },
  ])('should refuse %o', (query) => {
    expect(MobilityTrendsQuerySchema.safeParse(query).success).toBe(false);
  });

  it('should allow ten calendar years as the longest window', () => {
    expect(quarterStartsBetween('2016-01-01', '2025-12-31')).toHaveLength(MAX_TREND_QUARTERS);
  });
});
