import type { Criterion, Expectation, Framework, Level, Track } from '@trellis/domain';

// Reading names and expectations out of the published ladder.

export interface LevelInLadder {
  readonly track: Track;
  readonly level: Level;
}

export const levelIn = (framework: Framework | null, levelId: string | null): LevelInLadder | null => {
  if (!framework || !levelId) return null;
  for (const track of framework.tracks) {
    const level = track.levels.find((candidate) => candidate.id === levelId);
    if (level) return { track, level };
  }
  return null;
};

export const levelName = (framework: Framework | null, levelId: string | null): string =>
  levelIn(framework, levelId)?.level.name ?? 'an unknown level';

export const criterionIn = (framework: Framework | null, criterionId: string): Criterion | null =>
  framework?.criteria.find((criterion) => criterion.id === criterionId) ?? null;

export const criterionName = (framework: Framework | null, criterionId: string): string =>
  criterionIn(framework, criterionId)?.name ?? 'A criterion of an earlier ladder';

export const expectationAt = (criterion: Criterion | null, levelId: string | null): Expectation | null =>
  (levelId && criterion?.expectations.find((expectation) => expectation.levelId === levelId)) || null;

// The criteria a level expects something of (proficiency above 0), in ladder order.
export const criteriaExpectedAt = (framework: Framework | null, levelId: string | null): Criterion[] =>
  framework?.criteria.filter((criterion) => (expectationAt(criterion, levelId)?.proficiency ?? 0) > 0) ?? [];

// Criteria grouped by theme, themes in the order the ladder first names them.
export const byTheme = <T>(
  items: readonly T[],
  themeOf: (item: T) => string,
): { theme: string; items: T[] }[] => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const theme = themeOf(item);
    groups.set(theme, [...(groups.get(theme) ?? []), item]);
  }
  return [...groups].map(([theme, grouped]) => ({ theme, items: grouped }));
};
