import { Injectable } from '@nestjs/common';
import { EntityManager, QueryFailedError } from 'typeorm';

import {
  compareFrameworkDocuments,
  describeLevelInUse,
  parseFrameworkDocument,
  type FrameworkChangesAnswer,
  type FrameworkDocument,
  type FrameworkDocumentSave,
  type FrameworkListItem,
  type LevelInUse,
} from '@trellis/domain';

import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import {
  deleteFrameworkContent,
  importFrameworkDocument,
  insertFrameworkContent,
  loadFrameworkRows,
  loadFrameworkRowsOf,
  toFrameworkDocument,
} from './framework-document.store';
import { FrameworkEntity } from './framework.entity';
import { toFrameworkListItem } from './framework.mapper';
import { FrameworksService } from './frameworks.service';

const ONE_DRAFT_PER_NAME = 'frameworks_organization_id_name_draft_key';

const frozen = () =>
  new DomainError('conflict', 'Published versions are frozen: start a draft from it and edit that instead.');
const stale = () =>
  new DomainError(
    'conflict',
    'Someone saved this draft after you opened it. Reload it to see their changes, then apply yours again.',
  );

interface NameRow {
  latestVersion: number | null;
  currentId: string | null;
  draftId: string | null;
  draftVersion: number | null;
}

interface RowCounts {
  people: number;
  aspirations: number;
  positions: number;
  moves: number;
  evidence: number;
  goals: number;
}

interface LevelInUseRow extends LevelInUse {
  readonly key: string;
}

/**
 * The ladder editor: a draft copied from the published version, saved whole as a
 * trellis.framework/v1 document (the body carries the revision it read), compared
 * with the published version by stable key, and published, which moves people,
 * aspirations and open seats onto the new version's levels with the same key. The
 * versions before stay as they are, frozen, with the evidence written against them.
 */
