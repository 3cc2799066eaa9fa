import type {
  ExportedActionItem,
  ExportedAspiration,
  ExportedAuditEvent,
  ExportedConversation,
  ExportedEvidence,
  ExportedGoal,
  ExportedGrowthAction,
  ExportedGrowthPlan,
  ExportedMove,
  ExportedNote,
  ExportedPerson,
  ExportedReview,
  ExportedSession,
  ExportedWrittenReview,
  NamedRef,
  Notification,
} from '@trellis/domain';

import type { AuditEventEntity } from '../audit/audit-event.entity';
import type { ActionItemEntity } from '../conversations/action-item.entity';
import type { ConversationNoteEntity } from '../conversations/conversation-note.entity';
import type { ConversationEntity } from '../conversations/conversation.entity';
import type { EvidenceReviewEntity } from '../evidence/evidence-review.entity';
import type { EvidenceEntity } from '../evidence/evidence.entity';
import type { AspirationEntity } from '../growth/aspiration.entity';
import type { GoalEntity } from '../growth/goal.entity';
import type { GrowthActionEntity } from '../growth/growth-action.entity';
import type { GrowthPlanEntity } from '../growth/growth-plan.entity';
import type { MoveEntity } from '../mobility/move.entity';
import type { NotificationEntity } from '../notifications/notification.entity';
import type { PersonEntity } from '../people/person.entity';
import type { SessionFamilyRow } from './my-data.repository';

// Entity → export shape, field by field: a column added to an entity (a hash, a
// secret) never reaches an export by being there.

const iso = (date: Date): string => date.toISOString();
const isoOrNull = (date: Date | null): string | null => (date ? date.toISOString() : null);
const ref = (named: { id: string; name: string } | null | undefined): NamedRef | null =>
  named ? { id: named.id, name: named.name } : null;

const editable = (entity: { version: number; createdAt: Date; updatedAt: Date; deletedAt: Date | null }) => ({
  version: entity.version,
  createdAt: iso(entity.createdAt),
  updatedAt: iso(entity.updatedAt),
  deletedAt: isoOrNull(entity.deletedAt),
});

export const toExportedPerson = (person: PersonEntity): ExportedPerson => ({
  id: person.id,
  name: person.name,
  email: person.email,
  title: person.title,
  roles: [...person.roles],
  team: ref(person.team),
  manager: person.manager
    ? {
        id: person.manager.id,
        name: person.manager.name,
        email: person.manager.email,
        title: person.manager.title,
      }
    : null,
  level: ref(person.level),
  hireDate: person.hireDate,
  active: person.active,
  createdAt: iso(person.createdAt),
  updatedAt: iso(person.updatedAt),
});

export const toExportedAspiration = (aspiration: AspirationEntity): ExportedAspiration => ({
  id: aspiration.id,
  targetLevel: ref(aspiration.targetLevel),
  statement: aspiration.statement,
  motivations: aspiration.motivations,
  strengths: aspiration.strengths,
  horizon: aspiration.horizon,
  sharedWithHr: aspiration.sharedWithHr,
  ...editable(aspiration),
});

export const toExportedGrowthAction = (action: GrowthActionEntity): ExportedGrowthAction => ({
  id: action.id,
  kind: action.kind,
  title: action.title,
  notes: action.notes,
  dueOn: action.dueOn,
  status: action.status,
  followUpOn: action.followUpOn,
  thankYouSent: action.thankYouSent,
  ...editable(action),
});

export const toExportedGoal = (goal: GoalEntity, actions: ExportedGrowthAction[]): ExportedGoal => ({
  id: goal.id,
  criterion: ref(goal.criterion),
  title: goal.title,
  notes: goal.notes,
  status: goal.status,
  position: goal.position,
  actions,
  ...editable(goal),
});

export const toExportedGrowthPlan = (plan: GrowthPlanEntity, goals: ExportedGoal[]): ExportedGrowthPlan => ({
  id: plan.id,
  status: plan.status,
  goals,
  ...editable(plan),
});

