import type { Framework } from '@trellis/domain';

import { aLadder, LEVEL } from '../../../testing/career-ladder';
import { aPendingReview, CRITERION } from '../../../testing/team';
import { barFromLadder, barOfQueueEntry } from './review-bar';

const ladder = (): Framework => ({
  ...aLadder(),
  criteria: [
    {
      id: CRITERION.crossFunctional,
      name: 'Cross-functional impact',
      theme: 'Impact',
      description: '',
      expectations: [
        { levelId: LEVEL.pmmManager, proficiency: 3, description: 'Builds a team partners trust.' },
        { levelId: LEVEL.seniorPmm, proficiency: 2, description: 'Partners trust them.' },
      ],
    },
  ],
});

describe('review bar', () => {
  it('should take the bar the queue names', () => {
    const entry = aPendingReview();

    expect(barOfQueueEntry(entry)).toEqual({
      levelName: 'Manager, Product Marketing',
      source: 'target',
      criteria: entry.criteria,
    });
  });

  it('should rate against the target level when there is one', () => {
    expect(barFromLadder(ladder(), [CRITERION.crossFunctional], LEVEL.pmmManager, LEVEL.seniorPmm)).toEqual({
      levelName: 'Manager, Product Marketing',
      source: 'target',
      criteria: [
        {
          criterionId: CRITERION.crossFunctional,
          name: 'Cross-functional impact',
          theme: 'Impact',
          expectation: { proficiency: 3, description: 'Builds a team partners trust.' },
        },
      ],
    });
  });

  it('should fall back to the current level without a target', () => {
    const bar = barFromLadder(ladder(), [CRITERION.crossFunctional], null, LEVEL.seniorPmm);

    expect(bar.source).toBe('current');
    expect(bar.criteria[0]?.expectation?.proficiency).toBe(2);
  });

  it('should name criteria of an earlier ladder and leave them without an expectation', () => {
    const bar = barFromLadder(ladder(), [CRITERION.leadership], LEVEL.pmm2, null);

    expect(bar.criteria[0]).toMatchObject({ name: 'A criterion of an earlier ladder', expectation: null });
    expect(bar.levelName).toBe('Product Marketing Manager II');
  });

  it('should have no level at all without a ladder', () => {
    expect(barFromLadder(null, [], LEVEL.pmmManager, null)).toEqual({
      levelName: null,
      source: null,
      criteria: [],
    });
  });
});
