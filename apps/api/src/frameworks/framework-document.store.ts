import { randomUUID } from 'node:crypto';

import { EntityManager, In } from 'typeorm';

import {
  canonicalizeFrameworkDocument,
  FRAMEWORK_DOCUMENT_FORMAT,
  type FrameworkDocument,
  type FrameworkStatus,
} from '@trellis/domain';

import { CriterionEntity } from './criterion.entity';
import { ExpectationEntity } from './expectation.entity';
import { FrameworkEntity } from './framework.entity';
import { LevelEntity } from './level.entity';
import { TrackPathEntity } from './track-path.entity';
import { TrackEntity } from './track.entity';

export interface ImportFrameworkOptions {
  readonly status: FrameworkStatus;
  /**
   * Ids for the new rows, by a key such as `framework`, `track:pmm-ic`,
   * `level:pmm-1`, `criterion:execution`, `expectation:execution:pmm-1`,
   * `path:pmm-ic:pm-ic`. Random by default; the demo seed passes stable ids.
   */
  readonly idFor?: (key: string) => string;
}

export interface ImportedFramework {
  readonly frameworkId: string;
  readonly trackIds: ReadonlyMap<string, string>;
  readonly levelIds: ReadonlyMap<string, string>;
  readonly criterionIds: ReadonlyMap<string, string>;
}

/**
 * Writes a validated trellis.framework/v1 document as a new framework version:
 * one bulk insert per table (six queries whatever its size), inside the caller's
 * transaction. Rows that already exist under the same ids are left as they are,
 * so importing with stable ids is idempotent.
 */
export const importFrameworkDocument = async (
  manager: EntityManager,
  organizationId: string,
  document: FrameworkDocument,
  { status, idFor = () => randomUUID() }: ImportFrameworkOptions,
): Promise<ImportedFramework> => {
  const frameworkId = idFor('framework');
  await manager
    .createQueryBuilder()
    .insert()
    .into(FrameworkEntity)
    .values({
      id: frameworkId,
      organizationId,
      name: document.name,
      version: document.version,
      status,
      publishedAt: status === 'published' ? new Date() : null,
    })
    .orIgnore()
    .execute();
  return insertFrameworkContent(manager, organizationId, frameworkId, document, idFor);
};

/**
 * The tracks, levels, paths, criteria and expectations of a document under an
 * existing framework row: one bulk insert per table (five queries whatever its size).
 */
export const insertFrameworkContent = async (
  manager: EntityManager,
  organizationId: string,
  frameworkId: string,
  document: FrameworkDocument,
  idFor: (key: string) => string = () => randomUUID(),
): Promise<ImportedFramework> => {
  const trackIds = new Map(document.tracks.map((t) => [t.key, idFor(`track:${t.key}`)]));
  const levelIds = new Map(
    document.tracks.flatMap((t) => t.levels.map((l) => [l.key, idFor(`level:${l.key}`)] as const)),
  );
  const criterionIds = new Map(document.criteria.map((c) => [c.key, idFor(`criterion:${c.key}`)]));
  const idOf = (ids: ReadonlyMap<string, string>, key: string): string => {
    const id = ids.get(key);
    // The document schema checked every reference; a miss here is a programming error.
    if (!id) throw new Error(`Unresolved framework key ${key}`);
    return id;
  };
  const insert = async <T extends object>(entity: new () => T, rows: object[]): Promise<void> => {
    if (rows.length === 0) return;
    await manager.createQueryBuilder().insert().into(entity).values(rows).orIgnore().execute();
  };

  await insert(
    TrackEntity,
    document.tracks.map((t) => ({
      id: idOf(trackIds, t.key),
      organizationId,
      frameworkId,
      key: t.key,
      name: t.name,
      kind: t.kind,
      discipline: t.discipline,
    })),
  );
  await insert(
    LevelEntity,
    document.tracks.flatMap((t) =>
      t.levels.map((l) => ({
        id: idOf(levelIds, l.key),
        organizationId,
        trackId: idOf(trackIds, t.key),
        key: l.key,
        name: l.name,
        rank: l.rank,
        isLead: l.isLead ?? false,
      })),
    ),
  );
  await insert(
    TrackPathEntity,
    document.paths.map((p) => ({
      id: idFor(`path:${p.from}:${p.to}`),
      organizationId,
      fromTrackId: idOf(trackIds, p.from),
      toTrackId: idOf(trackIds, p.to),
      kind: p.kind,
    })),
  );
  await insert(
    CriterionEntity,
    document.criteria.map((c) => ({
      id: idOf(criterionIds, c.key),
      organizationId,
      frameworkId,
      key: c.key,
      name: c.name,
      theme: c.theme,
      description: c.description,
    })),
  );
  await insert(
    ExpectationEntity,
    document.criteria.flatMap((c) =>
      c.expectations.map((e) => ({
        id: idFor(`expectation:${c.key}:${e.level}`),
        organizationId,
        criterionId: idOf(criterionIds, c.key),
        levelId: idOf(levelIds, e.level),
        proficiency: e.proficiency,
        description: e.description,
      })),
    ),
  );
  return { frameworkId, trackIds, levelIds, criterionIds };
};

/**
 * Deletes the content of a framework (not its row), children first, one explicit
 * DELETE per table: five queries. The foreign keys RESTRICT, so a row anything
 * still points at makes this fail rather than vanish silently; callers check first.
 */
