import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import {
  reviseEvidence,
  type Evidence,
  type EvidenceInput,
  type EvidencePatch,
  type EvidenceQuery,
  type EvidenceWithHistory,
  type Page,
} from '@trellis/domain';

import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { ScopeService } from '../auth/scope/scope.service';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import { encodeCursor } from '../http/page-cursor';
import { NotificationsService } from '../notifications/notifications.service';
import { PersonEntity } from '../people/person.entity';
import { EvidenceCriterionEntity } from './evidence-criterion.entity';
import { listCursor } from './evidence-cursor';
import { EvidenceEntity } from './evidence.entity';
import { toEvidence, toReviewEntry } from './evidence.mapper';
import { EvidenceRepository, type AuthoredEvidenceRow } from './evidence.repository';

// Evidence bodies reach the person and their management chain, never HR, an
// admin or a peer (DESIGN.md, Access rules): for everyone else it does not exist.

@Injectable()
export class EvidenceService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly evidence: EvidenceRepository,
  ) {}

  /** Newest first; at most four statements (scope, page, audit) whatever the data. */
  list(actor: Actor, personId: string, query: EvidenceQuery, correlationId: string): Promise<Page<Evidence>> {
    const after = query.cursor ? listCursor(query.cursor) : undefined;
    return this.db.transaction(actor.organizationId, async (manager) => {
      const relation = await this.scope.relationTo(manager, actor, personId);
      if (relation === null) throw new DomainError('not_found', 'There is no such person.');
      const rows = await this.evidence.page(manager, actor.organizationId, personId, {
        ...query,
        after,
        limit: query.limit + 1,
      });
      const items = rows.slice(0, query.limit);
      if (relation !== 'self') {
        await this.audit.record(manager, {
          actor,
          action: 'evidence.list',
          targetType: 'person',
          targetId: personId,
          subjectPersonId: personId,
          correlationId,
          details: { as: relation, count: items.length },
        });
      }
      const last = items[items.length - 1];
      return {
        items: items.map(toEvidence),
        nextCursor:
          rows.length > query.limit && last
            ? encodeCursor([last.occurredOn, last.createdKey, last.id])
            : null,
      };
    });
  }

  /** One piece and its review history, for the same readers as the list. */
  get(actor: Actor, id: string, correlationId: string): Promise<EvidenceWithHistory> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const row = await this.evidence.byId(manager, actor.organizationId, id);
      const relation = row ? await this.scope.relationTo(manager, actor, row.personId) : null;
      if (!row || relation === null) throw notFound();
      const reviews = await this.evidence.reviews(manager, actor.organizationId, id);
      if (relation !== 'self') {
        await this.audit.record(manager, {
          actor,
          action: 'evidence.read',
          targetType: 'evidence',
          targetId: id,
          subjectPersonId: row.personId,
          correlationId,
          details: { as: relation },
        });
      }
      return { ...toEvidence(row), reviews: reviews.map(toReviewEntry) };
    });
  }

  /** Self only: the case study goes to the direct manager's review queue, and they are told. */
  create(actor: Actor, personId: string, input: EvidenceInput, correlationId: string): Promise<Evidence> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const relation = await this.scope.relationTo(manager, actor, personId);
      if (relation === null) throw new DomainError('not_found', 'There is no such person.');
      if (relation !== 'self') throw new DomainError('forbidden', 'Only the person logs their own evidence.');
      await this.requirePublishedCriteria(manager, actor, input.criterionIds);

      const inserted = await manager.insert(EvidenceEntity, {
        organizationId: actor.organizationId,
        personId,
        title: input.title,
        kind: input.kind,
        occurredOn: input.occurredOn,
        challenge: input.challenge,
        actions: input.actions,
        outcome: input.outcome,
        metrics: input.metrics,
        links: input.links,
        status: 'submitted',
      });
      const id = (inserted.identifiers[0] as { id: string }).id;
      await this.linkCriteria(manager, actor, id, input.criterionIds);

      const author = await manager.findOneOrFail(PersonEntity, {
        where: { id: personId, organizationId: actor.organizationId },
        select: { id: true, name: true, managerId: true },
      });
      if (author.managerId) {
        await this.notifications.notify(manager, {
          organizationId: actor.organizationId,
          personId: author.managerId,
          kind: 'evidence_submitted',
          title: `${author.name} submitted evidence for review: ${input.title}`,
          link: `/team/evidence/${id}`,
          subjectId: id,
        });
      }
      await this.audit.record(manager, {
        actor,
        action: 'evidence.create',
        targetType: 'evidence',
        targetId: id,
        subjectPersonId: personId,
        correlationId,
        details: { kind: input.kind, criteria: input.criterionIds.length },
      });
      return toEvidence(await this.reload(manager, actor, id));
    });
  }

  /**
   * The author edits with the version they read (a stale one is refused, 409).
   * Any edit puts reviewed evidence back to `submitted`; its reviews stay as history,
   * and the direct manager is told it is back in their queue.
   */
  update(actor: Actor, id: string, patch: EvidencePatch, correlationId: string): Promise<Evidence> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const row = await this.evidence.byId(manager, actor.organizationId, id);
      const relation = row ? await this.scope.relationTo(manager, actor, row.personId) : null;
      if (!row || relation === null) throw notFound();
      if (relation !== 'self') throw new DomainError('forbidden', 'Only the author edits their evidence.');
      if (patch.version === undefined) {
        throw new DomainError(
          'conflict',
          'Send the version you read, so that no one else’s change is overwritten.',
        );
      }
      if (patch.criterionIds) await this.requirePublishedCriteria(manager, actor, patch.criterionIds);

      const revised = reviseEvidence(toEvidence(row), patch);
      // A guarded UPDATE … WHERE version = $read: TypeORM's @VersionColumn would not check it.
      const result = await manager
        .createQueryBuilder()
        .update(EvidenceEntity)
        .set({
          title: revised.title,
          kind: revised.kind,
          occurredOn: revised.occurredOn,
          challenge: revised.challenge,
          actions: revised.actions,
          outcome: revised.outcome,
          metrics: revised.metrics,
          links: revised.links,
          status: revised.status,
          version: () => 'version + 1',
        })
        .where('organization_id = :org AND id = :id AND version = :version AND deleted_at IS NULL', {
          org: actor.organizationId,
          id,
          version: patch.version,
        })
        .execute();
      if (result.affected !== 1) throw staleVersion();
      if (patch.criterionIds) {
        await manager.delete(EvidenceCriterionEntity, {
          organizationId: actor.organizationId,
          evidenceId: id,
        });
        await this.linkCriteria(manager, actor, id, patch.criterionIds);
      }
      const resubmitted = row.status !== 'submitted';
      if (resubmitted) await this.notifyResubmitted(manager, actor, row, revised.title);
      await this.audit.record(manager, {
        actor,
        action: 'evidence.update',
        targetType: 'evidence',
        targetId: id,
        subjectPersonId: row.personId,
        correlationId,
        details: {
          version: patch.version + 1,
          resubmitted,
          criteriaChanged: patch.criterionIds !== undefined,
        },
      });
      return toEvidence(await this.reload(manager, actor, id));
    });
  }

  private async notifyResubmitted(
    manager: EntityManager,
    actor: Actor,
    row: AuthoredEvidenceRow,
    title: string,
  ) {
    if (!row.managerId) return;
    await this.notifications.notify(manager, {
      organizationId: actor.organizationId,
      personId: row.managerId,
      kind: 'evidence_submitted',
      title: `${row.personName} revised evidence for review: ${title}`,
      link: `/team/evidence/${row.id}`,
      subjectId: row.id,
    });
  }

  private async requirePublishedCriteria(
    manager: EntityManager,
    actor: Actor,
    criterionIds: readonly string[],
  ) {
    const known = await this.evidence.publishedCriteria(manager, actor.organizationId, criterionIds);
    const unknown = criterionIds.filter((criterionId) => !known.has(criterionId));
    if (unknown.length > 0) {
      throw new DomainError('invalid', 'Tie the evidence to criteria of your career ladder.', [
        {
          path: 'criterionIds',
          message: `Not a criterion of your published career ladder: ${unknown.join(', ')}`,
        },
      ]);
    }
  }

  private async linkCriteria(
    manager: EntityManager,
    actor: Actor,
    evidenceId: string,
    criterionIds: readonly string[],
  ) {
    await manager.insert(
      EvidenceCriterionEntity,
      criterionIds.map((criterionId) => ({ organizationId: actor.organizationId, evidenceId, criterionId })),
    );
  }

  private async reload(manager: EntityManager, actor: Actor, id: string): Promise<AuthoredEvidenceRow> {
    const row = await this.evidence.byId(manager, actor.organizationId, id);
    if (!row) throw notFound();
    return row;
  }
}

const notFound = () => new DomainError('not_found', 'There is no such evidence.');

const staleVersion = () =>
  new DomainError(
    'conflict',
    'This evidence changed since you read it (an edit or a review). Reload it and apply your change again.',
  );
