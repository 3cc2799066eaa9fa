import type { MoveKind } from '../moves/move';
import {
  matchesMoveFilter,
  MobilityPathsFilterSchema,
  mobilityPathsReport,
  MobilityTeamsQuerySchema,
  monthsBefore,
  teamMobility,
  type ReportLevel,
} from './mobility-report';
import type { PrecedentMove } from './team-precedent';

const levels: ReportLevel[] = [
  { id: 'pmm1', trackId: 'pmm-ic', name: 'PMM I', trackName: 'PMM IC', discipline: 'Product Marketing' },
  { id: 'pmm2', trackId: 'pmm-ic', name: 'PMM II', trackName: 'PMM IC', discipline: 'Product Marketing' },
  { id: 'mgr', trackId: 'pmm-mgmt', name: 'Manager', trackName: 'PMM Mgmt', discipline: 'Product Marketing' },
  { id: 'eng1', trackId: 'eng-ic', name: 'Engineer I', trackName: 'Eng IC', discipline: 'Engineering' },
];
const teams = [
  { id: 'P', name: 'Product Marketing' },
  { id: 'E', name: 'Engineering' },
];
let seq = 0;
const move = (
  personId: string,
  kind: MoveKind,
  occurredOn: string,
  from: [string, string] | null,
  to: [string, string] | null,
  internal = kind !== 'hire',
): PrecedentMove => ({
  id: `m${String(++seq).padStart(3, '0')}`,
  personId,
  kind,
  occurredOn,
  internal,
  fromLevelId: from?.[0] ?? null,
  fromTeamId: from?.[1] ?? null,
  toLevelId: to?.[0] ?? null,
  toTeamId: to?.[1] ?? null,
});

const moves = [
  move('a', 'hire', '2020-01-01', null, ['pmm1', 'P']),
  move('a', 'promotion', '2023-01-01', ['pmm1', 'P'], ['pmm2', 'P']),
  move('b', 'hire', '2021-01-01', null, ['eng1', 'E']),
  move('b', 'track_switch', '2024-01-01', ['eng1', 'E'], ['pmm1', 'P']),
  move('c', 'hire', '2024-06-01', null, ['mgr', 'P']),
  move('d', 'exit', '2024-07-01', ['eng1', 'E'], null),
];

describe('mobility paths report', () => {
  it('should label flows by level, with the outside world named', () => {
    const report = mobilityPathsReport(moves, {}, levels, teams);
    expect(report.total).toBe(6);
    expect(report.flows).toContainEqual({
      from: 'external',
      to: 'pmm1',
      kind: 'hire',
      count: 1,
      fromLabel: 'Outside the company',
      toLabel: 'PMM I',
    });
    expect(report.explanation).toContain('from one level to another');
  });

  it('should filter by discipline (either end) and kind, and say so', () => {
    const byDiscipline = mobilityPathsReport(moves, { discipline: 'engineering' }, levels, teams);
    expect(byDiscipline.total).toBe(3);
    const byKind = mobilityPathsReport(moves, { kind: 'promotion', by: 'track' }, levels, teams);
    expect(byKind.flows).toEqual([
      { from: 'pmm-ic', to: 'pmm-ic', kind: 'promotion', count: 1, fromLabel: 'PMM IC', toLabel: 'PMM IC' },
    ]);
    expect(byKind.explanation).toContain('Only promotion moves count.');
    expect(byDiscipline.explanation).toContain('engineering level');
  });

  it('should group by team, bound by dates, and label unknown ids', () => {
    const report = mobilityPathsReport(
      [...moves, move('e', 'lateral', '2024-02-01', ['x', 'Z'], ['pmm1', 'P'])],
      { by: 'team', from: '2024-01-01', to: '2024-12-31', teamId: 'P' },
      levels,
      teams,
    );
    expect(report.flows.map((f) => [f.fromLabel, f.toLabel, f.count])).toEqual([
      ['Engineering', 'Product Marketing', 1],
      ['Unknown', 'Product Marketing', 1],
      ['Outside the company', 'Product Marketing', 1],
    ]);
    expect(report.explanation).toContain('from 2024-01-01 to 2024-12-31');
    expect(report.explanation).toContain('chosen team');
    const tracks = mobilityPathsReport(
      [move('f', 'hire', '2024-01-01', null, ['gone', 'P'])],
      { by: 'track', to: '2025-01-01' },
      levels,
      teams,
    );
    expect(tracks.flows[0]?.toLabel).toBe('Unknown');
    expect(tracks.explanation).toContain('from the beginning to 2025-01-01');
  });

  it('should match a discipline only on known levels', () => {
    const disciplines = new Map([['eng1', 'Engineering']]);
    expect(matchesMoveFilter(moves[0], { discipline: 'Engineering' }, disciplines)).toBe(false);
    expect(matchesMoveFilter(moves[5], { discipline: 'Engineering' }, disciplines)).toBe(true);
  });

  it('should validate the query: dates in order, known kinds, no unknown fields', () => {
    expect(MobilityPathsFilterSchema.safeParse({ from: '2024-01-01', to: '2023-01-01' }).success).toBe(false);
    expect(MobilityPathsFilterSchema.safeParse({ kind: 'demotion' }).success).toBe(false);
    expect(MobilityPathsFilterSchema.safeParse({ extra: 1 }).success).toBe(false);
    expect(MobilityPathsFilterSchema.parse({ kind: 'exit' })).toEqual({ kind: 'exit', by: 'level' });
    expect(MobilityTeamsQuerySchema.safeParse({ asOf: '0000-01-01' }).success).toBe(false);
  });
});

