import fc from 'fast-check';

import { MOVE_KINDS, type MoveKind } from '../moves/move';
import {
  FLOW_EXTERNAL,
  FLOW_UNKNOWN,
  matchesFlowQuery,
  mobilityFlows,
  MobilityPathsQuerySchema,
  MobilityPathsSchema,
  type FlowMove,
  type MobilityPathsQuery,
} from './mobility-paths';

const move = (
  kind: MoveKind,
  occurredOn: string,
  from: [string, string] | null,
  to: [string, string] | null,
): FlowMove => ({
  kind,
  occurredOn,
  fromLevelId: from?.[0] ?? null,
  fromTeamId: from?.[1] ?? null,
  toLevelId: to?.[0] ?? null,
  toTeamId: to?.[1] ?? null,
});

const moves: FlowMove[] = [
  move('hire', '2022-02-01', null, ['pmm1', 'P']),
  move('hire', '2023-02-01', null, ['pmm1', 'P']),
  move('promotion', '2023-06-01', ['pmm1', 'P'], ['pmm2', 'P']),
  move('promotion', '2024-06-01', ['pmm1', 'P'], ['pmm2', 'P']),
  move('lateral', '2024-09-01', ['pmm2', 'P'], ['pm2', 'G']),
  move('track_switch', '2024-10-01', ['spmm', 'P'], ['mpmm', 'P']),
  move('exit', '2025-01-15', ['eng2', 'F'], null),
];
const levels = [
  { id: 'pmm1', trackId: 'pmm-ic' },
  { id: 'pmm2', trackId: 'pmm-ic' },
  { id: 'spmm', trackId: 'pmm-ic' },
  { id: 'mpmm', trackId: 'pmm-mgmt' },
  { id: 'pm2', trackId: 'pm-ic' },
];

describe('mobilityFlows', () => {
  it('should count flows between levels, most travelled first', () => {
    expect(mobilityFlows(moves)).toEqual({
      by: 'level',
      flows: [
        { from: FLOW_EXTERNAL, to: 'pmm1', kind: 'hire', count: 2 },
        { from: 'pmm1', to: 'pmm2', kind: 'promotion', count: 2 },
        { from: 'eng2', to: FLOW_EXTERNAL, kind: 'exit', count: 1 },
        { from: 'pmm2', to: 'pm2', kind: 'lateral', count: 1 },
        { from: 'spmm', to: 'mpmm', kind: 'track_switch', count: 1 },
      ],
    });
  });

  it.each<[string, Partial<MobilityPathsQuery>, number]>([
    ['from a date', { from: '2024-01-01' }, 4],
    ['up to a date', { to: '2023-06-01' }, 3],
    ['within a window', { from: '2023-01-01', to: '2023-12-31' }, 2],
    ['touching a team, leaving or landing', { teamId: 'G' }, 1],
    ['of a team that nobody left or joined', { teamId: 'X' }, 0],
  ])('should keep the moves %s', (_case, query, total) => {
    expect(mobilityFlows(moves, query).flows.reduce((sum, flow) => sum + flow.count, 0)).toBe(total);
  });

  it('should group by track, showing unknown levels rather than dropping them', () => {
    const flows = mobilityFlows(moves, { by: 'track' }, levels).flows;
    expect(flows).toContainEqual({ from: 'pmm-ic', to: 'pmm-ic', kind: 'promotion', count: 2 });
    expect(flows).toContainEqual({ from: 'pmm-ic', to: 'pmm-mgmt', kind: 'track_switch', count: 1 });
    expect(flows).toContainEqual({ from: FLOW_UNKNOWN, to: FLOW_EXTERNAL, kind: 'exit', count: 1 });
  });

  it('should group by team', () => {
    const flows = mobilityFlows(moves, { by: 'team' }).flows;
    expect(flows).toContainEqual({ from: 'P', to: 'G', kind: 'lateral', count: 1 });
    expect(flows).toContainEqual({ from: FLOW_EXTERNAL, to: 'P', kind: 'hire', count: 2 });
  });

  it('should produce the MobilityPaths shape', () => {
    const paths = mobilityFlows(moves);
    expect(MobilityPathsSchema.parse(paths)).toEqual(paths);
  });
});

describe('MobilityPathsQuerySchema', () => {
  it('should default to flows between levels', () => {
    expect(MobilityPathsQuerySchema.parse({})).toEqual({ by: 'level' });
  });

  it.each([
    [{ from: '2025-01-01', to: '2024-01-01' }, 'to', 'from must not be after to'],
    [{ from: 'last year' }, 'from', 'from is a date (YYYY-MM-DD)'],
    [{ teamId: 'growth' }, 'teamId', 'teamId must be a team id'],
    [{ by: 'person' }, 'by', undefined],
    [{ levelId: 'x' }, '', undefined],
  ])('should reject %j at %j', (query, path, message) => {
    const issue = MobilityPathsQuerySchema.safeParse(query).error?.issues.find(
      (candidate) => candidate.path.join('.') === path,
    );
    expect(issue).toBeDefined();
    if (message) expect(issue?.message).toBe(message);
  });
});

const moveArb: fc.Arbitrary<FlowMove> = fc.record({
  kind: fc.constantFrom(...MOVE_KINDS),
  occurredOn: fc.constantFrom('2022-01-01', '2023-05-05', '2024-12-31'),
  fromLevelId: fc.option(fc.constantFrom('pmm1', 'pmm2', 'nowhere'), { nil: null }),
  fromTeamId: fc.option(fc.constantFrom('P', 'G'), { nil: null }),
  toLevelId: fc.option(fc.constantFrom('pmm1', 'pmm2', 'mpmm'), { nil: null }),
  toTeamId: fc.option(fc.constantFrom('P', 'G'), { nil: null }),
});
const queryArb: fc.Arbitrary<Partial<MobilityPathsQuery>> = fc.record(
  {
    from: fc.constantFrom('2022-06-01', '2023-05-05'),
    to: fc.constantFrom('2023-05-05', '2025-01-01'),
    teamId: fc.constantFrom('P', 'G'),
    by: fc.constantFrom('level' as const, 'track' as const, 'team' as const),
  },
  { requiredKeys: [] },
);

describe('mobilityFlows properties', () => {
  it('should give positive counts that add up to the moves matching the query', () => {
    fc.assert(
      fc.property(fc.array(moveArb, { maxLength: 30 }), queryArb, (history, query) => {
        const { flows } = mobilityFlows(history, query, levels);
        const total = flows.reduce((sum, flow) => sum + flow.count, 0);
        return (
          flows.every((flow) => flow.count > 0) &&
          total === history.filter((m) => matchesFlowQuery(m, query)).length
        );
      }),
    );
  });

  it('should not depend on the order of the moves', () => {
    fc.assert(
      fc.property(
        fc
          .array(moveArb, { maxLength: 20 })
          .chain((history) =>
            fc.tuple(fc.constant(history), fc.shuffledSubarray(history, { minLength: history.length })),
          ),
        queryArb,
        ([history, shuffled], query) => {
          expect(mobilityFlows(shuffled, query, levels)).toEqual(mobilityFlows(history, query, levels));
        },
      ),
    );
  });
});
