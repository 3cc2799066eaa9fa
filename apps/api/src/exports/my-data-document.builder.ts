import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { MyDataExport, NamedRef } from '@trellis/domain';

import type { PersonEntity } from '../people/person.entity';
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

/** The body of a my-data document; each export adds its own format, date and header fields. */
export type MyDataContent = Omit<MyDataExport, 'format' | 'exportedAt'>;

export interface MyDataBuildOptions {
  /**
   * Whose private notes the document may hold: the owner's id when the owner exports
   * their own data; null when someone else makes the export (DESIGN.md: a private
   * note is never in "an export made by someone else"), and then no private note is
   * even selected.
   */
  readonly privateNotesOf: string | null;
}

/**
 * Everything Trellis holds about one person, read in the caller's transaction (one
 * snapshot) in a fixed number of statements whatever the amount of data. Shared by
 * the person's own export (GET /api/exports/me) and the admin's GDPR export
 * (GET /api/admin/people/:id/export), which differ only in private notes.
 * Null when the person does not exist in the organization.
 */
@Injectable()
export class MyDataDocumentBuilder {
  constructor(private readonly data: MyDataRepository) {}

  async build(
    manager: EntityManager,
    owner: Owner,
    { privateNotesOf }: MyDataBuildOptions,
  ): Promise<{ person: PersonEntity; content: MyDataContent } | null> {
    const person = await this.data.person(manager, owner);
    if (!person) return null;
    const aspirations = await this.data.aspirations(manager, owner);
    const plans = await this.data.growthPlans(manager, owner);
    const goals = await this.data.goals(manager, owner);
    const actions = await this.data.growthActions(manager, owner);
    const evidence = await this.data.evidence(manager, owner);
    const evidenceCriteria = await this.data.evidenceCriteria(manager, owner);
    const reviewsReceived = await this.data.reviewsReceived(manager, owner);
    const reviewsWritten = await this.data.reviewsWritten(manager, owner);
    const conversations = await this.data.conversations(manager, owner);
    const notes = await this.data.notes(manager, owner, privateNotesOf);
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
    // The repository selects only shared notes and, when asked, privateNotesOf's own
    // private ones; the author check is repeated here so that a change there cannot leak one.
    const sharedNotes = new Map(
      notes.filter((n) => n.visibility === 'shared').map((n) => [n.conversationId, toExportedNote(n)]),
    );
    const ownPrivateNotes = new Map(
      notes
        .filter((n) => n.visibility === 'private' && privateNotesOf !== null && n.authorId === privateNotesOf)
        .map((n) => [n.conversationId, toExportedNote(n)]),
    );

    const content: MyDataContent = {
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
          myPrivateNote: ownPrivateNotes.get(c.id) ?? null,
          actionItems: itemsByConversation.get(c.id) ?? [],
        }),
      ),
      notifications: notifications.map(toExportedNotification),
      moves: moves.map(toExportedMove),
      auditEvents: auditEvents.map((e) => toExportedAuditEvent(e, owner.personId)),
      sessions: sessions.map(toExportedSession),
    };
    return { person, content };
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
