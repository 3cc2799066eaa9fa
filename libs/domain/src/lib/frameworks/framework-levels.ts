import type { Criterion, Expectation, Framework, Level, Track } from './framework';

export interface LevelInTrack {
  track: Track;
  level: Level;
}

export const findLevel = (framework: Framework, levelId: string): LevelInTrack | undefined => {
  for (const track of framework.tracks) {
    const level = track.levels.find((candidate) => candidate.id === levelId);
    if (level) return { track, level };
  }
  return undefined;
};

// Management levels are lead seats by nature; an IC level only when flagged.
export const isLeadSeat = ({ track, level }: LevelInTrack): boolean =>
  track.kind === 'management' || level.lead === true;

export interface CriterionExpectation {
  criterion: Criterion;
  expectation: Expectation;
}

// The criteria that have an expectation at a level, in the framework's order.
export const expectationsAtLevel = (framework: Framework, levelId: string): CriterionExpectation[] =>
  framework.criteria.flatMap((criterion) => {
    const expectation = criterion.expectations.find((candidate) => candidate.levelId === levelId);
    return expectation ? [{ criterion, expectation }] : [];
  });
