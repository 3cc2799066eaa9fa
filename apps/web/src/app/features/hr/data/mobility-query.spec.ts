import { parseMobilityQuery, pathsFilterOf, quartersOf, rangeIsInverted } from './mobility-query';

const TEAM = '6449582b-7a0a-5751-b67f-674f332a41be';

describe('mobility query', () => {
  it('should keep well-formed filters and default to flows between levels', () => {
    expect(
      parseMobilityQuery({
        from: '2025-01-01',
        teamId: TEAM,
        kind: 'promotion',
        discipline: ' Engineering ',
      }),
    ).toEqual({
      from: '2025-01-01',
      to: null,
      teamId: TEAM,
      discipline: 'Engineering',
      kind: 'promotion',
      by: 'level',
    });
  });

  it('should drop what the API would refuse', () => {
    expect(
      parseMobilityQuery({
        from: 'last year',
        to: '2025-02-30x',
        teamId: 'growth',
        kind: 'demotion',
        by: 'person',
      }),
    ).toEqual({ from: null, to: null, teamId: null, discipline: null, kind: null, by: 'level' });
  });

  it('should notice a range that ends before it starts', () => {
    expect(rangeIsInverted(parseMobilityQuery({ from: '2025-06-01', to: '2025-01-01' }))).toBe(true);
    expect(rangeIsInverted(parseMobilityQuery({ from: '2025-01-01', to: '2025-01-01' }))).toBe(false);
  });

  it('should send only the filters that are set', () => {
    expect(pathsFilterOf(parseMobilityQuery({ by: 'team', kind: 'exit' }))).toEqual({
      by: 'team',
      kind: 'exit',
    });
  });
});

describe('quartersOf', () => {
  it('should give the last eight quarters up to today by default', () => {
    const quarters = quartersOf(null, null, '2026-12-07');

    expect(quarters).toHaveLength(8);
    expect(quarters[0]).toEqual({ key: '2025-Q1', label: 'Q1 2025', from: '2025-01-01', to: '2025-03-31' });
    expect(quarters[7]).toEqual({ key: '2026-Q4', label: 'Q4 2026', from: '2026-10-01', to: '2026-12-07' });
  });

  it('should clip the first and last quarters to the range', () => {
    expect(quartersOf('2025-02-15', '2025-05-10', '2026-12-07')).toEqual([
      { key: '2025-Q1', label: 'Q1 2025', from: '2025-02-15', to: '2025-03-31' },
      { key: '2025-Q2', label: 'Q2 2025', from: '2025-04-01', to: '2025-05-10' },
    ]);
  });

  it('should keep the most recent quarters of a long range', () => {
    const quarters = quartersOf('2020-01-01', '2025-12-31', '2026-12-07', 4);

    expect(quarters.map((q) => q.key)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
  });
});
