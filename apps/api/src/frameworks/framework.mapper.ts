import type { Framework, FrameworkListItem, FrameworkSummary } from '@trellis/domain';

import type { FrameworkRows } from './framework-document.store';
import type { FrameworkEntity } from './framework.entity';

export const toFrameworkSummary = (entity: FrameworkEntity): FrameworkSummary => ({
  id: entity.id,
  name: entity.name,
  version: entity.version,
  status: entity.status,
});

/**
 * A row of the list: `currentId` is the id of the highest published version of
 * the framework's name (null when none is published yet).
 */
export const toFrameworkListItem = (
  entity: FrameworkEntity,
  currentId: string | null,
): FrameworkListItem => ({
  ...toFrameworkSummary(entity),
  revision: entity.revision,
  publishedAt: entity.publishedAt?.toISOString() ?? null,
  current: entity.id === currentId,
  supersededById: entity.status === 'published' && currentId && currentId !== entity.id ? currentId : null,
});

/** The Framework shape: tracks (discipline order, levels by rank) and criteria (theme, name). */
export const toFramework = (rows: FrameworkRows): Framework => {
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const tracks = [...rows.tracks].sort(
    (a, b) => byText(a.discipline, b.discipline) || byText(a.kind, b.kind) || byText(a.name, b.name),
  );
  const levelOrder = new Map<string, number>();
  const mappedTracks = tracks.map((track) => {
    const levels = rows.levels.filter((l) => l.trackId === track.id).sort((a, b) => a.rank - b.rank);
    for (const level of levels) levelOrder.set(level.id, levelOrder.size);
    return {
      id: track.id,
      name: track.name,
      kind: track.kind,
      discipline: track.discipline,
      levels: levels.map((l) => ({ id: l.id, name: l.name, rank: l.rank, lead: l.isLead })),
      linkedTrackIds: rows.paths.filter((p) => p.fromTrackId === track.id).map((p) => p.toTrackId),
    };
  });
  const criteria = [...rows.criteria].sort((a, b) => byText(a.theme, b.theme) || byText(a.name, b.name));
  return {
    ...toFrameworkSummary(rows.framework),
    tracks: mappedTracks,
    criteria: criteria.map((criterion) => ({
      id: criterion.id,
      name: criterion.name,
      theme: criterion.theme,
      description: criterion.description,
      expectations: rows.expectations
        .filter((e) => e.criterionId === criterion.id)
        .sort((a, b) => (levelOrder.get(a.levelId) ?? 0) - (levelOrder.get(b.levelId) ?? 0))
        .map((e) => ({ levelId: e.levelId, proficiency: e.proficiency, description: e.description })),
    })),
  };
};
