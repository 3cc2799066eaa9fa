import type { Framework } from './framework';

export interface FrameworkIssue {
  path: (string | number)[];
  message: string;
}

// Cross-reference checks that a field-by-field schema cannot express. Meant for
// imports and draft edits; use it in a `superRefine` to get path-named errors.
export const frameworkIssues = (framework: Framework): FrameworkIssue[] => {
  const issues: FrameworkIssue[] = [];
  const trackIds = new Set<string>();
  const levelIds = new Set<string>();

  framework.tracks.forEach((track, t) => {
    if (trackIds.has(track.id))
      issues.push({ path: ['tracks', t, 'id'], message: `Duplicate track id ${track.id}` });
    trackIds.add(track.id);
    const ranks = new Set<number>();
    track.levels.forEach((level, l) => {
      if (levelIds.has(level.id))
        issues.push({ path: ['tracks', t, 'levels', l, 'id'], message: `Duplicate level id ${level.id}` });
      levelIds.add(level.id);
      if (ranks.has(level.rank))
        issues.push({
          path: ['tracks', t, 'levels', l, 'rank'],
          message: `Rank ${level.rank} is used twice in track "${track.name}"`,
        });
      ranks.add(level.rank);
    });
  });

  framework.tracks.forEach((track, t) =>
    (track.linkedTrackIds ?? []).forEach((linkedId, k) => {
      if (linkedId === track.id)
        issues.push({
          path: ['tracks', t, 'linkedTrackIds', k],
          message: 'A track cannot be linked to itself',
        });
      else if (!trackIds.has(linkedId))
        issues.push({ path: ['tracks', t, 'linkedTrackIds', k], message: `Unknown track id ${linkedId}` });
    }),
  );

  const criterionIds = new Set<string>();
  framework.criteria.forEach((criterion, c) => {
    if (criterionIds.has(criterion.id))
      issues.push({ path: ['criteria', c, 'id'], message: `Duplicate criterion id ${criterion.id}` });
    criterionIds.add(criterion.id);
    const seenLevels = new Set<string>();
    criterion.expectations.forEach((expectation, e) => {
      const path = ['criteria', c, 'expectations', e, 'levelId'];
      if (!levelIds.has(expectation.levelId))
        issues.push({ path, message: `Unknown level id ${expectation.levelId}` });
      else if (seenLevels.has(expectation.levelId))
        issues.push({ path, message: `"${criterion.name}" has two expectations for the same level` });
      seenLevels.add(expectation.levelId);
    });
  });

  return issues;
};