describe('team mobility', () => {
  it('should count months back on the calendar', () => {
    expect(monthsBefore('2025-06-30', 24)).toBe('2023-06-30');
  });

  it('should add coverage and pathless aspirations to the precedent figures', () => {
    const report = teamMobility({
      moves,
      people: [
        { id: 'a', teamId: 'P', levelId: 'pmm2', hireDate: '2020-01-01' },
        { id: 'b', teamId: 'P', levelId: 'pmm1', hireDate: '2021-01-01' },
        { id: 'c', teamId: 'P', levelId: 'mgr', hireDate: '2024-06-01' },
        { id: 'd', teamId: 'E', levelId: 'eng1', hireDate: '2019-01-01', active: false },
        { id: 'x', teamId: null, levelId: null },
      ],
      levels: levels.map((level) => ({
        ...level,
        trackKind: level.trackId.endsWith('mgmt') ? ('management' as const) : ('ic' as const),
        rank: level.id === 'pmm2' ? 2 : 1,
      })),
      teams,
      asOf: '2025-01-01',
      conversationIntervalDays: 90,
      // a: 61 days ago (covered); b: 100 days ago (not); c: after asOf (not)
      lastHeldConversations: [
        { personId: 'a', heldOn: '2024-11-01' },
        { personId: 'b', heldOn: '2024-09-23' },
        { personId: 'c', heldOn: '2025-02-01' },
      ],
      // a → mgr: c holds it (a path); b → eng1: nobody on P ever reached it (no path)
      sharedAspirations: [
        { personId: 'a', targetLevelId: 'mgr' },
        { personId: 'b', targetLevelId: 'eng1' },
        { personId: 'd', targetLevelId: 'mgr' },
      ],
      openPositions: [{ teamId: 'E', levelId: 'eng1' }],
    });
    expect(report.window).toEqual({ from: '2023-01-01', to: '2025-01-01' });
    const [p, e] = report.teams;
    expect(p).toMatchObject({
      headcount: 3,
      promotions: 1,
      trackSwitches: 1,
      peopleWithRecentConversation: 1,
      conversationCoverage: 1 / 3,
      aspirationsSharedWithHr: 2,
      aspirationsWithoutPath: 1,
      levelsWithoutPath: ['eng1'],
    });
    expect(e).toMatchObject({ headcount: 0, conversationCoverage: null, aspirationsSharedWithHr: 0 });
    expect(report.definitions.map((d) => d.figure)).toContain('conversationCoverage');
    expect(report.definitions.find((d) => d.figure === 'conversationCoverage')?.definition).toContain(
      '90 days',
    );
  });
});
