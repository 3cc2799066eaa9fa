import { acmeAll, all, IDS, type MatrixRow } from './support';

/** The manager's side: team overview, organization settings, handover notes. */
export const TEAM_MATRIX: readonly MatrixRow[] = [
  {
    route: 'GET /api/team',
    request: { path: '/api/team' },
    expect: all(200),
    why: 'managing is a fact of the org chart, not a role: anyone asks, and without reports the list is empty',
  },
  {
    route: 'GET /api/team',
    request: { path: '/api/team?depth=all&sort=readiness&flag=no_conversation' },
    expect: all(200),
    why: 'the whole subtree, filtered in SQL to the caller’s own reports',
  },
  {
    route: 'GET /api/organization/settings',
    request: { path: '/api/organization/settings' },
    expect: all(200),
    why: 'every member reads their own organization’s settings',
  },
  {
    route: 'PUT /api/organization/settings',
    // The default value: writing it changes nothing another row could notice.
    request: { path: '/api/organization/settings', body: { conversationIntervalDays: 90 } },
    expect: { ...all(403), harper: 200, avery: 200, hana: 200 },
    why: 'HR and admins only, each in their own organization; managers and ICs 403',
  },
  {
    route: 'GET /api/people/:personId/handover-notes',
    request: { path: `/api/people/${IDS.priya}/handover-notes` },
    expect: { ...acmeAll(404, 404), priya: 200, morgan: 200 },
    why: 'the report and her management chain; not peers, other teams, HR or admins',
  },
  {
    route: 'POST /api/people/:personId/handover-notes',
    request: { path: `/api/people/${IDS.priya}/handover-notes`, body: { body: 'Matrix probe' } },
    expect: { ...acmeAll(404, 404), morgan: 201, priya: 403 },
    why: 'only the direct manager writes one (the report herself: 403); outside the chain 404',
  },
];
