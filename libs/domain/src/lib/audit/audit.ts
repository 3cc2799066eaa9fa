import { z } from 'zod';

import { PageQuerySchema } from '../pagination/page';

/**
 * Every action the API writes into the audit trail: reads of another person's
 * record and sensitive writes. The API's audit service accepts nothing else, so
 * this list is complete by construction (the admin's audit log offers it as a filter).
 */
export const AUDIT_ACTIONS = [
  'person.read',
  'person.export',
  'person.roles.update',
  'person.deactivate',
  'person.reactivate',
  'person.erase',
  'people.import',
  'team.read',
  'aspiration.read',
  'aspiration.create',
  'aspiration.update',
  'growth_plan.read',
  'growth_plan.create',
  'goal.create',
  'goal.update',
  'growth_action.create',
  'growth_action.update',
  'evidence.list',
  'evidence.read',
  'evidence.create',
  'evidence.update',
  'evidence.review',
  'readiness.read',
  'conversation.request',
  'conversation.schedule',
  'conversation.decline',
  'conversation.cancel',
  'conversation.hold',
  'conversation_note.write',
  'action_item.create',
  'action_item.update',
  'handover_note.read',
  'handover_note.create',
  'position.create',
  'position.fill',
  'position.bench.read',
  'framework.draft.create',
  'framework.draft.save',
  'framework.publish',
  'organization.settings.update',
  'auth.password_change',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AuditEventSchema = z
  .object({
    id: z.uuid(),
    actorId: z.uuid().nullable(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.uuid().nullable(),
    subjectPersonId: z.uuid().nullable(),
    correlationId: z.string().nullable(),
    at: z.iso.datetime(),
    // Names to show beside the ids (an erased person shows as "Erased person").
    actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    subject: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof AuditEventSchema>;

/** One line of "who looked at or changed my record" (GET /api/me/access-log). */
export const AccessLogEntrySchema = z
  .object({
    id: z.uuid(),
    actor: z.object({ id: z.uuid(), name: z.string(), title: z.string() }).nullable(),
    action: z.string(),
    targetType: z.string(),
    at: z.iso.datetime(),
  })
  .meta({ id: 'AccessLogEntry' });
export type AccessLogEntry = z.infer<typeof AccessLogEntrySchema>;

export const AuditQuerySchema = PageQuerySchema.extend({
  actorId: z.uuid().optional(),
  subjectPersonId: z.uuid().optional(),
  // e.g. person.erase; exact match.
  action: z.string().trim().min(1).max(100).optional(),
  // Whole UTC days, both inclusive.
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;
