import type { HttpTestingController } from '@angular/common/http/testing';

import type {
  Evidence,
  EvidenceWithHistory,
  Framework,
  Goal,
  GrowthAction,
  GrowthPlan,
  LevelDiff,
  ReadinessDetail,
} from '@trellis/domain';

// A small published ladder with criteria and expectations, and the growth,
// evidence and readiness shapes of one person toward it (DESIGN.md's Priya).
const id = (n: number) => `20000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const GROWTH_IDS = {
  person: id(1),
  manager: id(2),
  framework: id(10),
  pmmTrack: id(20),
  pmmManagerTrack: id(21),
  pmTrack: id(22),
  pmm2: id(30),
  seniorPmm: id(31),
  pmmManager: id(32),
  pm: id(33),
  execution: id(40),
  empathy: id(41),
  servant: id(42),
  plan: id(50),
} as const;
const L = GROWTH_IDS;

const expectations = (texts: Record<string, [number, string]>) =>
  Object.entries(texts).map(([levelId, [proficiency, description]]) => ({
    levelId,
    proficiency,
    description,
  }));

export const aFramework = (): Framework => ({
  id: L.framework,
  name: 'Trellis career ladder',
  version: 1,
  status: 'published',
  tracks: [
    {
      id: L.pmmTrack,
      name: 'Product Marketing (IC)',
      kind: 'ic',
      discipline: 'Product Marketing',
      levels: [
        { id: L.seniorPmm, name: 'Senior Product Marketing Manager', rank: 3 },
        { id: L.pmm2, name: 'Product Marketing Manager II', rank: 2 },
      ],
    },
    {
      id: L.pmmManagerTrack,
      name: 'Product Marketing (Management)',
      kind: 'management',
      discipline: 'Product Marketing',
      levels: [{ id: L.pmmManager, name: 'Manager, Product Marketing', rank: 1 }],
    },
    {
      id: L.pmTrack,
      name: 'Product Management (IC)',
      kind: 'ic',
      discipline: 'Product Management',
      levels: [{ id: L.pm, name: 'Product Manager', rank: 2 }],
    },
  ],
  criteria: [
    {
      id: L.execution,
      name: 'Execution',
      theme: 'Craft',
      description: 'Turns plans into shipped results.',
      expectations: expectations({
        [L.pmm2]: [2, 'Ships launches on time.'],
        [L.seniorPmm]: [3, 'Runs tier-1 launches.'],
        [L.pmmManager]: [3, 'Builds a team that delivers its launch calendar.'],
        [L.pm]: [2, 'Ships features on time.'],
      }),
    },
    {
      id: L.empathy,
      name: 'Customer empathy',
      theme: 'Judgement',
      description: "Understands customers' problems first-hand.",
      expectations: expectations({
        [L.pmm2]: [2, 'Talks to customers.'],
        [L.seniorPmm]: [3, 'Owns a segment.'],
        [L.pmmManager]: [3, 'Builds a team that stays close to customers.'],
        [L.pm]: [3, 'Frames problems from customer evidence.'],
      }),
    },
    {
      id: L.servant,
      name: 'Servant leadership',
      theme: 'Leadership',
      description: 'Puts the success of others first.',
      expectations: expectations({
        [L.pmm2]: [0, ''],
        [L.seniorPmm]: [2, 'Mentors newer PMMs.'],
        [L.pmmManager]: [3, 'Holds regular career conversations.'],
        [L.pm]: [1, 'Helps peers.'],
      }),
    },
  ],
});

export const anAction = (overrides: Partial<GrowthAction> = {}): GrowthAction =>
  ({
    id: id(70),
    goalId: id(60),
    kind: 'stretch_assignment',
    title: 'Chair the launch council',
    description: '',
    dueOn: '2027-02-26',
    status: 'in_progress',
    version: 1,
    ...overrides,
  }) as GrowthAction;

export const anInterview = (overrides: Partial<GrowthAction> = {}): GrowthAction =>
  ({
    ...anAction({ id: id(71), kind: 'informational_interview', title: 'Interview Nadia about her move' }),
    followUpOn: '2026-12-10',
    thankYouSent: false,
    ...overrides,
  }) as GrowthAction;

export const aGoal = (overrides: Partial<Goal> = {}): Goal => ({
  id: id(60),
  planId: L.plan,
  criterionId: L.servant,
  title: 'Coach the newest PMs',
  description: '',
  status: 'in_progress',
  actions: [],
  version: 2,
  ...overrides,
});

export const aPlan = (goals: Goal[] = [], overrides: Partial<GrowthPlan> = {}): GrowthPlan => ({
  id: L.plan,
  personId: L.person,
  targetLevelId: L.pmmManager,
  goals,
  version: 1,
  updatedAt: '2026-11-01T10:00:00.000Z',
  ...overrides,
});

export const anEvidence = (overrides: Partial<Evidence> = {}): Evidence => ({
  id: id(80),
  personId: L.person,
  title: 'Insights 2.0 launch',
  kind: 'cross_functional_project',
  occurredOn: '2026-05-20',
  challenge: 'Five teams, five plans.',
  actions: 'One launch council, one plan.',
  outcome: 'Shipped on the planned date.',
  metrics: '41 opportunities in 30 days.',
  links: ['https://wiki.acme.test/launch'],
  criterionIds: [L.execution],
  status: 'submitted',
  review: null,
  version: 1,
  createdAt: '2026-05-21T10:00:00.000Z',
  updatedAt: '2026-05-21T10:00:00.000Z',
  ...overrides,
});

export const withHistory = (
  evidence: Evidence,
  reviews: EvidenceWithHistory['reviews'] = [],
): EvidenceWithHistory => ({
  ...evidence,
  reviews,
});

export const aDiff = (overrides: Partial<LevelDiff> = {}): LevelDiff => ({
  from: {
    levelId: L.seniorPmm,
    levelName: 'Senior Product Marketing Manager',
    rank: 3,
    trackId: L.pmmTrack,
    trackName: 'Product Marketing (IC)',
    trackKind: 'ic',
    discipline: 'Product Marketing',
  },
  to: {
    levelId: L.pmmManager,
    levelName: 'Manager, Product Marketing',
    rank: 1,
    trackId: L.pmmManagerTrack,
    trackName: 'Product Marketing (Management)',
    trackKind: 'management',
    discipline: 'Product Marketing',
  },
  sameTrack: false,
  sameDiscipline: true,
  criteria: [
    {
      criterionId: L.execution,
      name: 'Execution',
      theme: 'Craft',
      from: { proficiency: 3, description: 'Runs tier-1 launches.' },
      to: { proficiency: 3, description: 'Builds a team that delivers its launch calendar.' },
      change: 'same',
    },
    {
      criterionId: L.servant,
      name: 'Servant leadership',
      theme: 'Leadership',
      from: { proficiency: 2, description: 'Mentors newer PMMs.' },
      to: { proficiency: 3, description: 'Holds regular career conversations.' },
      change: 'raised',
    },
  ],
  ...overrides,
});

export const aReadiness = (overrides: Partial<ReadinessDetail> = {}): ReadinessDetail => ({
  view: 'full',
  personId: L.person,
  targetLevelId: L.pmmManager,
  overall: 1 / 3,
  criteria: [
    {
      criterionId: L.execution,
      name: 'Execution',
      theme: 'Craft',
      status: 'exceeding',
      evidenceIds: [id(80)],
      missing: '',
      required: true,
      weight: 1,
      expectation: { proficiency: 3, description: 'Builds a team that delivers its launch calendar.' },
    },
    {
      criterionId: L.empathy,
      name: 'Customer empathy',
      theme: 'Judgement',
      status: 'not_started',
      evidenceIds: [],
      missing:
        'No accepted evidence yet. Expected at this level: Builds a team that stays close to customers.',
      required: true,
      weight: 1,
      expectation: { proficiency: 3, description: 'Builds a team that stays close to customers.' },
    },
    {
      criterionId: L.servant,
      name: 'Servant leadership',
      theme: 'Leadership',
      status: 'developing',
      evidenceIds: [],
      missing: 'Accepted evidence is below the expectation: Holds regular career conversations.',
      required: true,
      weight: 1,
      expectation: { proficiency: 3, description: 'Holds regular career conversations.' },
    },
  ],
  criteriaDemonstrated: 1,
  criteriaRequired: 3,
  frameworkId: L.framework,
  target: {
    levelId: L.pmmManager,
    levelName: 'Manager, Product Marketing',
    trackId: L.pmmManagerTrack,
    trackName: 'Product Marketing (Management)',
    trackKind: 'management',
    discipline: 'Product Marketing',
  },
  currentLevelId: L.seniorPmm,
  lateral: false,
  diff: aDiff(),
  ...overrides,
});

// Answers the two calls behind FrameworksApi.published(): the list, then the ladder.
export const flushLadder = (backend: HttpTestingController, framework: Framework = aFramework()): void => {
  backend
    .expectOne((request) => request.url === '/api/frameworks')
    .flush({
      items: [
        { id: framework.id, name: framework.name, version: framework.version, status: framework.status },
      ],
      nextCursor: null,
    });
  backend.expectOne(`/api/frameworks/${framework.id}`).flush(framework);
};

// Lets promise chains (firstValueFrom → signals) settle, then the view render.
export const settle = async (fixture?: { whenStable(): Promise<unknown> }): Promise<void> => {
  for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setTimeout(resolve));
  await fixture?.whenStable();
};
