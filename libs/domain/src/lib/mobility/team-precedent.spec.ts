import fc from 'fast-check';

import type { Framework } from '../frameworks/framework';
import { MOVE_KINDS, type MoveKind } from '../moves/move';
import {
  MobilityTeamsSchema,
  precedentLevelsOf,
  teamPrecedent,
  type PrecedentLevel,
  type PrecedentMove,
  type PrecedentPerson,
  type TeamPrecedent,
} from './team-precedent';

// A small org: Product Marketing (P) promotes and fills one of its two manager
// seats from inside; Growth (G) promotes; Platform (F) hires its lead from
// outside and loses an engineer after six years in level.
const levels: PrecedentLevel[] = [
  { id: 'pmm1', trackId: 'pmm-ic', trackKind: 'ic', rank: 1 },
  { id: 'pmm2', trackId: 'pmm-ic', trackKind: 'ic', rank: 2 },
  { id: 'spmm', trackId: 'pmm-ic', trackKind: 'ic', rank: 3 },
  { id: 'mpmm', trackId: 'pmm-mgmt', trackKind: 'management', rank: 0 },
  { id: 'pm2', trackId: 'pm-ic', trackKind: 'ic', rank: 2 },
  { id: 'eng1', trackId: 'eng-ic', trackKind: 'ic', rank: 1 },
  { id: 'eng2', trackId: 'eng-ic', trackKind: 'ic', rank: 2 },
  { id: 'senior', trackId: 'eng-ic', trackKind: 'ic', rank: 3 },
  { id: 'lead-eng', trackId: 'eng-ic', trackKind: 'ic', rank: 4, lead: true },
];
const teams = [
  { id: 'P', name: 'Product Marketing' },
  { id: 'G', name: 'Growth' },
  { id: 'F', name: 'Platform' },
];

let seq = 0;
const move = (
  personId: string,
  kind: MoveKind,
  occurredOn: string,
  from: [string, string] | null,
  to: [string, string] | null,
  internal = kind !== 'hire',
): PrecedentMove => {
  seq += 1;
  return {
    id: `m${String(seq).padStart(2, '0')}`,
    personId,
    kind,
    occurredOn,
    internal,
    fromLevelId: from?.[0] ?? null,
    fromTeamId: from?.[1] ?? null,
    toLevelId: to?.[0] ?? null,
    toTeamId: to?.[1] ?? null,
  };
};

const moves: PrecedentMove[] = [
  move('priya', 'hire', '2019-01-01', null, ['pmm1', 'P']),
  move('priya', 'promotion', '2021-01-01', ['pmm1', 'P'], ['pmm2', 'P']),
  move('priya', 'promotion', '2023-01-01', ['pmm2', 'P'], ['spmm', 'P']),
  move('sam', 'hire', '2022-09-01', null, ['pmm2', 'P']),
  move('sam', 'lateral', '2025-01-01', ['pmm2', 'P'], ['pm2', 'G']),
  move('morgan', 'hire', '2020-05-01', null, ['mpmm', 'P']),
  move('dana', 'hire', '2023-03-01', null, ['mpmm', 'P']),
  move('kim', 'hire', '2019-06-01', null, ['spmm', 'P']),
  move('kim', 'track_switch', '2024-02-01', ['spmm', 'P'], ['mpmm', 'P']),
  move('lee', 'hire', '2021-05-01', null, ['eng2', 'G']),
  move('lee', 'promotion', '2023-05-01', ['eng2', 'G'], ['senior', 'G']),
  move('ray', 'hire', '2023-01-01', null, ['eng1', 'G']),
  move('old', 'hire', '2018-01-01', null, ['eng2', 'F']),
  move('old', 'lateral', '2020-01-01', ['eng2', 'F'], ['eng2', 'F']),
  move('old', 'exit', '2024-01-01', ['eng2', 'F'], null, false),
  move('kai', 'hire', '2022-01-01', null, ['senior', 'F']),
  move('kai', 'exit', '2024-06-01', ['senior', 'F'], null, false),
  move('zoe', 'hire', '2023-07-01', null, ['lead-eng', 'F']),
  // After `asOf`: not history yet.
  move('ray', 'promotion', '2025-09-01', ['eng1', 'G'], ['eng2', 'G']),
];

