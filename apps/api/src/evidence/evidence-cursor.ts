import { CursorPart, decodeCursorAs } from '../http/page-cursor';

// The keys of evidence cursors, checked before they reach SQL (see CursorPart).

/** (occurredOn, createdAt to the microsecond, id) of the last item of a newest-first page. */
export const listCursor = (cursor: string): [string, string, string] =>
  decodeCursorAs(cursor, [CursorPart.date, CursorPart.instant, CursorPart.uuid]);

/** (createdAt to the microsecond, id) of the last item of an oldest-first queue page. */
export const queueCursor = (cursor: string): [string, string] =>
  decodeCursorAs(cursor, [CursorPart.instant, CursorPart.uuid]);
