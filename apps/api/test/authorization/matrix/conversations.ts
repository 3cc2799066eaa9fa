import { demoActionItemId, demoConversationId } from '../../../src/demo/demo-id';
import { acmeAll, all, IDS, type MatrixRow } from './support';

const conversation = (key: string) => `/api/conversations/${demoConversationId('acme', key)}`;
// Demo conversations, each used so that no row changes what a later one finds.
const PRIYA_REQUESTED = conversation('priya-aspiration'); // requested by Priya
const PRIYA_HELD = conversation('priya-plan-review'); // held, with notes and action items
const SAM_SCHEDULED = conversation('sam-lateral-move'); // scheduled, requested by Sam
const SAM_CANCELLED = conversation('sam-feedback'); // cancelled

const PAST = '2020-01-01T10:00:00Z';
const FUTURE = new Date(Date.now() + 30 * 86_400_000).toISOString();

// Conversation content is seen only by its two participants: everyone else,
// HR and admins included, gets 404 (the conversation does not exist for them).
const participants = (statuses: Partial<Record<'morgan' | 'priya' | 'sam', number>>) => ({
  ...acmeAll(404, 404),
  ...statuses,
});

/** Career conversations, their notes and action items. */
export const CONVERSATIONS_MATRIX: readonly MatrixRow[] = [
  {
    route: 'POST /api/conversations',
    // A proposed time in the past: refused for everyone, so nothing is ever created.
    request: {
      path: '/api/conversations',
      body: { withPersonId: IDS.priya, topic: 'aspiration', proposedTimes: [PAST] },
    },
    expect: { ...acmeAll(404, 404), morgan: 422, priya: 422, harper: 422, avery: 422 },
    why: 'her manager passes the pair check (then the past time is 422); Priya herself, HR and admins see her but are not her pair (422); peers, other teams and Globex do not see her (404)',
  },
  {
    route: 'GET /api/conversations',
    request: { path: '/api/conversations?limit=5' },
    expect: all(200),
    why: 'everyone lists the conversations they take part in, never refused',
  },
  {
    route: 'GET /api/conversations/:id',
    request: { path: PRIYA_HELD },
    expect: participants({ morgan: 200, priya: 200 }),
    why: 'the two participants only; HR, admins and other managers get 404',
  },
  {
    route: 'GET /api/conversations/:id/calendar.ics',
    request: { path: `${SAM_SCHEDULED}/calendar.ics` },
    expect: participants({ morgan: 200, sam: 200 }),
    why: 'a scheduled conversation exports for its two participants only',
  },
  {
    route: 'GET /api/conversations/:id/calendar.ics',
    request: { path: `${PRIYA_HELD}/calendar.ics` },
    expect: participants({ morgan: 409, priya: 409 }),
    why: 'a held conversation has no event to export (409); others still get 404',
  },
  {
    route: 'POST /api/conversations/:id/schedule',
    request: { path: `${PRIYA_REQUESTED}/schedule`, body: { at: PAST } },
    expect: participants({ morgan: 422, priya: 403 }),
    why: 'the person asked schedules (a past time: 422); the requester may not accept her own request (403)',
  },
  {
    route: 'POST /api/conversations/:id/decline',
    request: { path: `${PRIYA_HELD}/decline`, body: { reason: 'Matrix probe' } },
    expect: participants({ morgan: 409, priya: 409 }),
    why: 'a held conversation is final (409) for its participants; 404 for everyone else',
  },
  {
    route: 'POST /api/conversations/:id/cancel',
    request: { path: `${SAM_CANCELLED}/cancel`, body: {} },
    expect: participants({ morgan: 409, sam: 409 }),
    why: 'already cancelled (409) for its participants; 404 for everyone else',
  },
  {
    route: 'POST /api/conversations/:id/hold',
    request: { path: `${PRIYA_REQUESTED}/hold` },
    expect: participants({ morgan: 409, priya: 409 }),
    why: 'only a scheduled conversation can be held (409); 404 for non-participants',
  },
  {
    route: 'GET /api/conversations/:id/notes/shared',
    request: { path: `${PRIYA_HELD}/notes/shared` },
    expect: participants({ morgan: 200, priya: 200 }),
    why: 'both participants read the shared notes; never HR or admins',
  },
  {
    route: 'PUT /api/conversations/:id/notes/shared',
    // A stale version: refused for the participants, so nothing is ever written.
    request: { path: `${PRIYA_HELD}/notes/shared`, body: { body: 'Matrix probe', version: 999 } },
    expect: participants({ morgan: 409, priya: 409 }),
    why: 'both participants write the shared notes (a stale version: 409); 404 for everyone else',
  },
  {
    route: 'GET /api/conversations/:id/notes/private',
    request: { path: `${PRIYA_HELD}/notes/private` },
    expect: participants({ morgan: 200, priya: 200 }),
    why: "each participant reads their own private notes, never the other's; 404 for everyone else",
  },
  {
    route: 'PUT /api/conversations/:id/notes/private',
    request: { path: `${PRIYA_HELD}/notes/private`, body: { body: 'Matrix probe', version: 999 } },
    expect: participants({ morgan: 409, priya: 409 }),
    why: 'each participant writes their own private notes (a stale version: 409); 404 for everyone else',
  },
  {
    route: 'POST /api/conversations/:id/action-items',
    // An owner outside the conversation: refused for the participants, so nothing is created.
    request: { path: `${PRIYA_HELD}/action-items`, body: { ownerId: IDS.lee, title: 'Matrix probe' } },
    expect: participants({ morgan: 422, priya: 422 }),
    why: 'participants add follow-ups owned by one of the two (else 422); 404 for everyone else',
  },
  {
    route: 'PATCH /api/action-items/:id',
    request: {
      path: `/api/action-items/${demoActionItemId('acme', 'priya-plan-review', 0)}`,
      body: { done: true, version: 999 },
    },
    expect: participants({ morgan: 409, priya: 409 }),
    why: 'participants edit follow-ups (a stale version: 409); 404 for everyone else',
  },
  {
    route: 'POST /api/conversations/:id/schedule',
    request: { path: `${SAM_SCHEDULED}/schedule`, body: { at: PAST } },
    expect: participants({ morgan: 422, sam: 422 }),
    why: 'either participant reschedules a scheduled conversation (a past time: 422)',
  },
  {
    route: 'POST /api/conversations/:id/decline',
    request: { path: `${SAM_SCHEDULED}/decline`, body: { reason: '' } },
    expect: all(400),
    why: 'a decline without a reason is malformed for anyone (400) before any lookup',
  },
  {
    route: 'POST /api/conversations/:id/schedule',
    request: { path: `${SAM_SCHEDULED}/schedule`, body: { at: FUTURE, status: 'held' } },
    expect: all(400),
    why: 'unknown fields are refused for anyone (400), nothing changes',
  },
];
