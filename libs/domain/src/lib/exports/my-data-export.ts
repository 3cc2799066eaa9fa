import { z } from 'zod';

import { ConversationStatusSchema, ConversationTopicSchema } from '../conversations/conversation';
import {
  EvidenceKindSchema,
  EvidenceStatusSchema,
  ReviewDecisionSchema,
  StrengthSchema,
} from '../evidence/evidence';
import { ActionKindSchema, GROWTH_PLAN_STATUSES, GrowthStatusSchema } from '../growth/growth-plan';
import { MoveKindSchema } from '../moves/move';
import { NotificationSchema } from '../notifications/notification';
import { RoleSchema } from '../people/person';

// GET /api/exports/me: everything the system holds about the caller, as one JSON
// document they can keep (DESIGN.md: "data export"). Built for the caller alone:
// it holds their own private notes and never anyone else's, the reviews they
// wrote but not the other person's evidence, their sessions but never a token or
// password hash. Soft-deleted records are held too, so they are exported with
// their deletedAt.

export const MY_DATA_EXPORT_FORMAT = 'trellis.export/v1';

const dateTime = z.iso.datetime({ offset: true });
const date = z.iso.date();
const version = z.number().int().min(0);

// Another record named where it is referenced, so that the document reads on its own.
const NamedRefSchema = z.object({ id: z.uuid(), name: z.string() });

const editable = {
  version,
  createdAt: dateTime,
  updatedAt: dateTime,
  deletedAt: dateTime.nullable(),
};

const ExportedPersonSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  title: z.string(),
  roles: z.array(RoleSchema),
  team: NamedRefSchema.nullable(),
  manager: NamedRefSchema.extend({ email: z.string(), title: z.string() }).nullable(),
  level: NamedRefSchema.nullable(),
  hireDate: date.nullable(),
  active: z.boolean(),
  createdAt: dateTime,
  updatedAt: dateTime,
});

const ExportedAspirationSchema = z.object({
  id: z.uuid(),
  targetLevel: NamedRefSchema.nullable(),
  statement: z.string(),
  motivations: z.string(),
  strengths: z.string(),
  horizon: date.nullable(),
  sharedWithHr: z.boolean(),
  ...editable,
});

const ExportedGrowthActionSchema = z.object({
  id: z.uuid(),
  kind: ActionKindSchema,
  title: z.string(),
  notes: z.string(),
  dueOn: date.nullable(),
  status: GrowthStatusSchema,
  followUpOn: date.nullable(),
  thankYouSent: z.boolean(),
  ...editable,
});

const ExportedGoalSchema = z.object({
  id: z.uuid(),
  criterion: NamedRefSchema.nullable(),
  title: z.string(),
  notes: z.string(),
  status: GrowthStatusSchema,
  position: z.number().int(),
  actions: z.array(ExportedGrowthActionSchema),
  ...editable,
});

const ExportedGrowthPlanSchema = z.object({
  id: z.uuid(),
  status: z.enum(GROWTH_PLAN_STATUSES),
  goals: z.array(ExportedGoalSchema),
  ...editable,
});

const ExportedReviewSchema = z.object({
  id: z.uuid(),
  reviewer: NamedRefSchema.nullable(),
  decision: ReviewDecisionSchema,
  comment: z.string(),
  strength: StrengthSchema.nullable(),
  // The version of the evidence the review judged.
  evidenceVersion: z.number().int(),
  reviewedAt: dateTime,
});

const ExportedEvidenceSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: EvidenceKindSchema,
  occurredOn: date,
  challenge: z.string(),
  actions: z.string(),
  outcome: z.string(),
  metrics: z.string(),
  links: z.array(z.string()),
  criteria: z.array(NamedRefSchema),
  status: EvidenceStatusSchema,
  reviews: z.array(ExportedReviewSchema),
  ...editable,
});

// A review the caller wrote of someone else's evidence: their own words, not that evidence.
const ExportedWrittenReviewSchema = z.object({
  id: z.uuid(),
  evidenceId: z.uuid(),
  decision: ReviewDecisionSchema,
  comment: z.string(),
  strength: StrengthSchema.nullable(),
  evidenceVersion: z.number().int(),
  reviewedAt: dateTime,
});

