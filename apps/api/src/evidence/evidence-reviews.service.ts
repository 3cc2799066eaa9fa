import { Injectable } from '@nestjs/common';

import {
  reviewEvidence,
  type Evidence,
  type EvidenceReviewInput,
  type Page,
  type PageQuery,
  type PendingReview,
  type ReviewDecision,
} from '@trellis/domain';

import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { ScopeService } from '../auth/scope/scope.service';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import { encodeCursor } from '../http/page-cursor';
import { NotificationsService } from '../notifications/notifications.service';
import { queueCursor } from './evidence-cursor';
import { EvidenceReviewEntity } from './evidence-review.entity';
import { EvidenceEntity } from './evidence.entity';
import { toEvidence, toPendingReview } from './evidence.mapper';
import { EvidenceRepository, type BarCriterionRow } from './evidence.repository';

const VERBS: Record<ReviewDecision, string> = {
  accepted: 'accepted',
  needs_more: 'asked for more on',
  declined: 'declined',
};

/** Only the direct manager reviews; their queue empties as they do. */
@Injectable()
export class EvidenceReviewsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly evidence: EvidenceRepository,
  ) {}

  /**
   * The decision becomes the status; the review is kept (history) with the version
   * it judged. A version sent by the reviewer that the author has since edited is
   * refused (409), as is losing a race with an edit.
   */
  review(actor: Actor, id: string, input: EvidenceReviewInput, correlationId: string): Promise<Evidence> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const row = await this.evidence.byId(manager, actor.organizationId, id);
      const relation = row ? await this.scope.relationTo(manager, actor, row.personId) : null;
      if (!row || relation === null) throw new DomainError('not_found', 'There is no such evidence.');
      if (relation === 'indirect_manager') {
        throw new DomainError('forbidden', `Only ${row.personName}’s direct manager reviews their evidence.`);
      }
      const reviewed = reviewEvidence(toEvidence(row), input, actor.personId, new Date().toISOString());
      if (!reviewed.ok) throw new DomainError('forbidden', reviewed.error.message);

      const judged = input.version ?? row.version;
      const result = await manager
        .createQueryBuilder()
        .update(EvidenceEntity)
        .set({ status: reviewed.evidence.status, version: () => 'version + 1' })
        .where('organization_id = :org AND id = :id AND version = :version AND deleted_at IS NULL', {
          org: actor.organizationId,
          id,
          version: judged,
        })
        .execute();
      if (result.affected !== 1) {
        throw new DomainError(
          'conflict',
          'The author changed this evidence since you read it. Reload it and review the new version.',
        );
      }
      await manager.insert(EvidenceReviewEntity, {
        organizationId: actor.organizationId,
        evidenceId: id,
        reviewerId: actor.personId,
        decision: input.decision,
        comment: input.comment,
        strength: input.strength,
        evidenceVersion: judged,
      });
      await this.notifications.notify(manager, {
        organizationId: actor.organizationId,
        personId: row.personId,
        kind: 'evidence_reviewed',
        title: `${row.managerName ?? 'Your manager'} ${VERBS[input.decision]} “${row.title}”`,
        link: `/me/evidence/${id}`,
        subjectId: id,
      });
      await this.audit.record(manager, {
        actor,
        action: 'evidence.review',
        targetType: 'evidence',
        targetId: id,
        subjectPersonId: row.personId,
        correlationId,
        details: { decision: input.decision, strength: input.strength, evidenceVersion: judged },
      });
      const saved = await this.evidence.byId(manager, actor.organizationId, id);
      if (!saved) throw new DomainError('not_found', 'There is no such evidence.');
      return toEvidence(saved);
    });
  }

  /**
   * Submitted evidence of the caller's direct reports, oldest first, each with the
   * bar it is rated against. Three statements whatever the queue holds (page, bar,
   * one audit insert for the people on the page).
   */
  pending(actor: Actor, query: PageQuery, correlationId: string): Promise<Page<PendingReview>> {
    const after = query.cursor ? queueCursor(query.cursor) : undefined;
    return this.db.transaction(actor.organizationId, async (manager) => {
      const rows = await this.evidence.pending(
        manager,
        actor.organizationId,
        actor.personId,
        after,
        query.limit + 1,
      );
      const items = rows.slice(0, query.limit);
      const bars = await this.evidence.barCriteria(
        manager,
        actor.organizationId,
        items.map((row) => row.id),
      );
      const barsOf = new Map<string, BarCriterionRow[]>();
      for (const bar of bars) barsOf.set(bar.evidenceId, [...(barsOf.get(bar.evidenceId) ?? []), bar]);
      // Reading a report's evidence is a read of their record: it shows in their access log.
      await this.audit.recordAll(
        manager,
        [...new Set(items.map((row) => row.personId))].map((personId) => ({
          actor,
          action: 'evidence.list',
          targetType: 'person',
          targetId: personId,
          subjectPersonId: personId,
          correlationId,
          details: { as: 'direct_manager', via: 'review_queue' },
        })),
      );
      const last = items[items.length - 1];
      return {
        items: items.map((row) => toPendingReview(row, barsOf.get(row.id) ?? [])),
        nextCursor: rows.length > query.limit && last ? encodeCursor([last.createdKey, last.id]) : null,
      };
    });
  }
}