export const toExportedReview = (review: EvidenceReviewEntity): ExportedReview => ({
  id: review.id,
  reviewer: ref(review.reviewer),
  decision: review.decision,
  comment: review.comment,
  strength: review.strength,
  evidenceVersion: review.evidenceVersion,
  reviewedAt: iso(review.createdAt),
});

export const toExportedEvidence = (
  evidence: EvidenceEntity,
  criteria: NamedRef[],
  reviews: ExportedReview[],
): ExportedEvidence => ({
  id: evidence.id,
  title: evidence.title,
  kind: evidence.kind,
  occurredOn: evidence.occurredOn,
  challenge: evidence.challenge,
  actions: evidence.actions,
  outcome: evidence.outcome,
  metrics: evidence.metrics,
  links: [...evidence.links],
  criteria,
  status: evidence.status,
  reviews,
  ...editable(evidence),
});

export const toExportedWrittenReview = (review: EvidenceReviewEntity): ExportedWrittenReview => ({
  id: review.id,
  evidenceId: review.evidenceId,
  decision: review.decision,
  comment: review.comment,
  strength: review.strength,
  evidenceVersion: review.evidenceVersion,
  reviewedAt: iso(review.createdAt),
});

export const toExportedNote = (note: ConversationNoteEntity): ExportedNote => ({
  body: note.body,
  version: note.version,
  lastEditedById: note.authorId,
  createdAt: iso(note.createdAt),
  updatedAt: iso(note.updatedAt),
});

export const toExportedActionItem = (item: ActionItemEntity): ExportedActionItem => ({
  id: item.id,
  ownerId: item.ownerId,
  title: item.title,
  dueOn: item.dueOn,
  done: item.done,
  growthActionId: item.growthActionId,
  ...editable(item),
});

export const toExportedConversation = (
  conversation: ConversationEntity,
  content: {
    sharedNote: ExportedNote | null;
    myPrivateNote: ExportedNote | null;
    actionItems: ExportedActionItem[];
  },
): ExportedConversation => ({
  id: conversation.id,
  report: ref(conversation.report),
  manager: ref(conversation.manager),
  requesterId: conversation.requesterId,
  topic: conversation.topic,
  agenda: conversation.agenda,
  proposedTimes: conversation.proposedTimes.map(iso),
  status: conversation.status,
  scheduledAt: isoOrNull(conversation.scheduledAt),
  reason: conversation.declineReason,
  heldAt: isoOrNull(conversation.heldAt),
  sharedNote: content.sharedNote,
  myPrivateNote: content.myPrivateNote,
  actionItems: content.actionItems,
  ...editable(conversation),
});

export const toExportedNotification = (notification: NotificationEntity): Notification => ({
  id: notification.id,
  kind: notification.kind,
  title: notification.title,
  link: notification.link,
  subjectId: notification.subjectId,
  createdAt: iso(notification.createdAt),
  readAt: isoOrNull(notification.readAt),
});

export const toExportedMove = (move: MoveEntity): ExportedMove => ({
  id: move.id,
  kind: move.kind,
  occurredOn: move.occurredOn,
  internal: move.internal,
  fromLevel: ref(move.fromLevel),
  fromTeam: ref(move.fromTeam),
  toLevel: ref(move.toLevel),
  toTeam: ref(move.toTeam),
});

export const toExportedAuditEvent = (event: AuditEventEntity, personId: string): ExportedAuditEvent => ({
  id: event.id,
  actor: ref(event.actor),
  action: event.action,
  targetType: event.targetType,
  targetId: event.targetId,
  subjectPersonId: event.subjectPersonId,
  details: { ...event.details },
  at: iso(event.createdAt),
  aboutMe: event.subjectPersonId === personId,
  byMe: event.actorId === personId,
});

export const toExportedSession = (family: SessionFamilyRow): ExportedSession => ({
  id: family.id,
  signedInAt: iso(family.signed_in_at),
  lastUsedAt: iso(family.last_used_at),
  expiresAt: iso(family.expires_at),
  revokedAt: isoOrNull(family.revoked_at),
  refreshes: family.refreshes,
});