const ExportedNoteSchema = z.object({
  body: z.string(),
  version,
  // The shared note's last editor; the private note's author is always the caller.
  lastEditedById: z.uuid(),
  createdAt: dateTime,
  updatedAt: dateTime,
});

const ExportedActionItemSchema = z.object({
  id: z.uuid(),
  ownerId: z.uuid(),
  title: z.string(),
  dueOn: date.nullable(),
  done: z.boolean(),
  growthActionId: z.uuid().nullable(),
  ...editable,
});

const ExportedConversationSchema = z.object({
  id: z.uuid(),
  report: NamedRefSchema.nullable(),
  manager: NamedRefSchema.nullable(),
  requesterId: z.uuid(),
  topic: ConversationTopicSchema,
  agenda: z.string(),
  proposedTimes: z.array(dateTime),
  status: ConversationStatusSchema,
  scheduledAt: dateTime.nullable(),
  reason: z.string().nullable(),
  heldAt: dateTime.nullable(),
  sharedNote: ExportedNoteSchema.nullable(),
  // The caller's own private note; the other participant's is never exported.
  myPrivateNote: ExportedNoteSchema.nullable(),
  actionItems: z.array(ExportedActionItemSchema),
  ...editable,
});

const ExportedMoveSchema = z.object({
  id: z.uuid(),
  kind: MoveKindSchema,
  occurredOn: date,
  internal: z.boolean(),
  fromLevel: NamedRefSchema.nullable(),
  fromTeam: NamedRefSchema.nullable(),
  toLevel: NamedRefSchema.nullable(),
  toTeam: NamedRefSchema.nullable(),
});

const ExportedAuditEventSchema = z.object({
  id: z.uuid(),
  actor: NamedRefSchema.nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.uuid().nullable(),
  subjectPersonId: z.uuid().nullable(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  at: dateTime,
  // About the caller's record (someone read or changed it), caused by the caller, or both.
  aboutMe: z.boolean(),
  byMe: z.boolean(),
});

// One sign-in and its refreshes (a session family); no token material.
const ExportedSessionSchema = z.object({
  id: z.uuid(),
  signedInAt: dateTime,
  lastUsedAt: dateTime,
  expiresAt: dateTime,
  revokedAt: dateTime.nullable(),
  refreshes: z.number().int().min(0),
});

export const MyDataExportSchema = z
  .object({
    format: z.literal(MY_DATA_EXPORT_FORMAT),
    exportedAt: dateTime,
    person: ExportedPersonSchema,
    aspirations: z.array(ExportedAspirationSchema),
    growthPlans: z.array(ExportedGrowthPlanSchema),
    evidence: z.array(ExportedEvidenceSchema),
    reviewsWritten: z.array(ExportedWrittenReviewSchema),
    conversations: z.array(ExportedConversationSchema),
    notifications: z.array(NotificationSchema),
    moves: z.array(ExportedMoveSchema),
    auditEvents: z.array(ExportedAuditEventSchema),
    sessions: z.array(ExportedSessionSchema),
  })
  .meta({ id: 'MyDataExport' });
export type MyDataExport = z.infer<typeof MyDataExportSchema>;
export type ExportedPerson = MyDataExport['person'];
export type ExportedAspiration = MyDataExport['aspirations'][number];
export type ExportedGrowthPlan = MyDataExport['growthPlans'][number];
export type ExportedGoal = ExportedGrowthPlan['goals'][number];
export type ExportedGrowthAction = ExportedGoal['actions'][number];
export type ExportedEvidence = MyDataExport['evidence'][number];
export type ExportedReview = ExportedEvidence['reviews'][number];
export type ExportedWrittenReview = MyDataExport['reviewsWritten'][number];
export type ExportedConversation = MyDataExport['conversations'][number];
export type ExportedNote = NonNullable<ExportedConversation['sharedNote']>;
export type ExportedActionItem = ExportedConversation['actionItems'][number];
export type ExportedMove = MyDataExport['moves'][number];
export type ExportedAuditEvent = MyDataExport['auditEvents'][number];
export type ExportedSession = MyDataExport['sessions'][number];
export type NamedRef = z.infer<typeof NamedRefSchema>;