@Injectable()
export class FrameworkDraftsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly frameworks: FrameworksService,
    private readonly audit: AuditService,
  ) {}

  /** Eleven queries whatever the ladder's size (find, name facts, five reads, six inserts less the row…). */
  async startDraft(actor: Actor, sourceId: string, correlationId: string): Promise<FrameworkListItem> {
    try {
      return await this.db.transaction(actor.organizationId, async (manager) => {
        const source = await this.frameworks.findVisible(manager, actor, sourceId);
        if (source.status !== 'published') {
          throw new DomainError('conflict', 'Start a draft from a published version; this one is a draft.');
        }
        const facts = await this.nameFacts(manager, actor.organizationId, source.name);
        if (facts.draftId) {
          throw new DomainError(
            'conflict',
            `A draft of "${source.name}" (version ${facts.draftVersion}) already exists: continue it instead.`,
            [{ path: 'draftId', message: facts.draftId }],
          );
        }
        const document: FrameworkDocument = {
          ...toFrameworkDocument(await loadFrameworkRows(manager, source)),
          version: (facts.latestVersion ?? source.version) + 1,
        };
        const { frameworkId } = await importFrameworkDocument(manager, actor.organizationId, document, {
          status: 'draft',
        });
        await this.audit.record(manager, {
          actor,
          action: 'framework.draft.create',
          targetType: 'framework',
          targetId: frameworkId,
          subjectPersonId: null,
          correlationId,
          details: { name: source.name, version: document.version, from: source.id },
        });
        const draft = await manager.findOneByOrFail(FrameworkEntity, { id: frameworkId });
        return toFrameworkListItem(draft, facts.currentId);
      });
    } catch (error) {
      // Two editors starting a draft of the same name at once: the unique index lets one win.
      if (isUniqueViolation(error, ONE_DRAFT_PER_NAME)) {
        throw new DomainError(
          'conflict',
          'Someone else just started a draft of this framework: continue it.',
        );
      }
      throw error;
    }
  }

  /** The document with the revision it was read at (seven queries). */
  readDocument(
    actor: Actor,
    id: string,
  ): Promise<{ framework: FrameworkListItem; document: FrameworkDocument }> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const framework = await this.frameworks.findVisible(manager, actor, id);
      const facts = await this.nameFacts(manager, actor.organizationId, framework.name);
      const document = toFrameworkDocument(await loadFrameworkRows(manager, framework));
      return { framework: toFrameworkListItem(framework, facts.currentId), document };
    });
  }

  /**
   * Replaces the draft's content with the document: a guarded revision bump (409 when
   * stale), a check that nothing points at the draft's rows, five explicit deletes and
   * five bulk inserts, in one transaction. Thirteen queries plus the audit, whatever the size.
   */
  async saveDocument(
    actor: Actor,
    id: string,
    input: FrameworkDocumentSave,
    correlationId: string,
  ): Promise<FrameworkListItem> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const framework = await this.frameworks.findVisible(manager, actor, id);
      if (framework.status !== 'draft') throw frozen();
      const document = this.parse(input.document);
      const renamed = [
        ...(document.name !== framework.name
          ? [{ path: '/document/name', message: `The name stays "${framework.name}" in this draft` }]
          : []),
        ...(document.version !== framework.version
          ? [{ path: '/document/version', message: `The version stays ${framework.version} in this draft` }]
          : []),
      ];
      if (renamed.length > 0) {
        throw new DomainError('invalid', 'A draft keeps its name and version.', renamed);
      }
      const saved = await this.bumpRevision(manager, framework, input.revision);

      // A draft's rows are never the target of anything (evidence, goals, positions and
      // people take published levels and criteria only). Were one referenced, rewriting
      // the draft would cut it loose, so refuse rather than delete under it.
      const references = await this.referencesTo(manager, framework);
      const referenced = Object.entries(references).filter(([, count]) => count > 0);
      if (referenced.length > 0) {
        throw new DomainError(
          'conflict',
          `Rows of this draft are in use (${referenced.map(([table, n]) => `${table}: ${n}`).join(', ')}); ` +
            'it cannot be rewritten.',
        );
      }
      await deleteFrameworkContent(manager, actor.organizationId, framework.id);
      await insertFrameworkContent(manager, actor.organizationId, framework.id, document);
      await this.audit.record(manager, {
        actor,
        action: 'framework.draft.save',
        targetType: 'framework',
        targetId: framework.id,
        subjectPersonId: null,
        correlationId,
        details: {
          revision: saved.revision,
          tracks: document.tracks.length,
          levels: document.tracks.reduce((n, track) => n + track.levels.length, 0),
          criteria: document.criteria.length,
        },
      });
      return toFrameworkListItem(saved, null);
    });
  }

  /**
   * A draft against the current published version of its name; a published version
   * against the published one before it. Eight queries.
   */
  changes(actor: Actor, id: string): Promise<FrameworkChangesAnswer> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const framework = await this.frameworks.findVisible(manager, actor, id);
      const facts = await manager.query<(NameRow & { againstId: string | null })[]>(
        `SELECT (SELECT c.id FROM frameworks c
                  WHERE c.organization_id = $1 AND c.name = $2 AND c.status = 'published'
                  ORDER BY c.version DESC LIMIT 1) AS "currentId",
                (SELECT b.id FROM frameworks b
                  WHERE b.organization_id = $1 AND b.name = $2 AND b.status = 'published'
                    AND b.id <> $3 AND ($4::text = 'draft' OR b.version < $5)
                  ORDER BY b.version DESC LIMIT 1) AS "againstId"`,
        [actor.organizationId, framework.name, framework.id, framework.status, framework.version],
      );
      const { currentId = null, againstId = null } = facts[0] ?? {};
      const against = againstId
        ? await manager.findOneByOrFail(FrameworkEntity, {
            id: againstId,
            organizationId: actor.organizationId,
          })
        : null;
      const rows = await loadFrameworkRowsOf(manager, against ? [framework, against] : [framework]);
      const documentOf = (entity: FrameworkEntity) => {
        const found = rows.get(entity.id);
        if (!found) throw new Error(`Framework ${entity.id} was not loaded`);
        return toFrameworkDocument(found);
      };
      return {
        framework: toFrameworkListItem(framework, currentId),
        against: against ? toFrameworkListItem(against, currentId) : null,
        changes: compareFrameworkDocuments(against ? documentOf(against) : null, documentOf(framework)),
      };
    });
  }

  /**
   * Publishes the draft: a guarded status flip (409 when stale), a refusal when a
   * level someone sits on, targets or is hired into is gone, then one UPDATE … FROM
   * per table moving people, aspirations and open positions onto the level with the
   * same key. Seven queries plus the audit, whatever the number of people.
   */
  async publish(
    actor: Actor,
    id: string,
    revision: number,
    correlationId: string,
  ): Promise<FrameworkListItem> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const framework = await this.frameworks.findVisible(manager, actor, id);
      if (framework.status !== 'draft')
        throw new DomainError('conflict', 'This version is already published.');
      const facts = await manager.query<{ higher: number | null; previousId: string | null }[]>(
        `SELECT max(version) FILTER (WHERE version > $3) AS higher,
                (array_agg(id ORDER BY version DESC))[1] AS "previousId"
           FROM frameworks
          WHERE organization_id = $1 AND name = $2 AND status = 'published'`,
        [actor.organizationId, framework.name, framework.version],
      );
      const { higher = null, previousId = null } = facts[0] ?? {};
      if (higher !== null) {
        throw new DomainError(
          'conflict',
          `Version ${higher} of "${framework.name}" is already published; this draft (version ${framework.version}) would go back in time.`,
        );
      }
      const published = await this.flipToPublished(manager, framework, revision);

      const inUse = await manager.query<LevelInUseRow[]>(
        `WITH old_levels AS (
           SELECT l.id, l.key, l.name, f.version
             FROM levels l
             JOIN tracks t ON t.organization_id = l.organization_id AND t.id = l.track_id
             JOIN frameworks f ON f.organization_id = t.organization_id AND f.id = t.framework_id
            WHERE f.organization_id = $1 AND f.name = $2 AND f.id <> $3 AND f.status = 'published'
              AND NOT EXISTS (
                SELECT 1 FROM levels nl
                  JOIN tracks nt ON nt.organization_id = nl.organization_id AND nt.id = nl.track_id
                 WHERE nt.organization_id = $1 AND nt.framework_id = $3 AND nl.key = l.key))
         SELECT o.key, (array_agg(o.name ORDER BY o.version DESC))[1] AS name,
                sum(p.n)::int AS people, sum(a.n)::int AS aspirations, sum(s.n)::int AS positions
           FROM old_levels o
           CROSS JOIN LATERAL (SELECT count(*) AS n FROM people x
                                WHERE x.organization_id = $1 AND x.level_id = o.id AND x.deleted_at IS NULL) p
           CROSS JOIN LATERAL (SELECT count(*) AS n FROM aspirations x
                                WHERE x.organization_id = $1 AND x.target_level_id = o.id
                                  AND x.deleted_at IS NULL) a
           CROSS JOIN LATERAL (SELECT count(*) AS n FROM positions x
                                WHERE x.organization_id = $1 AND x.level_id = o.id AND x.status = 'open') s
          GROUP BY o.key
         HAVING sum(p.n) + sum(a.n) + sum(s.n) > 0
          ORDER BY o.key`,
        [actor.organizationId, framework.name, framework.id],
      );
      if (inUse.length > 0) {
        const total = (field: 'people' | 'aspirations' | 'positions') =>
          inUse.reduce((n, level) => n + level[field], 0);
        throw new DomainError(
          'conflict',
          `This draft removes ${inUse.length === 1 ? 'a level' : `${inUse.length} levels`} still in use ` +
            `(${total('people')} people, ${total('aspirations')} aspirations, ${total('positions')} open positions). ` +
            'Keep the level, or give it the key of the level that replaces it, then publish.',
          inUse.map(describeLevelInUse),
        );
      }

      const moved = {
        people: await this.moveToNewLevels(manager, 'people', 'level_id', '', framework),
        // The aspiration's version moves on too: an edit opened before the publish would
        // otherwise write the old version's level back.
        aspirations: await this.moveToNewLevels(
          manager,
          'aspirations',
          'target_level_id',
          ', version = x.version + 1, updated_at = now()',
          framework,
        ),
        positions: await this.moveToNewLevels(
          manager,
          'positions',
          'level_id',
          '',
          framework,
          `x.status = 'open'`,
        ),
      };
      await this.audit.record(manager, {
        actor,
        action: 'framework.publish',
        targetType: 'framework',
        targetId: framework.id,
        subjectPersonId: null,
        correlationId,
        details: {
          name: framework.name,
          version: framework.version,
          previous: previousId,
          movedPeople: moved.people,
          movedAspirations: moved.aspirations,
          movedPositions: moved.positions,
        },
      });
      return toFrameworkListItem(published, published.id);
    });
  }

  // ── helpers ────────────────────────────────────────────────────────────────

  private parse(input: unknown): FrameworkDocument {
    const parsed = parseFrameworkDocument(input);
    if (!parsed.ok) {
      throw new DomainError(
        'invalid',
        'The framework document is not valid; see errors.',
        parsed.errors.map((error) => ({ path: `/document${error.path}`, message: error.message })),
      );
    }
    return parsed.document;
  }

  /** The newest version, the current published one and the draft of a name: one query. */
  private async nameFacts(manager: EntityManager, organizationId: string, name: string): Promise<NameRow> {
    const [row] = await manager.query<NameRow[]>(
      `SELECT max(version) AS "latestVersion",
              (array_agg(id ORDER BY version DESC) FILTER (WHERE status = 'published'))[1] AS "currentId",
              (array_agg(id) FILTER (WHERE status = 'draft'))[1] AS "draftId",
              max(version) FILTER (WHERE status = 'draft') AS "draftVersion"
         FROM frameworks WHERE organization_id = $1 AND name = $2`,
      [organizationId, name],
    );
    return row ?? { latestVersion: null, currentId: null, draftId: null, draftVersion: null };
  }

  /** `UPDATE … WHERE revision = read`: of two saves on one revision, exactly one wins. */
  private async bumpRevision(
    manager: EntityManager,
    framework: FrameworkEntity,
    revision: number,
  ): Promise<FrameworkEntity> {
    const result = await manager
      .createQueryBuilder()
      .update(FrameworkEntity)
      .set({ revision: () => 'revision + 1' })
      .where(`id = :id AND organization_id = :org AND status = 'draft' AND revision = :revision`, {
        id: framework.id,
        org: framework.organizationId,
        revision,
      })
      .returning('*')
      .execute();
    if (result.affected !== 1) throw stale();
    return manager.create(FrameworkEntity, {
      ...framework,
      revision: framework.revision + 1,
      ...revisionOf(result.raw),
    });
  }

  private async flipToPublished(
    manager: EntityManager,
    framework: FrameworkEntity,
    revision: number,
  ): Promise<FrameworkEntity> {
    const publishedAt = new Date();
    const result = await manager
      .createQueryBuilder()
      .update(FrameworkEntity)
      .set({ status: 'published', publishedAt, revision: () => 'revision + 1' })
      .where(`id = :id AND organization_id = :org AND status = 'draft' AND revision = :revision`, {
        id: framework.id,
        org: framework.organizationId,
        revision,
      })
      .returning('*')
      .execute();
    if (result.affected !== 1) throw stale();
    return manager.create(FrameworkEntity, {
      ...framework,
      status: 'published',
      publishedAt,
      ...revisionOf(result.raw),
    });
  }

  /** How many rows of other tables point at the draft's levels and criteria: one query. */
  private async referencesTo(manager: EntityManager, framework: FrameworkEntity): Promise<RowCounts> {
    const [row] = await manager.query<RowCounts[]>(
      `WITH lv AS (SELECT l.id FROM levels l
                     JOIN tracks t ON t.organization_id = l.organization_id AND t.id = l.track_id
                    WHERE t.organization_id = $1 AND t.framework_id = $2),
            cr AS (SELECT id FROM criteria WHERE organization_id = $1 AND framework_id = $2)
       SELECT (SELECT count(*) FROM people WHERE organization_id = $1 AND level_id IN (SELECT id FROM lv))::int AS people,
              (SELECT count(*) FROM aspirations
                WHERE organization_id = $1 AND target_level_id IN (SELECT id FROM lv))::int AS aspirations,
              (SELECT count(*) FROM positions WHERE organization_id = $1 AND level_id IN (SELECT id FROM lv))::int AS positions,
              (SELECT count(*) FROM moves WHERE organization_id = $1
                  AND (from_level_id IN (SELECT id FROM lv) OR to_level_id IN (SELECT id FROM lv)))::int AS moves,
              (SELECT count(*) FROM evidence_criteria
                WHERE organization_id = $1 AND criterion_id IN (SELECT id FROM cr))::int AS evidence,
              (SELECT count(*) FROM goals WHERE organization_id = $1 AND criterion_id IN (SELECT id FROM cr))::int AS goals`,
      [framework.organizationId, framework.id],
    );
    return row ?? { people: 0, aspirations: 0, positions: 0, moves: 0, evidence: 0, goals: 0 };
  }

  /**
   * One UPDATE … FROM: every row of `table` on a level of another published version
   * of the same name moves to this version's level with the same key. Returns how many.
   */
  private async moveToNewLevels(
    manager: EntityManager,
    table: 'people' | 'aspirations' | 'positions',
    column: 'level_id' | 'target_level_id',
    alsoSet: string,
    framework: FrameworkEntity,
    condition = 'true',
  ): Promise<number> {
    const [row] = await manager.query<{ n: number }[]>(
      `WITH moved AS (
         UPDATE ${table} x SET ${column} = nl.id${alsoSet}
           FROM levels ol
           JOIN tracks ot ON ot.organization_id = ol.organization_id AND ot.id = ol.track_id
           JOIN frameworks ofw ON ofw.organization_id = ot.organization_id AND ofw.id = ot.framework_id,
                levels nl
           JOIN tracks nt ON nt.organization_id = nl.organization_id AND nt.id = nl.track_id
          WHERE x.organization_id = $1 AND x.${column} = ol.id AND ${condition}
            AND ofw.organization_id = $1 AND ofw.name = $2 AND ofw.id <> $3 AND ofw.status = 'published'
            AND nt.organization_id = $1 AND nt.framework_id = $3 AND nl.key = ol.key
         RETURNING 1)
       SELECT count(*)::int AS n FROM moved`,
      [framework.organizationId, framework.name, framework.id],
    );
    return row?.n ?? 0;
  }
}

const revisionOf = (raw: unknown): { revision?: number } => {
  const [row] = Array.isArray(raw) ? (raw as { revision?: number }[]) : [];
  return row?.revision === undefined ? {} : { revision: row.revision };
};

const isUniqueViolation = (error: unknown, constraint: string): boolean =>
  error instanceof QueryFailedError &&
  (error.driverError as { code?: string; constraint?: string }).code === '23505' &&
  (error.driverError as { constraint?: string }).constraint === constraint;