export const deleteFrameworkContent = async (
  manager: EntityManager,
  organizationId: string,
  frameworkId: string,
): Promise<void> => {
  const params = [organizationId, frameworkId];
  await manager.query(
    `DELETE FROM expectations
      WHERE organization_id = $1
        AND criterion_id IN (SELECT id FROM criteria WHERE organization_id = $1 AND framework_id = $2)`,
    params,
  );
  await manager.query(`DELETE FROM criteria WHERE organization_id = $1 AND framework_id = $2`, params);
  await manager.query(
    `DELETE FROM track_paths
      WHERE organization_id = $1
        AND from_track_id IN (SELECT id FROM tracks WHERE organization_id = $1 AND framework_id = $2)`,
    params,
  );
  await manager.query(
    `DELETE FROM levels
      WHERE organization_id = $1
        AND track_id IN (SELECT id FROM tracks WHERE organization_id = $1 AND framework_id = $2)`,
    params,
  );
  await manager.query(`DELETE FROM tracks WHERE organization_id = $1 AND framework_id = $2`, params);
};

/** Everything of one framework version, read in a constant number of queries. */
export interface FrameworkRows {
  readonly framework: FrameworkEntity;
  readonly tracks: TrackEntity[];
  readonly levels: LevelEntity[];
  readonly paths: TrackPathEntity[];
  readonly criteria: CriterionEntity[];
  readonly expectations: ExpectationEntity[];
}

export const loadFrameworkRows = async (
  manager: EntityManager,
  framework: FrameworkEntity,
): Promise<FrameworkRows> => {
  const scope = { organizationId: framework.organizationId, frameworkId: framework.id };
  // Sequential on purpose: a transaction is one connection, which runs one query at a time.
  const tracks = await manager.find(TrackEntity, { where: scope });
  const criteria = await manager.find(CriterionEntity, { where: scope });
  const trackIds = tracks.map((t) => t.id);
  const levels = await manager.find(LevelEntity, {
    where: { organizationId: framework.organizationId, trackId: In(trackIds) },
  });
  const paths = await manager.find(TrackPathEntity, {
    where: { organizationId: framework.organizationId, fromTrackId: In(trackIds) },
  });
  const expectations = await manager.find(ExpectationEntity, {
    where: { organizationId: framework.organizationId, criterionId: In(criteria.map((c) => c.id)) },
  });
  return { framework, tracks, levels, paths, criteria, expectations };
};

/** Several framework versions in five queries, however many versions and rows. */
export const loadFrameworkRowsOf = async (
  manager: EntityManager,
  frameworks: readonly FrameworkEntity[],
): Promise<Map<string, FrameworkRows>> => {
  const [first] = frameworks;
  if (!first) return new Map();
  const organizationId = first.organizationId;
  const ids = frameworks.map((f) => f.id);
  const tracks = await manager.find(TrackEntity, { where: { organizationId, frameworkId: In(ids) } });
  const criteria = await manager.find(CriterionEntity, { where: { organizationId, frameworkId: In(ids) } });
  const trackIds = tracks.map((t) => t.id);
  const criterionIds = criteria.map((c) => c.id);
  const levels = await manager.find(LevelEntity, { where: { organizationId, trackId: In(trackIds) } });
  const paths = await manager.find(TrackPathEntity, { where: { organizationId, fromTrackId: In(trackIds) } });
  const expectations = criterionIds.length
    ? await manager.find(ExpectationEntity, { where: { organizationId, criterionId: In(criterionIds) } })
    : [];
  return new Map(
    frameworks.map((framework) => {
      const ownTracks = tracks.filter((t) => t.frameworkId === framework.id);
      const ownTrackIds = new Set(ownTracks.map((t) => t.id));
      const ownCriteria = criteria.filter((c) => c.frameworkId === framework.id);
      const ownCriterionIds = new Set(ownCriteria.map((c) => c.id));
      return [
        framework.id,
        {
          framework,
          tracks: ownTracks,
          levels: levels.filter((l) => ownTrackIds.has(l.trackId)),
          paths: paths.filter((p) => ownTrackIds.has(p.fromTrackId)),
          criteria: ownCriteria,
          expectations: expectations.filter((e) => ownCriterionIds.has(e.criterionId)),
        },
      ] as const;
    }),
  );
};

/** The framework as a canonical trellis.framework/v1 document: export → import → export is identical. */
export const toFrameworkDocument = (rows: FrameworkRows): FrameworkDocument => {
  const trackKey = new Map(rows.tracks.map((t) => [t.id, t.key]));
  const levelKey = new Map(rows.levels.map((l) => [l.id, l.key]));
  const keyOf = (keys: ReadonlyMap<string, string>, id: string): string => keys.get(id) ?? id;
  return canonicalizeFrameworkDocument({
    format: FRAMEWORK_DOCUMENT_FORMAT,
    name: rows.framework.name,
    version: rows.framework.version,
    disciplines: [...new Set(rows.tracks.map((t) => t.discipline))],
    tracks: rows.tracks.map((t) => ({
      key: t.key,
      name: t.name,
      kind: t.kind,
      discipline: t.discipline,
      levels: rows.levels
        .filter((l) => l.trackId === t.id)
        .map((l) => ({ key: l.key, name: l.name, rank: l.rank, ...(l.isLead ? { isLead: true } : {}) })),
    })),
    paths: rows.paths.map((p) => ({
      from: keyOf(trackKey, p.fromTrackId),
      to: keyOf(trackKey, p.toTrackId),
      kind: p.kind,
    })),
    criteria: rows.criteria.map((c) => ({
      key: c.key,
      name: c.name,
      theme: c.theme,
      description: c.description,
      expectations: rows.expectations
        .filter((e) => e.criterionId === c.id)
        .map((e) => ({
          level: keyOf(levelKey, e.levelId),
          proficiency: e.proficiency,
          description: e.description,
        })),
    })),
  });
};
