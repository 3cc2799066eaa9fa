import type { Aspiration, Framework, Track } from '@trellis/domain';

// A small published ladder shaped like the seed one: two disciplines, an IC
// and a management track each.
const id = (n: number) => `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const LEVEL = {
  pmm2: id(1),
  seniorPmm: id(2),
  leadPmm: id(3),
  pmmManager: id(4),
  pmmDirector: id(5),
  pm: id(6),
  seniorPm: id(7),
} as const;

const track = (
  n: number,
  name: string,
  kind: Track['kind'],
  discipline: string,
  levels: Track['levels'],
): Track => ({
  id: id(100 + n),
  name,
  kind,
  discipline,
  levels,
});

export const aLadder = (): Framework => ({
  id: id(900),
  name: 'Trellis career ladder',
  version: 1,
  status: 'published',
  tracks: [
    track(1, 'Product Management (IC)', 'ic', 'Product Management', [
      { id: LEVEL.seniorPm, name: 'Senior Product Manager', rank: 2 },
      { id: LEVEL.pm, name: 'Product Manager', rank: 1 },
    ]),
    track(2, 'Product Marketing (Management)', 'management', 'Product Marketing', [
      { id: LEVEL.pmmManager, name: 'Manager, Product Marketing', rank: 0 },
      { id: LEVEL.pmmDirector, name: 'Director of Product Marketing', rank: 1 },
    ]),
    track(3, 'Product Marketing (IC)', 'ic', 'Product Marketing', [
      { id: LEVEL.pmm2, name: 'Product Marketing Manager II', rank: 1 },
      { id: LEVEL.seniorPmm, name: 'Senior Product Marketing Manager', rank: 2 },
      { id: LEVEL.leadPmm, name: 'Lead Product Marketing Manager', rank: 3 },
    ]),
  ],
  criteria: [],
});

export const anAspiration = (overrides: Partial<Aspiration> = {}): Aspiration => ({
  personId: id(500),
  targetLevelId: LEVEL.pmmManager,
  statement: 'I want to lead a product marketing team.',
  motivations: 'Coaching people who ship better work than I would.',
  strengths: 'Cross-functional launches.',
  horizon: '2027-06-30',
  sharedWithHr: true,
  version: 3,
  updatedAt: '2026-11-01T10:00:00.000Z',
  ...overrides,
});
