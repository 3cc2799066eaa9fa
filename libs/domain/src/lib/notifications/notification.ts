import { z } from 'zod';

import { PageQuerySchema, pageSchema } from '../pagination/page';

// An in-app notification for one person (DESIGN.md, Notification): requests,
// reviews, nudges. Never carries private-note content.

export const NotificationSchema = z
  .object({
    id: z.uuid(),
    // e.g. conversation_requested, evidence_reviewed, conversation_nudge.
    kind: z.string(),
    title: z.string(),
    // Where it leads in the web app, e.g. /me/evidence/<id> or /team/conversations/<id>.
    link: z.string().nullable(),
    // The record it is about.
    subjectId: z.uuid().nullable(),
    createdAt: z.iso.datetime({ offset: true }),
    readAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof NotificationSchema>;

// GET /api/notifications?unread=true: a query string carries text, so the flag is
// the word `true` or `false`.
export const NotificationQuerySchema = PageQuerySchema.extend({
  unread: z
    .enum(['true', 'false'], { error: 'unread is true or false' })
    .transform((flag) => flag === 'true')
    .optional(),
});
export type NotificationQuery = z.infer<typeof NotificationQuerySchema>;

// A page of my notifications, with how many of all of them are still unread
// (whatever the filter and the page), for the badge in the shell.
export const NotificationPageSchema = pageSchema(NotificationSchema).extend({
  unreadCount: z.number().int().min(0),
});
export type NotificationPage = z.infer<typeof NotificationPageSchema>;

// POST /api/notifications/read-all
export const NotificationsMarkedSchema = z
  .object({
    // How many were unread and are now read.
    marked: z.number().int().min(0),
  })
  .meta({ id: 'NotificationsMarked' });
export type NotificationsMarked = z.infer<typeof NotificationsMarkedSchema>;
