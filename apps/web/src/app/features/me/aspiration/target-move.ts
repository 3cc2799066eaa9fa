import type { Framework, Track } from '@trellis/domain';

import { levelIn } from '../data/ladder-lookup';

// What kind of move a target level is from where the person stands, in words:
// up the same track, into (or out of) management, or sideways.
export const describeMove = (
  ladder: Framework | null,
  currentLevelId: string | null,
  targetLevelId: string | null,
): string | null => {
  const target = levelIn(ladder, targetLevelId);
  if (!target) return null;
  const current = levelIn(ladder, currentLevelId);
  if (!current)
    return `${target.level.name}, on the ${trackKind(target.track)} track of ${target.track.discipline}.`;

  if (current.track.id === target.track.id) {
    if (target.level.rank > current.level.rank) {
      const steps = target.level.rank - current.level.rank;
      return steps === 1 ? 'A step up your track.' : `${steps} steps up your track.`;
    }
    if (target.level.rank === current.level.rank) return 'This is your level now: aim for growth in scope.';
    return 'A step back on your track, which is sometimes the right move.';
  }
  if (current.track.discipline === target.track.discipline) {
    return target.track.kind === 'management'
      ? 'A move into management, in your own discipline.'
      : 'A move back to individual contribution, in your own discipline.';
  }
  return `A sideways move, from ${current.track.discipline} into ${target.track.discipline}.`;
};

const trackKind = (track: Track) => (track.kind === 'management' ? 'management' : 'individual contributor');

export interface TrackGroup {
  readonly label: string;
  readonly track: Track;
}

// The tracks of the ladder for a grouped level picker: the person's own
// discipline first, then the others in ladder order; IC before management.
export const trackGroups = (ladder: Framework | null, currentLevelId: string | null): TrackGroup[] => {
  if (!ladder) return [];
  const discipline = levelIn(ladder, currentLevelId)?.track.discipline;
  const disciplines = [...new Set(ladder.tracks.map((track) => track.discipline))].sort(
    (a, b) => Number(b === discipline) - Number(a === discipline),
  );
  return disciplines.flatMap((name) =>
    ladder.tracks
      .filter((track) => track.discipline === name)
      .sort((a, b) => Number(a.kind === 'management') - Number(b.kind === 'management'))
      .map((track) => ({
        label: `${track.discipline} · ${track.kind === 'management' ? 'Management' : 'Individual contributor'}`,
        track: { ...track, levels: [...track.levels].sort((a, b) => a.rank - b.rank) },
      })),
  );
};
