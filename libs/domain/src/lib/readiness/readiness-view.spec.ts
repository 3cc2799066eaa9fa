import type { Framework } from '../frameworks/framework';
import type { ReadinessEvidenceInput } from './readiness';
import {
  explainReadiness,
  ReadinessAnswerSchema,
  ReadinessDetailSchema,
  readinessSummaryView,
  type ReadinessDetail,
} from './readiness-view';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const SAM = id(1);
const L = { pmm2: id(11), manager: id(21), pm: id(31) };
const C = { empathy: id(101), execution: id(102), servant: id(103) };

// One framework: criteria are shared by every track, expectations are per level.
const ladder: Framework = {
  id: id(5),
  name: 'Acme ladder',
  version: 1,
  status: 'published',
  tracks: [
    {
      id: id(2),
      name: 'Product Marketing (IC)',
      kind: 'ic',
      discipline: 'Product Marketing',
      levels: [{ id: L.pmm2, name: 'PMM II', rank: 1 }],
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
      levels: [{ id: L.pm, name: 'Product Manager', rank: 1 }],
    },
  ],
  criteria: [
    {
      id: C.empathy,
      name: 'Customer empathy',
      theme: 'Craft',
      description: '',
      expectations: [
        { levelId: L.pmm2, proficiency: 2, description: 'Talks to customers.' },
        { levelId: L.pm, proficiency: 2, description: 'Frames problems from customer evidence.' },
        { levelId: L.manager, proficiency: 3, description: 'Builds a customer-led team.' },
      ],
    },
    {
      id: C.execution,
      name: 'Execution',
      theme: 'Impact',
      description: '',
      expectations: [
        { levelId: L.pmm2, proficiency: 2, description: 'Ships launches.' },
        { levelId: L.pm, proficiency: 2, description: 'Ships increments.' },
      ],
    },
    {
      id: C.servant,
      name: 'Servant leadership',
      theme: 'Leadership',
      description: '',
      expectations: [
        { levelId: L.pmm2, proficiency: 0, description: '' },
        { levelId: L.pm, proficiency: 1, description: 'Helps teammates.' },
      ],
    },
  ],
};

const accepted = (n: number, criterionIds: string[], strength: ReadinessEvidenceInput['strength']) => ({
  id: id(200 + n),
  status: 'accepted' as const,
  criterionIds,
  strength,
  occurredOn: '2026-07-30',
});

const explain = (
  targetLevelId: string,
  currentLevelId: string | null,
  evidence: ReadinessEvidenceInput[],
) => {
  const result = explainReadiness({
    personId: SAM,
    framework: ladder,
    targetLevelId,
    currentLevelId,
    evidence,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.readiness;
};

describe('explainReadiness', () => {
  it('should count evidence against the criteria of a level in another discipline (a lateral move)', () => {
    const readiness = explain(L.pm, L.pmm2, [
      accepted(1, [C.empathy], 'meets'),
      accepted(2, [C.execution], 'below'),
    ]);
    expect(readiness).toMatchObject({
      view: 'full',
      personId: SAM,
      targetLevelId: L.pm,
      frameworkId: ladder.id,
      currentLevelId: L.pmm2,
      lateral: true,
      criteriaDemonstrated: 1,
      criteriaRequired: 3,
      target: { levelName: 'Product Manager', discipline: 'Product Management', trackKind: 'ic' },
    });
    expect(readiness.overall).toBeCloseTo(1 / 3);
    expect(
      readiness.criteria.map(({ name, status, evidenceIds }) => ({ name, status, evidenceIds })),
    ).toEqual([
      { name: 'Customer empathy', status: 'demonstrating', evidenceIds: [id(201)] },
      { name: 'Execution', status: 'developing', evidenceIds: [id(202)] },
      { name: 'Servant leadership', status: 'not_started', evidenceIds: [] },
    ]);
    expect(readiness.criteria[2]).toMatchObject({
      theme: 'Leadership',
      expectation: { proficiency: 1, description: 'Helps teammates.' },
      missing: 'No accepted evidence yet. Expected at this level: Helps teammates.',
    });
    expect(readiness.diff?.criteria.find((c) => c.criterionId === C.servant)?.change).toBe('new');
    expect(ReadinessDetailSchema.parse(readiness)).toEqual(readiness);
  });

  it('should not call a move within the discipline lateral (IC → manager)', () => {
    const readiness = explain(L.manager, L.pmm2, []);
    expect(readiness.lateral).toBe(false);
    expect(readiness.diff).toMatchObject({ sameTrack: false, sameDiscipline: true });
    // Only criteria the target level has an expectation for are listed.
    expect(readiness.criteria.map((c) => c.criterionId)).toEqual([C.empathy]);
  });

  it('should explain readiness without a current level, with no diff', () => {
    const readiness = explain(L.pm, null, []);
    expect(readiness).toMatchObject({ currentLevelId: null, lateral: false, diff: null, overall: 0 });
  });

  it('should ignore a current level that is not in the framework', () => {
    expect(explain(L.pm, id(999), [])).toMatchObject({ currentLevelId: null, diff: null });
  });

  it('should refuse a target level that is not in the framework', () => {
    const result = explainReadiness({
      personId: SAM,
      framework: ladder,
      targetLevelId: id(999),
      currentLevelId: null,
      evidence: [],
    });
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'unknown_level', levelId: id(999) }),
    });
  });
});

describe('readinessSummaryView', () => {
  it('should give HR the figures and nothing about the evidence', () => {
    const full: ReadinessDetail = explain(L.pm, L.pmm2, [accepted(1, [C.empathy], 'exceeds')]);
    const summary = readinessSummaryView(full);
    expect(summary).toEqual({
      view: 'summary',
      personId: SAM,
      targetLevelId: L.pm,
      overall: full.overall,
      criteriaDemonstrated: 1,
      criteriaRequired: 3,
    });
    expect(JSON.stringify(summary)).not.toContain(id(201));
    expect(ReadinessAnswerSchema.parse(summary)).toEqual(summary);
    expect(ReadinessAnswerSchema.parse(full)).toEqual(full);
  });
});
