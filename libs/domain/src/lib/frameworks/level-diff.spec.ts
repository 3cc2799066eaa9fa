import fc from 'fast-check';

import type { Framework } from './framework';
import {
  diffLevels,
  LevelDiffQuerySchema,
  LevelDiffSchema,
  type LevelChange,
  type LevelDiff,
} from './level-diff';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const L = { pmm2: id(11), seniorPmm: id(12), leadPmm: id(13), manager: id(21), pm: id(31), seniorPm: id(32) };
const C = { exceptional: id(101), swimLane: id(102), servant: id(103), empathy: id(104), roadmap: id(105) };

const expect_ = (levelId: string, proficiency: number) => ({
  levelId,
  proficiency,
  description: `P${proficiency}`,
});

const ladder: Framework = {
  id: id(1),
  name: 'Acme ladder',
  version: 2,
  status: 'published',
  tracks: [
    {
      id: id(2),
      name: 'Product Marketing (IC)',
      kind: 'ic',
      discipline: 'Product Marketing',
      levels: [
        { id: L.pmm2, name: 'PMM II', rank: 1 },
        { id: L.seniorPmm, name: 'Senior PMM', rank: 2 },
        { id: L.leadPmm, name: 'Lead PMM', rank: 3, lead: true },
      ],
    },
    {
      id: id(3),
      name: 'Product Marketing (management)',
      kind: 'management',
      discipline: 'Product Marketing',
      levels: [{ id: L.manager, name: 'Manager, Product Marketing', rank: 0 }],
    },
    {
      id: id(4),
      name: 'Product Management (IC)',
      kind: 'ic',
      discipline: 'Product Management',
      levels: [
        { id: L.pm, name: 'Product Manager', rank: 1 },
        { id: L.seniorPm, name: 'Senior Product Manager', rank: 2 },
      ],
    },
  ],
  criteria: [
    {
      id: C.exceptional,
      name: 'Exceptional work',
      theme: 'Craft',
      description: 'Sets a higher bar',
      expectations: [expect_(L.pmm2, 2), expect_(L.seniorPmm, 3), expect_(L.manager, 3), expect_(L.pm, 2)],
    },
    {
      id: C.swimLane,
      name: 'Beyond your swim lane',
      theme: 'Craft',
      description: 'Playbooks, teaching',
      expectations: [expect_(L.pmm2, 1), expect_(L.seniorPmm, 3), expect_(L.manager, 2), expect_(L.pm, 1)],
    },
    {
      id: C.servant,
      name: 'Servant leadership',
      theme: 'Leadership',
      description: 'Shares generously',
      expectations: [expect_(L.pmm2, 0), expect_(L.seniorPmm, 1), expect_(L.manager, 3)],
    },
    {
      id: C.empathy,
      name: 'Customer empathy',
      theme: 'Impact',
      description: 'Knows the customer',
      expectations: [expect_(L.pmm2, 2), expect_(L.seniorPmm, 2), expect_(L.pm, 3)],
    },
    {
      id: C.roadmap,
      name: 'Roadmap ownership',
      theme: 'Impact',
      description: 'Owns the roadmap',
      expectations: [expect_(L.pm, 2), expect_(L.seniorPm, 3)],
    },
  ],
};

const changes = (diff: LevelDiff) =>
  Object.fromEntries(diff.criteria.map((criterion) => [criterion.name, criterion.change]));

const diffOf = (from: string, to: string): LevelDiff => {
  const result = diffLevels(ladder, from, to);
  if (!result.ok) throw new Error(result.error.message);
  return result.diff;
};

