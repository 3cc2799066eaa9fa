import type { Notification } from '@trellis/domain';

/** A notification row as the inbox selects it (snake_case columns, timestamps as Dates). */
export interface NotificationRow {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly link: string | null;
  readonly subject_id: string | null;
  readonly created_at: Date;
  readonly read_at: Date | null;
}

/** The columns of a NotificationRow, for SELECT lists and RETURNING clauses. */
export const NOTIFICATION_COLUMNS = [
  'id',
  'kind',
  'title',
  'link',
  'subject_id',
  'created_at',
  'read_at',
] as const;

export const toNotification = (row: NotificationRow): Notification => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  link: row.link,
  subjectId: row.subject_id,
  createdAt: row.created_at.toISOString(),
  readAt: row.read_at ? row.read_at.toISOString() : null,
});
