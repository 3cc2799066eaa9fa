import type { Framework, PendingReview, ReviewBarCriterion } from '@trellis/domain';

import { criterionIn, expectationAt, levelIn } from '../../me/data/ladder-lookup';

// The bar a reviewer rates evidence against: what the person's target level
// (their current level without a target) expects of each criterion it shows.
export interface ReviewBar {
  readonly levelName: string | null;
  readonly source: 'target' | 'current' | null;
  readonly criteria: readonly ReviewBarCriterion[];
}

// The review queue already names the bar.
export const barOfQueueEntry = (entry: PendingReview): ReviewBar => ({
  levelName: entry.bar?.levelName ?? null,
  source: entry.bar?.source ?? null,
  criteria: entry.criteria,
});

// Out of the queue (reviewed already, or read by a skip-level manager): the same
// bar, worked out from the published ladder.
export const barFromLadder = (
  framework: Framework | null,
  criterionIds: readonly string[],
  targetLevelId: string | null,
  currentLevelId: string | null,
): ReviewBar => {
  const source = levelIn(framework, targetLevelId)
    ? 'target'
    : levelIn(framework, currentLevelId)
      ? 'current'
      : null;
  const levelId = source === 'target' ? targetLevelId : source === 'current' ? currentLevelId : null;
  return {
    levelName: levelIn(framework, levelId)?.level.name ?? null,
    source,
    criteria: criterionIds.map((criterionId) => {
      const criterion = criterionIn(framework, criterionId);
      const expectation = expectationAt(criterion, levelId);
      return {
        criterionId,
        name: criterion?.name ?? 'A criterion of an earlier ladder',
        theme: criterion?.theme ?? '',
        expectation: expectation
          ? { proficiency: expectation.proficiency, description: expectation.description }
          : null,
      };
    }),
  };
};