describe('diffLevels scenarios', () => {
  it('should show a promotion within a track (PMM II → Senior PMM)', () => {
    const diff = diffOf(L.pmm2, L.seniorPmm);
    expect(diff).toMatchObject({ sameTrack: true, sameDiscipline: true });
    expect(changes(diff)).toEqual({
      'Exceptional work': 'raised',
      'Beyond your swim lane': 'raised',
      // Proficiency 0 means "not expected": now it is.
      'Servant leadership': 'new',
      'Customer empathy': 'same',
    });
  });

  it('should show a switch to the management track (Senior PMM → Manager, PMM)', () => {
    const diff = diffOf(L.seniorPmm, L.manager);
    expect(diff.from).toMatchObject({ levelName: 'Senior PMM', trackKind: 'ic' });
    expect(diff.to).toMatchObject({ levelName: 'Manager, Product Marketing', trackKind: 'management' });
    expect(diff).toMatchObject({ sameTrack: false, sameDiscipline: true });
    expect(changes(diff)).toEqual({
      'Exceptional work': 'same',
      'Beyond your swim lane': 'lowered',
      'Servant leadership': 'raised',
      'Customer empathy': 'dropped',
    });
  });

  it('should show a lateral move to another discipline (PMM II → Product Manager)', () => {
    const diff = diffOf(L.pmm2, L.pm);
    expect(diff).toMatchObject({ sameTrack: false, sameDiscipline: false });
    expect(changes(diff)).toEqual({
      'Exceptional work': 'same',
      'Beyond your swim lane': 'same',
      'Servant leadership': 'same',
      'Customer empathy': 'raised',
      'Roadmap ownership': 'new',
    });
    expect(diff.criteria.find((criterion) => criterion.name === 'Roadmap ownership')).toMatchObject({
      from: null,
      to: { proficiency: 2, description: 'P2' },
    });
  });

  it('should leave out criteria expected at neither level', () => {
    expect(diffOf(L.leadPmm, L.seniorPm).criteria.map((criterion) => criterion.name)).toEqual([
      'Roadmap ownership',
    ]);
  });

  it.each([
    [id(999), L.pm],
    [L.pm, id(999)],
  ])('should name the unknown level in %s → %s', (from, to) => {
    expect(diffLevels(ladder, from, to)).toEqual({
      ok: false,
      error: { code: 'unknown_level', levelId: id(999), message: `No level ${id(999)} in this framework` },
    });
  });

  it('should produce the documented LevelDiff shape', () => {
    const diff = diffOf(L.pmm2, L.manager);
    expect(LevelDiffSchema.parse(diff)).toEqual(diff);
  });

  it('should validate the from and to query parameters', () => {
    expect(LevelDiffQuerySchema.safeParse({ from: L.pm, to: L.manager }).success).toBe(true);
    expect(LevelDiffQuerySchema.safeParse({ from: 'pmm-2', to: L.manager }).error?.issues[0]?.message).toBe(
      'from must be a level id',
    );
  });
});

// Random ladders: a few levels over tracks, criteria with expectations on any subset.
const LEVELS = [id(1001), id(1002), id(1003), id(1004), id(1005)];
const frameworkArb: fc.Arbitrary<Framework> = fc
  .array(
    fc.record({
      expectations: fc.subarray(LEVELS).chain((levels) =>
        fc.tuple(
          ...levels.map((levelId) =>
            fc.record({
              levelId: fc.constant(levelId),
              proficiency: fc.integer({ min: 0, max: 4 }),
              description: fc.string(),
            }),
          ),
        ),
      ),
    }),
    { maxLength: 8 },
  )
  .map((criteria) => ({
    ...ladder,
    tracks: [
      {
        id: id(2),
        name: 'IC',
        kind: 'ic',
        discipline: 'A',
        levels: LEVELS.slice(0, 3).map((levelId, rank) => ({ id: levelId, name: `IC ${rank}`, rank })),
      },
      {
        id: id(3),
        name: 'M',
        kind: 'management',
        discipline: 'B',
        levels: LEVELS.slice(3).map((levelId, rank) => ({ id: levelId, name: `M ${rank}`, rank })),
      },
    ],
    criteria: criteria.map(({ expectations }, i) => ({
      id: id(2000 + i),
      name: `C${i}`,
      theme: 'T',
      description: '',
      expectations,
    })),
  }));

const MIRROR: Record<LevelChange, LevelChange> = {
  raised: 'lowered',
  lowered: 'raised',
  same: 'same',
  new: 'dropped',
  dropped: 'new',
};

describe('diffLevels properties', () => {
  it('should find nothing changed between a level and itself', () => {
    fc.assert(
      fc.property(frameworkArb, fc.constantFrom(...LEVELS), (framework, level) => {
        const result = diffLevels(framework, level, level);
        return (
          result.ok &&
          result.diff.sameTrack &&
          result.diff.criteria.every((criterion) => criterion.change === 'same')
        );
      }),
    );
  });

  it('should mirror the diff when the levels are swapped', () => {
    fc.assert(
      fc.property(frameworkArb, fc.constantFrom(...LEVELS), fc.constantFrom(...LEVELS), (framework, a, b) => {
        const forth = diffLevels(framework, a, b);
        const back = diffLevels(framework, b, a);
        if (!forth.ok || !back.ok) return false;
        expect(back.diff.from).toEqual(forth.diff.to);
        expect(back.diff.criteria).toEqual(
          forth.diff.criteria.map((criterion) => ({
            ...criterion,
            from: criterion.to,
            to: criterion.from,
            change: MIRROR[criterion.change],
          })),
        );
        return true;
      }),
    );
  });

  it('should say raised or lowered exactly when both levels require the criterion at different proficiencies', () => {
    fc.assert(
      fc.property(frameworkArb, fc.constantFrom(...LEVELS), fc.constantFrom(...LEVELS), (framework, a, b) => {
        const result = diffLevels(framework, a, b);
        return (
          result.ok &&
          result.diff.criteria.every(({ from, to, change }) => {
            const bothRequired = (from?.proficiency ?? 0) > 0 && (to?.proficiency ?? 0) > 0;
            const differ = from?.proficiency !== to?.proficiency;
            return (change === 'raised' || change === 'lowered') === (bothRequired && differ);
          })
        );
      }),
    );
  });
});