const people: PrecedentPerson[] = [
  { id: 'priya', teamId: 'P', levelId: 'spmm' },
  { id: 'morgan', teamId: 'P', levelId: 'mpmm' },
  { id: 'dana', teamId: 'P', levelId: 'mpmm' },
  { id: 'kim', teamId: 'P', levelId: 'mpmm' },
  { id: 'sam', teamId: 'G', levelId: 'pm2' },
  { id: 'lee', teamId: 'G', levelId: 'senior' },
  { id: 'ray', teamId: 'G', levelId: 'eng1' },
  { id: 'zoe', teamId: 'F', levelId: 'lead-eng' },
  { id: 'old', teamId: 'F', levelId: 'eng2', active: false },
  { id: 'kai', teamId: 'F', levelId: 'senior', active: false },
];

const ASOF = '2025-06-30';
const precedent = (options: { windowStart?: string; stallYears?: number } = {}) =>
  teamPrecedent({ moves, people, levels, teams, asOf: ASOF, ...options });
const team = (result: { teams: TeamPrecedent[] }, teamId: string) =>
  result.teams.find((row) => row.teamId === teamId);

describe('teamPrecedent over the three years before asOf', () => {
  const result = precedent();

  it('should report the window it used', () => {
    expect(result.window).toEqual({ from: '2022-06-30', to: ASOF });
    expect(result.teams.map((row) => row.teamName)).toEqual(['Product Marketing', 'Growth', 'Platform']);
  });

  it.each<[string, Partial<TeamPrecedent>]>([
    [
      'P',
      {
        headcount: 4,
        promotions: 1,
        // Priya's promotion against Sam's hire at PMM II and Dana's as manager.
        internalPromotionRate: 1 / 3,
        leadSeatsFilledInternally: 1,
        leadSeatsFilledExternally: 1,
        internalLeadShare: 0.5,
        // Kim 515, Dana 852, Priya 911, Morgan 1886 days.
        medianDaysInLevel: 882,
        trackSwitches: 1,
        exits: 0,
        exitsAfterStall: 0,
      },
    ],
    [
      'G',
      {
        headcount: 3,
        promotions: 1,
        // Ray's hire is at entry level: nobody could have been promoted into it.
        internalPromotionRate: 1,
        leadSeatsFilledInternally: 0,
        leadSeatsFilledExternally: 0,
        internalLeadShare: null,
        // Sam 180 (a new level after the lateral move), Lee 791, Ray 911.
        medianDaysInLevel: 791,
        trackSwitches: 0,
      },
    ],
    [
      'F',
      {
        headcount: 1,
        promotions: 0,
        internalPromotionRate: 0,
        leadSeatsFilledInternally: 0,
        leadSeatsFilledExternally: 1,
        internalLeadShare: 0,
        medianDaysInLevel: 730,
        exits: 2,
        // Six years at Engineer II (the same-level lateral move did not reset it); Kai left after 2.4.
        exitsAfterStall: 1,
      },
    ],
  ])('should give team %s its precedent', (teamId, expected) => {
    expect(team(result, teamId)).toMatchObject(expected);
  });
});

describe('teamPrecedent options', () => {
  it('should count only the moves inside a shorter window', () => {
    const result = precedent({ windowStart: '2024-01-01' });
    expect(team(result, 'P')).toMatchObject({
      promotions: 0,
      internalPromotionRate: null,
      internalLeadShare: 1,
    });
    expect(team(result, 'F')).toMatchObject({ exits: 2, exitsAfterStall: 1 });
  });

  it('should take a longer stall threshold', () => {
    expect(team(precedent({ stallYears: 7 }), 'F')?.exitsAfterStall).toBe(0);
  });

  it('should fall back to the hire date for people without moves, and leave unknowns out', () => {
    const result = teamPrecedent({
      moves: [],
      people: [
        { id: 'a', teamId: 'G', levelId: 'eng1', hireDate: '2025-06-20' },
        { id: 'b', teamId: 'G', levelId: 'eng1' },
      ],
      levels,
      teams,
      asOf: ASOF,
    });
    expect(team(result, 'G')).toMatchObject({ headcount: 2, medianDaysInLevel: 10 });
    expect(team(result, 'P')).toMatchObject({
      headcount: 0,
      medianDaysInLevel: null,
      internalPromotionRate: null,
    });
  });

  it('should not count a stall it cannot date', () => {
    const exit = move('x', 'exit', '2024-01-01', ['eng2', 'F'], null, false);
    expect(team(teamPrecedent({ moves: [exit], people: [], levels, teams, asOf: ASOF }), 'F')).toMatchObject({
      exits: 1,
      exitsAfterStall: 0,
    });
  });
});

