import fc from 'fast-check';

import { CRITERION_STATUSES } from '../readiness/readiness';
import { benchHighlights, type HighlightCriterion } from './position-bench';

const criterion = (name: string, status: HighlightCriterion['status'], weight = 1, required = true) => ({
  name,
  status,
  weight,
  required,
});

describe('benchHighlights', () => {
  it('should name the best and the lowest statuses, heavier first, then by name', () => {
    expect(
      benchHighlights([
        criterion('Execution', 'demonstrating'),
        criterion('Exceptional work', 'exceeding'),
        criterion('Customer empathy', 'developing'),
        criterion('Strategic thinking', 'not_started'),
        criterion('Servant leadership', 'not_started', 2),
        criterion('Data', 'exceeding', 1, false),
      ]),
    ).toEqual({
      strongest: ['Exceptional work', 'Execution'],
      weakest: ['Servant leadership', 'Strategic thinking'],
    });
  });

  it('should name no strength without accepted evidence, and no weakness when everything exceeds', () => {
    expect(benchHighlights([criterion('A', 'not_started'), criterion('B', 'not_started')])).toEqual({
      strongest: [],
      weakest: ['A', 'B'],
    });
    expect(benchHighlights([criterion('A', 'exceeding')])).toEqual({ strongest: ['A'], weakest: [] });
  });

  it('should never name a criterion both strongest and weakest, nor more than asked', () => {
    const criteriaArb = fc.uniqueArray(
      fc.record({
        name: fc.string(),
        status: fc.constantFrom(...CRITERION_STATUSES),
        weight: fc.integer({ min: 0, max: 3 }),
        required: fc.boolean(),
      }),
      { selector: (c) => c.name },
    );
    fc.assert(
      fc.property(criteriaArb, fc.integer({ min: 1, max: 4 }), (criteria, count) => {
        const { strongest, weakest } = benchHighlights(criteria, count);
        return (
          strongest.length <= count &&
          weakest.length <= count &&
          strongest.every((name) => !weakest.includes(name))
        );
      }),
    );
  });
});
