import type { Framework } from '../frameworks/framework';
import {
  computeReadiness,
  readinessCriteriaFor,
  ReadinessSchema,
  summarizeReadiness,
  type ReadinessCriterionInput,
  type ReadinessEvidenceInput,
} from './readiness';

const PRIYA = '00000000-0000-4000-8000-000000000001';
const MANAGER_PMM = '00000000-0000-4000-8000-0000000000a1';
const CROSS_FUNCTIONAL = '00000000-0000-4000-8000-0000000000c1';
const SWIM_LANE = '00000000-0000-4000-8000-0000000000c2';

const crossFunctional: ReadinessCriterionInput = {
  criterionId: CROSS_FUNCTIONAL,
  expectation: { proficiency: 3, description: 'Leads launches across product, sales and support.' },
};
const swimLane: ReadinessCriterionInput = {
  criterionId: SWIM_LANE,
  expectation: { proficiency: 2, description: 'Leaves playbooks others reuse.' },
};

let nextId = 0;
const evidence = (overrides: Partial<ReadinessEvidenceInput> = {}): ReadinessEvidenceInput => {
  nextId += 1;
  return {
    id: `00000000-0000-4000-8000-${String(nextId).padStart(12, '0')}`,
    status: 'accepted',
    criterionIds: [CROSS_FUNCTIONAL],
    strength: 'meets',
    occurredOn: '2025-03-01',
    ...overrides,
  };
};

const readinessOf = (pieces: ReadinessEvidenceInput[], criteria = [crossFunctional]) =>
  computeReadiness({ personId: PRIYA, targetLevelId: MANAGER_PMM, criteria, evidence: pieces });

describe('computeReadiness: the status of one criterion', () => {
  it.each([
    ['no evidence at all', [], 'not_started'],
    ['evidence still awaiting review', [evidence({ status: 'submitted' })], 'not_started'],
    ['evidence the manager asked more of', [evidence({ status: 'needs_more' })], 'not_started'],
    ['declined evidence', [evidence({ status: 'declined', strength: 'exceeds' })], 'not_started'],
    ['accepted evidence below the bar', [evidence({ strength: 'below' })], 'developing'],
    ['accepted evidence without a rating', [evidence({ strength: null })], 'developing'],
    ['accepted evidence that meets the bar', [evidence({ strength: 'meets' })], 'demonstrating'],
    [
      'a meets among belows',
      [evidence({ strength: 'below' }), evidence({ strength: 'meets' })],
      'demonstrating',
    ],
    ['two meets (volume is not a higher bar)', [evidence(), evidence()], 'demonstrating'],
    ['accepted evidence that exceeds the bar', [evidence({ strength: 'exceeds' })], 'exceeding'],
    ['evidence for another criterion only', [evidence({ criterionIds: [SWIM_LANE] })], 'not_started'],
  ] as const)('should say %s gives %s', (_case, pieces, status) => {
    expect(readinessOf([...pieces]).criteria[0]?.status).toBe(status);
  });
});

describe('computeReadiness: explaining itself', () => {
  it('should quote the expectation when nothing is accepted yet', () => {
    expect(readinessOf([]).criteria[0]?.missing).toBe(
      'No accepted evidence yet. Expected at this level: Leads launches across product, sales and support.',
    );
  });

  it('should say the accepted evidence is below the expectation', () => {
    expect(readinessOf([evidence({ strength: 'below' })]).criteria[0]?.missing).toBe(
      'Accepted evidence is below the expectation: Leads launches across product, sales and support.',
    );
  });

  it('should say nothing is missing once the criterion is demonstrated', () => {
    expect(readinessOf([evidence({ strength: 'exceeds' })]).criteria[0]?.missing).toBe('');
  });

  it('should fall back to the proficiency when the expectation has no text', () => {
    const bare = { ...crossFunctional, expectation: { proficiency: 3, description: '  ' } };
    expect(readinessOf([], [bare]).criteria[0]?.missing).toBe(
      'No accepted evidence yet. Expected at this level: proficiency 3 of 4.',
    );
  });

  it('should list only accepted evidence, strongest first, then newest, then by id', () => {
    const older = evidence({ strength: 'meets', occurredOn: '2024-01-10' });
    const newer = evidence({ strength: 'meets', occurredOn: '2025-01-10' });
    const best = evidence({ strength: 'exceeds', occurredOn: '2023-06-01' });
    const weak = evidence({ strength: 'below', occurredOn: '2025-06-01' });
    const pending = evidence({ status: 'submitted' });
    const sameDayA = evidence({ strength: null, occurredOn: '2020-01-01', id: 'a' });
    const sameDayB = evidence({ strength: null, occurredOn: '2020-01-01', id: 'b' });

    const { evidenceIds } =
      readinessOf([sameDayB, weak, older, pending, newer, sameDayA, best]).criteria[0] ?? {};

    expect(evidenceIds).toEqual([best.id, newer.id, older.id, weak.id, 'a', 'b']);
  });

  it('should list a piece tied to two criteria under both', () => {
    const both = evidence({ criterionIds: [CROSS_FUNCTIONAL, SWIM_LANE] });
    const result = readinessOf([both], [crossFunctional, swimLane]);
    expect(result.criteria.map((criterion) => criterion.evidenceIds)).toEqual([[both.id], [both.id]]);
  });
});

