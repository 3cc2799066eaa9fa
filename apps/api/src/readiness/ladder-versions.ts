import { EntityManager, In } from 'typeorm';

import type { Framework } from '@trellis/domain';

import { CriterionEntity } from '../frameworks/criterion.entity';
import { ExpectationEntity } from '../frameworks/expectation.entity';
import type { FrameworkRows } from '../frameworks/framework-document.store';
import { FrameworkEntity } from '../frameworks/framework.entity';
import { toFramework } from '../frameworks/framework.mapper';
import { LevelEntity } from '../frameworks/level.entity';
import { TrackPathEntity } from '../frameworks/track-path.entity';
import { TrackEntity } from '../frameworks/track.entity';

/** A framework version as the Framework shape, with the stable keys that tie versions together. */
export interface LadderVersion {
  readonly framework: Framework;
  /** Criterion key → id in this version. */
  readonly criterionIdByKey: ReadonlyMap<string, string>;
  /** `trackKey/levelKey` → level id in this version. */
  readonly levelIdByKey: ReadonlyMap<string, string>;
}

export const levelKey = (trackKey: string, key: string) => `${trackKey}/${key}`;

/**
 * Several framework versions in six statements, however many versions and rows
 * (loadFrameworkRows reads one version; a team's targets may span several).
 */
export const loadLadderVersions = async (
  manager: EntityManager,
  organizationId: string,
  frameworkIds: readonly string[],
): Promise<Map<string, LadderVersion>> => {
  const ids = [...new Set(frameworkIds)];
  if (ids.length === 0) return new Map();
  // Sequential on purpose: a transaction is one connection, which runs one query at a time.
  const frameworks = await manager.find(FrameworkEntity, { where: { organizationId, id: In(ids) } });
  const tracks = await manager.find(TrackEntity, { where: { organizationId, frameworkId: In(ids) } });
  const criteria = await manager.find(CriterionEntity, { where: { organizationId, frameworkId: In(ids) } });
  const trackIds = tracks.map((track) => track.id);
  const levels = trackIds.length
    ? await manager.find(LevelEntity, { where: { organizationId, trackId: In(trackIds) } })
    : [];
  const paths = trackIds.length
    ? await manager.find(TrackPathEntity, { where: { organizationId, fromTrackId: In(trackIds) } })
    : [];
  const criterionIds = criteria.map((criterion) => criterion.id);
  const expectations = criterionIds.length
    ? await manager.find(ExpectationEntity, { where: { organizationId, criterionId: In(criterionIds) } })
    : [];

  const versions = new Map<string, LadderVersion>();
  for (const framework of frameworks) {
    const ownTracks = tracks.filter((track) => track.frameworkId === framework.id);
    const trackKeyOf = new Map(ownTracks.map((track) => [track.id, track.key]));
    const ownLevels = levels.filter((level) => trackKeyOf.has(level.trackId));
    const ownCriteria = criteria.filter((criterion) => criterion.frameworkId === framework.id);
    const ownCriterionIds = new Set(ownCriteria.map((criterion) => criterion.id));
    const rows: FrameworkRows = {
      framework,
      tracks: ownTracks,
      levels: ownLevels,
      paths: paths.filter((path) => trackKeyOf.has(path.fromTrackId)),
      criteria: ownCriteria,
      expectations: expectations.filter((expectation) => ownCriterionIds.has(expectation.criterionId)),
    };
    versions.set(framework.id, {
      framework: toFramework(rows),
      criterionIdByKey: new Map(ownCriteria.map((criterion) => [criterion.key, criterion.id])),
      levelIdByKey: new Map(
        ownLevels.map((level) => [levelKey(trackKeyOf.get(level.trackId) ?? '', level.key), level.id]),
      ),
    });
  }
  return versions;
};
