import fc from 'fast-check';

import {
  CRITERION_STATUSES,
  isDemonstrated,
  type CriterionReadiness,
  type CriterionStatus,
  type Readiness,
} from '../readiness/readiness';
import { isOpenGoal, suggestGoals, type GoalCoverage } from './goal-suggestions';
import { GROWTH_STATUSES, GROWTH_TITLE_MAX } from './growth-plan';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const EXECUTION = id(1);
const SERVANT = id(2);
const STRATEGY = id(3);
const CUSTOMER = id(4);
const DATA = id(5);

const criterion = (
  criterionId: string,
  status: CriterionStatus,
  overrides: Partial<CriterionReadiness> = {},
): CriterionReadiness => ({
  criterionId,
  status,
  evidenceIds: [],
  missing: isDemonstrated(status) ? '' : `Missing for ${criterionId}`,
  required: true,
  weight: 1,
  ...overrides,
});

const readiness = (...criteria: CriterionReadiness[]): Readiness => ({
  personId: id(100),
  targetLevelId: id(200),
  overall: 0,
  criteria,
});

describe('suggestGoals', () => {
  it('should suggest the criteria not demonstrated yet, lowest status first', () => {
    const suggestions = suggestGoals(
      readiness(
        criterion(EXECUTION, 'developing'),
        criterion(SERVANT, 'demonstrating'),
        criterion(STRATEGY, 'not_started'),
        criterion(CUSTOMER, 'exceeding'),
        criterion(DATA, 'developing'),
      ),
      [],
      { [EXECUTION]: 'Execution', [STRATEGY]: 'Strategic thinking' },
    );
    expect(suggestions).toEqual([
      {
        criterionId: STRATEGY,
        status: 'not_started',
        title: 'Start showing Strategic thinking at the target level',
        reason: `Missing for ${STRATEGY}`,
      },
      {
        criterionId: EXECUTION,
        status: 'developing',
        title: "Raise Execution to the target level's bar",
        reason: `Missing for ${EXECUTION}`,
      },
      {
        criterionId: DATA,
        status: 'developing',
        title: "Raise this criterion to the target level's bar",
        reason: `Missing for ${DATA}`,
      },
    ]);
  });

  it.each<[string, GoalCoverage['status'], boolean]>([
    ['a planned goal covers it', 'planned', false],
    ['a goal in progress covers it', 'in_progress', false],
    ['a done goal does not (the work has not shown yet)', 'done', true],
    ['a dropped goal does not', 'dropped', true],
  ])('should decide whether %s', (_case, status, suggested) => {
    const suggestions = suggestGoals(readiness(criterion(EXECUTION, 'not_started')), [
      { criterionId: EXECUTION, status },
    ]);
    expect(suggestions.map((s) => s.criterionId)).toEqual(suggested ? [EXECUTION] : []);
  });

  it('should leave out criteria the target level does not require', () => {
    expect(suggestGoals(readiness(criterion(EXECUTION, 'not_started', { required: false })), [])).toEqual([]);
  });

  it('should put the heavier criterion first within a status, then keep the ladder order', () => {
    const suggestions = suggestGoals(
      readiness(
        criterion(EXECUTION, 'developing'),
        criterion(SERVANT, 'developing', { weight: 2 }),
        criterion(STRATEGY, 'developing'),
      ),
      [],
    );
    expect(suggestions.map((s) => s.criterionId)).toEqual([SERVANT, EXECUTION, STRATEGY]);
  });

  it('should explain itself even when readiness gives no text', () => {
    const [suggestion] = suggestGoals(readiness(criterion(EXECUTION, 'developing', { missing: '' })), []);
    expect(suggestion?.reason).toBe('Not demonstrated at the target level yet.');
  });

  it('should keep a long criterion name within the title limit', () => {
    const [suggestion] = suggestGoals(readiness(criterion(EXECUTION, 'not_started')), [], {
      [EXECUTION]: 'x'.repeat(GROWTH_TITLE_MAX),
    });
    expect(suggestion?.title).toHaveLength(GROWTH_TITLE_MAX);
    expect(suggestion?.title.endsWith('…')).toBe(true);
  });

  it('should only ever suggest required, undemonstrated, uncovered criteria, each once, sorted', () => {
    const criterionArb = fc.record({
      criterionId: fc.constantFrom(EXECUTION, SERVANT, STRATEGY, CUSTOMER, DATA),
      status: fc.constantFrom(...CRITERION_STATUSES),
      required: fc.boolean(),
      weight: fc.integer({ min: 0, max: 3 }),
    });
    const goalArb = fc.record({
      criterionId: fc.constantFrom(EXECUTION, SERVANT, STRATEGY, CUSTOMER, DATA),
      status: fc.constantFrom(...GROWTH_STATUSES),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(criterionArb, { selector: (c) => c.criterionId }),
        fc.array(goalArb),
        (criteria, goals) => {
          const input = readiness(...criteria.map((c) => criterion(c.criterionId, c.status, c)));
          const suggestions = suggestGoals(input, goals);
          const open = new Set(goals.filter((g) => isOpenGoal(g.status)).map((g) => g.criterionId));
          const expected = criteria.filter(
            (c) => c.required && !isDemonstrated(c.status) && !open.has(c.criterionId),
          );
          const ranks = suggestions.map((s) => CRITERION_STATUSES.indexOf(s.status));
          return (
            suggestions.length === expected.length &&
            new Set(suggestions.map((s) => s.criterionId)).size === suggestions.length &&
            ranks.every((rank, i) => i === 0 || (ranks[i - 1] ?? 0) <= rank)
          );
        },
      ),
    );
  });
});
