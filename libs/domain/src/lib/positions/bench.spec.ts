import fc from 'fast-check';

import { rankBench, type BenchCandidateInput, type BenchViewer } from './bench';
import { BenchSchema } from './position';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const MANAGER_PMM = id(21);
const PM = id(31);
const seat = { id: id(500), levelId: MANAGER_PMM };

const candidate = (personId: string, overrides: Partial<BenchCandidateInput> = {}): BenchCandidateInput => ({
  personId,
  targetLevelId: MANAGER_PMM,
  readiness: 0.5,
  sharedWithHr: true,
  inSameChain: false,
  ...overrides,
});

// Priya shares with HR; Sam targets PM and does not share; Lee is in Morgan's chain but private.
const priya = candidate(id(1), { readiness: 0.78 });
const sam = candidate(id(2), { targetLevelId: PM, sharedWithHr: false, inSameChain: true, readiness: 0.9 });
const lee = candidate(id(3), { sharedWithHr: false, inSameChain: true, readiness: 0.4 });
const ada = candidate(id(4), { readiness: 0.78 });

describe('rankBench', () => {
  it.each<[BenchViewer, string[]]>([
    // HR sees only aspirations shared with HR.
    ['hr', [id(1), id(4)]],
    // A manager also sees their own chain, whose aspirations they see anyway.
    ['manager', [id(1), id(4), id(3)]],
  ])('should show the %s the bench %j, readiest first, ties by person', (viewer, personIds) => {
    const bench = rankBench(seat, [lee, sam, ada, priya], viewer);
    expect(bench.positionId).toBe(seat.id);
    expect(bench.candidates.map((row) => row.personId)).toEqual(personIds);
  });

  it('should keep one row per person, at their best readiness', () => {
    const bench = rankBench(seat, [priya, { ...priya, readiness: 0.2 }], 'hr');
    expect(bench.candidates).toEqual([{ personId: id(1), readiness: 0.78 }]);
  });

  it.each([
    [Number.NaN, 0],
    [1.4, 1],
    [-0.2, 0],
  ])('should keep a readiness of %d within the share as %d', (readiness, shown) => {
    expect(rankBench(seat, [candidate(id(1), { readiness })], 'hr').candidates[0]?.readiness).toBe(shown);
  });

  it('should produce the Bench shape of the API contract', () => {
    const bench = rankBench(seat, [priya, lee], 'manager');
    expect(BenchSchema.parse(bench)).toEqual(bench);
  });
});

const candidateArb = fc.record({
  personId: fc.constantFrom(id(1), id(2), id(3), id(4), id(5)),
  targetLevelId: fc.constantFrom(MANAGER_PMM, PM),
  readiness: fc.double({ min: 0, max: 1, noNaN: true }),
  sharedWithHr: fc.boolean(),
  inSameChain: fc.boolean(),
});
const viewerArb = fc.constantFrom<BenchViewer>('hr', 'manager');

describe('rankBench properties', () => {
  it('should be sorted by readiness, then person id', () => {
    fc.assert(
      fc.property(fc.array(candidateArb), viewerArb, (candidates, viewer) => {
        const rows = rankBench(seat, candidates, viewer).candidates;
        return rows.every((row, i) => {
          const next = rows[i + 1];
          return (
            !next ||
            row.readiness > next.readiness ||
            (row.readiness === next.readiness && row.personId < next.personId)
          );
        });
      }),
    );
  });

  it('should only hold candidates from the input who target the level and may be seen', () => {
    fc.assert(
      fc.property(fc.array(candidateArb), viewerArb, (candidates, viewer) =>
        rankBench(seat, candidates, viewer).candidates.every((row) =>
          candidates.some(
            (input) =>
              input.personId === row.personId &&
              input.readiness === row.readiness &&
              input.targetLevelId === seat.levelId &&
              (input.sharedWithHr || (viewer === 'manager' && input.inSameChain)),
          ),
        ),
      ),
    );
  });

  it('should never show HR an aspiration that was not shared with HR', () => {
    fc.assert(
      fc.property(fc.array(candidateArb), (candidates) => {
        const shared = new Set(
          candidates.filter((input) => input.sharedWithHr).map((input) => input.personId),
        );
        return rankBench(seat, candidates, 'hr').candidates.every((row) => shared.has(row.personId));
      }),
    );
  });
});
