import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import {
  diffLevels,
  parseFrameworkDocument,
  type Framework,
  type FrameworkDocument,
  type FrameworkListItem,
  type FrameworkSummary,
  type LevelDiff,
  type Page,
  type PageQuery,
} from '@trellis/domain';

import { hasAnyRole, type Actor } from '../auth/actor';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import { CursorPart, decodeCursorAs, encodeCursor } from '../http/page-cursor';
import { importFrameworkDocument, loadFrameworkRows, toFrameworkDocument } from './framework-document.store';
import { FrameworkEntity } from './framework.entity';
import { toFramework, toFrameworkListItem, toFrameworkSummary } from './framework.mapper';

/** Drafts are work in progress of whoever edits the ladder; everyone else reads published versions. */
const seesDrafts = (actor: Actor) => hasAnyRole(actor, ['hr', 'admin']);

@Injectable()
export class FrameworksService {
  constructor(private readonly db: TenantDatabase) {}

  /**
   * One query: ordered by name, newest version first, keyset-paginated; each row
   * says whether it is the current (highest published) version of its name.
   */
  list(actor: Actor, query: PageQuery): Promise<Page<FrameworkListItem>> {
    return this.db.transaction(actor.organizationId, (manager) => this.listIn(manager, actor, query));
  }

  private async listIn(
    manager: EntityManager,
    actor: Actor,
    query: PageQuery,
  ): Promise<Page<FrameworkListItem>> {
    const builder = manager
      .getRepository(FrameworkEntity)
      .createQueryBuilder('f')
      .addSelect(
        `(SELECT c.id FROM frameworks c
           WHERE c.organization_id = f.organization_id AND c.name = f.name AND c.status = 'published'
           ORDER BY c.version DESC LIMIT 1)`,
        'current_id',
      )
      .where('f.organization_id = :org', { org: actor.organizationId })
      .orderBy('f.name', 'ASC')
      .addOrderBy('f.version', 'DESC')
      .addOrderBy('f.id', 'ASC')
      .take(query.limit + 1);
    if (!seesDrafts(actor)) builder.andWhere(`f.status = 'published'`);
    if (query.cursor) {
      const [name, version, id] = decodeCursorAs(query.cursor, [
        CursorPart.text,
        CursorPart.integer,
        CursorPart.uuid,
      ]);
      builder.andWhere(
        '(f.name > :name OR (f.name = :name AND (f.version < :version OR (f.version = :version AND f.id > :id))))',
        { name, version, id },
      );
    }
    const { entities: rows, raw } = await builder.getRawAndEntities<{ current_id: string | null }>();
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    return {
      // Without joins, raw rows and entities come in the same order.
      items: items.map((entity, i) => toFrameworkListItem(entity, raw[i]?.current_id ?? null)),
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.name, last.version, last.id]) : null,
    };
  }

  /** Six queries whatever the ladder's size. */
  get(actor: Actor, id: string): Promise<Framework> {
    return this.db.transaction(actor.organizationId, async (manager) =>
      toFramework(await loadFrameworkRows(manager, await this.findVisible(manager, actor, id))),
    );
  }

  async diff(actor: Actor, id: string, from: string, to: string): Promise<LevelDiff> {
    const result = diffLevels(await this.get(actor, id), from, to);
    if (!result.ok) {
      const field = result.error.levelId === from ? 'from' : 'to';
      throw new DomainError('invalid', result.error.message, [
        { path: field, message: `${field} is not a level of this framework` },
      ]);
    }
    return result.diff;
  }

  exportDocument(actor: Actor, id: string): Promise<FrameworkDocument> {
    return this.db.transaction(actor.organizationId, async (manager) =>
      toFrameworkDocument(await loadFrameworkRows(manager, await this.findVisible(manager, actor, id))),
    );
  }

  /** Imports a trellis.framework/v1 document as a new draft; all or nothing. */
  async importDocument(actor: Actor, body: unknown): Promise<FrameworkSummary> {
    const parsed = parseFrameworkDocument(body);
    if (!parsed.ok) {
      throw new DomainError('invalid', 'The framework document is not valid; see errors.', parsed.errors);
    }
    const { document } = parsed;
    return this.db.transaction(actor.organizationId, async (manager) => {
      const clashes = await manager.find(FrameworkEntity, {
        where: [
          { organizationId: actor.organizationId, name: document.name, version: document.version },
          // One draft per name: an import must not start a second one.
          { organizationId: actor.organizationId, name: document.name, status: 'draft' },
        ],
      });
      const draft = clashes.find((clash) => clash.status === 'draft' && clash.version !== document.version);
      if (draft) {
        throw new DomainError(
          'conflict',
          `A draft of "${draft.name}" (version ${draft.version}) already exists; continue or publish it first.`,
        );
      }
      if (clashes.length > 0) {
        throw new DomainError(
          'conflict',
          `"${document.name}" version ${document.version} already exists; import it with a higher version.`,
        );
      }
      const { frameworkId } = await importFrameworkDocument(manager, actor.organizationId, document, {
        status: 'draft',
      });
      const created = await manager.findOneByOrFail(FrameworkEntity, { id: frameworkId });
      return toFrameworkSummary(created);
    });
  }

  async findVisible(manager: EntityManager, actor: Actor, id: string): Promise<FrameworkEntity> {
    const framework = await manager
      .getRepository(FrameworkEntity)
      .findOne({ where: { id, organizationId: actor.organizationId } });
    // Another organization's framework, or a draft you may not see, does not exist for you.
    if (!framework || (framework.status === 'draft' && !seesDrafts(actor))) {
      throw new DomainError('not_found', 'There is no such framework.');
    }
    return framework;
  }
}