describe('computeReadiness: overall', () => {
  it.each([
    ['nothing demonstrated', [], 0],
    ['one of two demonstrated', [evidence()], 0.5],
    ['both demonstrated', [evidence({ criterionIds: [CROSS_FUNCTIONAL, SWIM_LANE] })], 1],
    ['only developing', [evidence({ strength: 'below', criterionIds: [CROSS_FUNCTIONAL, SWIM_LANE] })], 0],
  ] as const)('should be the share of criteria demonstrated: %s → %d', (_case, pieces, overall) => {
    expect(readinessOf([...pieces], [crossFunctional, swimLane]).overall).toBe(overall);
  });

  it('should weigh criteria by their weight, 1 by default', () => {
    const heavy = { ...crossFunctional, weight: 3 };
    expect(readinessOf([evidence()], [heavy, swimLane]).overall).toBe(0.75);
    expect(readinessOf([evidence({ criterionIds: [SWIM_LANE] })], [heavy, swimLane]).overall).toBe(0.25);
  });

  it('should show but not count a criterion not expected at the level (proficiency 0)', () => {
    const notExpected = { ...swimLane, expectation: { proficiency: 0, description: 'Not expected yet.' } };
    const result = readinessOf([evidence()], [crossFunctional, notExpected]);

    expect(result.overall).toBe(1);
    expect(result.criteria[1]).toMatchObject({ required: false, status: 'not_started', missing: '' });
  });

  it('should be 0 when the level requires nothing', () => {
    expect(
      readinessOf([evidence()], [{ ...crossFunctional, expectation: { proficiency: 0, description: '' } }])
        .overall,
    ).toBe(0);
    expect(readinessOf([], []).overall).toBe(0);
  });

  it('should be 0 when every required criterion weighs nothing', () => {
    expect(readinessOf([evidence()], [{ ...crossFunctional, weight: 0 }]).overall).toBe(0);
  });

  it('should count a criterion listed twice once', () => {
    const result = readinessOf([evidence()], [crossFunctional, crossFunctional, swimLane]);
    expect(result.criteria.map((criterion) => criterion.criterionId)).toEqual([CROSS_FUNCTIONAL, SWIM_LANE]);
    expect(result.overall).toBe(0.5);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('should refuse a weight of %d', (weight) => {
    expect(() => readinessOf([], [{ ...crossFunctional, weight }])).toThrow(RangeError);
  });

  it('should produce the Readiness shape of the API contract', () => {
    const result = readinessOf([evidence()], [crossFunctional, swimLane]);
    expect(ReadinessSchema.parse(result)).toEqual(result);
  });
});

describe('readinessCriteriaFor', () => {
  const framework: Framework = {
    id: '00000000-0000-4000-8000-0000000000f1',
    name: 'Acme ladder',
    version: 1,
    status: 'published',
    tracks: [
      {
        id: 'mgmt',
        name: 'PMM management',
        kind: 'management',
        discipline: 'Product Marketing',
        levels: [{ id: MANAGER_PMM, name: 'Manager, Product Marketing', rank: 0 }],
      },
    ],
    criteria: [
      {
        id: CROSS_FUNCTIONAL,
        name: 'Cross-functional impact',
        theme: 'Impact',
        description: '',
        expectations: [],
      },
      {
        id: SWIM_LANE,
        name: 'Beyond your swim lane',
        theme: 'Craft',
        description: '',
        expectations: [{ levelId: MANAGER_PMM, proficiency: 3, description: 'Builds the team playbook.' }],
      },
    ],
  };

  it('should take the criteria that have an expectation at the level, with weights', () => {
    expect(readinessCriteriaFor(framework, MANAGER_PMM)).toEqual([
      {
        criterionId: SWIM_LANE,
        weight: 1,
        expectation: { proficiency: 3, description: 'Builds the team playbook.' },
      },
    ]);
    expect(readinessCriteriaFor(framework, MANAGER_PMM, { [SWIM_LANE]: 2 })[0]?.weight).toBe(2);
  });
});

describe('summarizeReadiness', () => {
  it('should keep the figures and drop the evidence', () => {
    const notExpected = { ...swimLane, expectation: { proficiency: 0, description: '' } };
    const summary = summarizeReadiness(readinessOf([evidence()], [crossFunctional, notExpected]));
    expect(summary).toEqual({
      personId: PRIYA,
      targetLevelId: MANAGER_PMM,
      overall: 1,
      criteriaDemonstrated: 1,
      criteriaRequired: 1,
    });
  });
});