describe('MobilityTeamsSchema', () => {
  it('should describe the answer of GET /api/mobility/teams', () => {
    const teamId = '00000000-0000-4000-8000-000000000600';
    const result = teamPrecedent({
      moves: [],
      people: [],
      levels,
      teams: [{ id: teamId, name: 'Growth' }],
      asOf: ASOF,
    });
    expect(MobilityTeamsSchema.parse(result)).toEqual(result);
  });
});

describe('precedentLevelsOf', () => {
  it('should flatten the tracks of framework versions into levels', () => {
    const framework = {
      tracks: [
        {
          id: 't1',
          kind: 'ic',
          levels: [
            { id: 'l1', rank: 1, lead: true },
            { id: 'l2', rank: 2 },
          ],
        },
        { id: 't2', kind: 'management', levels: [{ id: 'l3', rank: 0 }] },
      ],
    } as unknown as Framework;
    expect(precedentLevelsOf(framework)).toEqual([
      { id: 'l1', trackId: 't1', trackKind: 'ic', rank: 1, lead: true },
      { id: 'l2', trackId: 't1', trackKind: 'ic', rank: 2, lead: false },
      { id: 'l3', trackId: 't2', trackKind: 'management', rank: 0, lead: false },
    ]);
  });
});

const moveArb: fc.Arbitrary<PrecedentMove> = fc.record({
  id: fc.uuid(),
  personId: fc.constantFrom('p1', 'p2', 'p3'),
  kind: fc.constantFrom(...MOVE_KINDS),
  occurredOn: fc
    .date({ min: new Date('2018-01-01'), max: new Date('2026-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  internal: fc.boolean(),
  fromLevelId: fc.option(fc.constantFrom(...levels.map((level) => level.id)), { nil: null }),
  fromTeamId: fc.option(fc.constantFrom('P', 'G', 'F', 'elsewhere'), { nil: null }),
  toLevelId: fc.option(fc.constantFrom(...levels.map((level) => level.id)), { nil: null }),
  toTeamId: fc.option(fc.constantFrom('P', 'G', 'F', 'elsewhere'), { nil: null }),
});

describe('teamPrecedent properties', () => {
  it('should give non-negative counts, shares within [0, 1], and promotions that add up', () => {
    fc.assert(
      fc.property(fc.array(moveArb, { maxLength: 40 }), (history) => {
        const result = teamPrecedent({ moves: history, people, levels, teams, asOf: ASOF });
        const promotions = history.filter(
          (m) =>
            m.kind === 'promotion' &&
            m.occurredOn >= result.window.from &&
            m.occurredOn <= ASOF &&
            ['P', 'G', 'F'].includes(m.toTeamId ?? ''),
        ).length;
        expect(result.teams.reduce((sum, row) => sum + row.promotions, 0)).toBe(promotions);
        for (const row of result.teams) {
          for (const count of [
            row.promotions,
            row.exits,
            row.exitsAfterStall,
            row.trackSwitches,
            row.leadSeatsFilledExternally,
            row.leadSeatsFilledInternally,
          ])
            expect(count).toBeGreaterThanOrEqual(0);
          for (const rate of [row.internalPromotionRate, row.internalLeadShare])
            if (rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
          expect(row.exitsAfterStall).toBeLessThanOrEqual(row.exits);
        }
      }),
    );
  });
});
