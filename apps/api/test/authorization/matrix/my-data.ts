import { demoId } from '../../../src/demo/demo-id';
import { acmeAll, all, type MatrixRow } from './support';

// Demo notifications (demo/acme/positions-notifications.ts, demo/globex.ts), by the seed's id scheme.
const notificationId = (org: string, person: string, kind: string, at: string) =>
  demoId(['notification', org, person, kind, at].join(':'));
const PRIYAS_NOTIFICATION = notificationId('acme', 'priya', 'evidence_reviewed', '2026-10-16T14:20:00Z');
const HANAS_NOTIFICATION = notificationId('globex', 'hana', 'aspiration_shared', '2026-03-09T10:00:00Z');

/** Notifications and the export of my data. */
export const MY_DATA_MATRIX: readonly MatrixRow[] = [
  {
    route: 'GET /api/notifications',
    request: { path: '/api/notifications?limit=5' },
    expect: all(200),
    why: 'everyone reads their own notifications, never anyone else’s',
  },
  {
    route: 'GET /api/notifications',
    request: { path: '/api/notifications?unread=true' },
    expect: all(200),
    why: 'the unread filter is the same list, filtered',
  },
  {
    route: 'POST /api/notifications/:id/read',
    request: { path: `/api/notifications/${PRIYAS_NOTIFICATION}/read` },
    expect: { ...acmeAll(404, 404), priya: 200 },
    why: 'only its recipient marks it read (again: still 200); for anyone else, her manager too, it does not exist',
  },
  {
    route: 'POST /api/notifications/:id/read',
    request: { path: `/api/notifications/${HANAS_NOTIFICATION}/read` },
    expect: { ...acmeAll(404, 200) },
    why: 'no organization sees into another',
  },
  {
    route: 'POST /api/notifications/read-all',
    request: { path: '/api/notifications/read-all' },
    expect: all(200),
    why: 'everyone marks all of their own read (again: 0 marked, still 200)',
  },
  {
    route: 'GET /api/exports/me',
    request: { path: '/api/exports/me' },
    expect: all(200),
    why: 'everyone signed in exports their own data, and only their own (there is no id to name anyone else)',
  },
];
