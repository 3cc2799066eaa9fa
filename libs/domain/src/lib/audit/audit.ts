import { z } from 'zod';

import { PageQuerySchema } from '../pagination/page';

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
