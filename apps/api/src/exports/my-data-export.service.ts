import { Injectable } from '@nestjs/common';

import { MY_DATA_EXPORT_FORMAT, type MyDataExport, type NamedRef } from '@trellis/domain';

import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import {
  toExportedActionItem,
  toExportedAspiration,
  toExportedAuditEvent,
  toExportedConversation,
  toExportedEvidence,
  toExportedGoal,
  toExportedGrowthAction,
  toExportedGrowthPlan,
  toExportedMove,
  toExportedNote,
  toExportedNotification,
  toExportedPerson,
  toExportedReview,
  toExportedSession,
  toExportedWrittenReview,
} from './my-data-export.mapper';
import { MyDataRepository, type Owner } from './my-data.repository';

/**
 * "My data": everything the system holds about the caller, for the caller alone
 * (there is no way to name anyone else). One snapshot in one transaction, a fixed
 * number of statements whatever the amount of data, and audited.
 */
@Injectable()
export class MyDataExportService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly data: MyDataRepository,
    private readonly audit: AuditService,
  ) {}

  exportMine(actor: Actor, correlationId: string): Promise<MyDataExport> {
    const exportedAt = new Date();
    const owner: Owner = { organizationId: actor.organizationId, personId: actor.personId };
    return this.db.transaction(actor.organizationId, async (manager) => {
      const person = await this.data.person(manager, owner);
      if (!person) throw new DomainError('not_found', 'There is no such person.');
      const aspirations = await this.data.aspirations(manager, owner);
      const plans = await this.data.growthPlans(manager, owner);
      const goals = await this.data.goals(manager, owner);
      const actions = await this.data.growthActions(manager, owner);
      const evidence = await this.data.evidence(manager, owner);
      const evidenceCriteria = await this.data.evidenceCriteria(manager, owner);
      const reviewsReceived = await this.data.reviewsReceived(manager, owner);
      const reviewsWritten = await this.data.reviewsWritten(manager, owner);
      const conversations = await this.data.conversations(manager, owner);
      const notes = await this.data.notes(manager, owner);
      const actionItems = await this.data.actionItems(manager, owner);
      const notifications = await this.data.notifications(manager, owner);
      const moves = await this.data.moves(manager, owner);
      const auditEvents = await this.data.auditEvents(manager, owner);
      const sessions = await this.data.sessionFamilies(manager, owner);

      const actionsByGoal = groupBy(actions, (a) => a.goalId, toExportedGrowthAction);
      const goalsByPlan = groupBy(
        goals,
        (g) => g.planId,
        (g) => toExportedGoal(g, actionsByGoal.get(g.id) ?? []),
      );
      const criteriaByEvidence = groupBy(
        evidenceCriteria,
        (c) => c.evidenceId,
        (c): NamedRef => ({ id: c.criterionId, name: c.criterion?.name ?? '' }),
      );
      const reviewsByEvidence = groupBy(reviewsReceived, (r) => r.evidenceId, toExportedReview);
      const itemsByConversation = groupBy(actionItems, (i) => i.conversationId, toExportedActionItem);
      // The repository selects only shared notes and the caller's own private ones;
      // the author check is repeated here so that a change there cannot leak one.
      const sharedNotes = new Map(
        notes.filter((n) => n.visibility === 'shared').map((n) => [n.conversationId, toExportedNote(n)]),
      );
      const myPrivateNotes = new Map(
        notes
          .filter((n) => n.visibility === 'private' && n.authorId === actor.personId)
          .map((n) => [n.conversationId, toExportedNote(n)]),
      );

      const document: MyDataExport = {
        format: MY_DATA_EXPORT_FORMAT,
        exportedAt: exportedAt.toISOString(),
        person: toExportedPerson(person),
        aspirations: aspirations.map(toExportedAspiration),
        growthPlans: plans.map((p) => toExportedGrowthPlan(p, goalsByPlan.get(p.id) ?? [])),
        evidence: evidence.map((e) =>
          toExportedEvidence(e, criteriaByEvidence.get(e.id) ?? [], reviewsByEvidence.get(e.id) ?? []),
        ),
        reviewsWritten: reviewsWritten.map(toExportedWrittenReview),
        conversations: conversations.map((c) =>
          toExportedConversation(c, {
            sharedNote: sharedNotes.get(c.id) ?? null,
            myPrivateNote: myPrivateNotes.get(c.id) ?? null,
            actionItems: itemsByConversation.get(c.id) ?? [],
          }),
        ),
        notifications: notifications.map(toExportedNotification),
        moves: moves.map(toExportedMove),
        auditEvents: auditEvents.map((e) => toExportedAuditEvent(e, actor.personId)),
        sessions: sessions.map(toExportedSession),
      };

      await this.audit.record(manager, {
        actor,
        action: 'person.export',
        targetType: 'person',
        targetId: actor.personId,
        subjectPersonId: actor.personId,
        correlationId,
        details: { format: MY_DATA_EXPORT_FORMAT },
      });
      return document;
    });
  }
}

// Children by parent id, mapped, in the order read.
const groupBy = <T, K, V>(rows: readonly T[], keyOf: (row: T) => K, map: (row: T) => V): Map<K, V[]> => {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(map(row));
    else groups.set(key, [map(row)]);
  }
  return groups;
};
