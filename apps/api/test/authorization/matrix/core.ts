import { acmeAll, all, IDS, type MatrixRow } from './support';

/** People, ladder, audit, aspirations and auth. */
export const CORE_MATRIX: readonly MatrixRow[] = [
  { route: 'GET /api/me', request: { path: '/api/me' }, expect: all(200), why: 'everyone sees themselves' },
  {
    route: 'GET /api/me/access-log',
    request: { path: '/api/me/access-log' },
    expect: all(200),
    why: 'everyone sees who looked at their record',
  },
  {
    route: 'GET /api/people',
    request: { path: '/api/people?limit=5' },
    expect: all(200),
    why: 'the directory is filtered to your scope, never refused',
  },
  {
    route: 'GET /api/people/:id',
    request: { path: `/api/people/${IDS.priya}` },
    expect: { ...acmeAll(404, 404), priya: 200, morgan: 200, harper: 200, avery: 200 },
    why: 'self, the manager chain, HR and admins; peers and other teams get 404',
  },
  {
    route: 'GET /api/people/:id',
    request: { path: `/api/people/${IDS.morgan}` },
    expect: { ...acmeAll(404, 404), morgan: 200, priya: 200, sam: 200, harper: 200, avery: 200 },
    why: 'reports may read their own manager',
  },
  {
    route: 'GET /api/people/:id',
    request: { path: `/api/people/${IDS.lee}` },
    expect: { ...acmeAll(404, 404), lee: 200, jordan: 200, harper: 200, avery: 200 },
    why: "another team's manager gets 404",
  },
  {
    route: 'GET /api/people/:id',
    request: { path: `/api/people/${IDS.hana}` },
    expect: { ...acmeAll(404, 200) },
    why: 'no organization sees into another',
  },
  {
    route: 'GET /api/frameworks',
    request: { path: '/api/frameworks' },
    expect: all(200),
    why: 'everyone reads the ladder',
  },
  {
    route: 'GET /api/frameworks/:id',
    request: { path: `/api/frameworks/${IDS.acmeLadder}` },
    expect: acmeAll(200, 404),
    why: "another organization's ladder does not exist for you",
  },
  {
    route: 'GET /api/frameworks/:id',
    request: { path: `/api/frameworks/${IDS.globexLadder}` },
    expect: acmeAll(404, 200),
    why: "another organization's ladder does not exist for you",
  },
  {
    route: 'GET /api/frameworks/:id/diff',
    request: { path: `/api/frameworks/${IDS.acmeLadder}/diff?from=${IDS.pmm2}&to=${IDS.pmmManager}` },
    expect: acmeAll(200, 404),
    why: 'everyone in the organization compares levels',
  },
  {
    route: 'GET /api/frameworks/:id/export',
    request: { path: `/api/frameworks/${IDS.acmeLadder}/export` },
    expect: { ...all(403), harper: 200, avery: 200, hana: 404 },
    why: 'HR and admins only (403 for others); Globex HR cannot see Acme',
  },
  {
    route: 'POST /api/frameworks/import',
    request: { path: '/api/frameworks/import', body: { format: 'trellis.framework/v1' } },
    expect: { ...all(403), harper: 422, avery: 422, hana: 422 },
    why: 'HR and admins only; an incomplete document is refused whole',
  },
  {
    route: 'GET /api/audit',
    request: { path: '/api/audit' },
    expect: { ...all(403), avery: 200 },
    why: 'the audit trail is for admins',
  },
  {
    route: 'GET /api/people/:personId/aspiration',
    request: { path: `/api/people/${IDS.priya}/aspiration` },
    expect: { ...acmeAll(404, 404), priya: 200, morgan: 200, harper: 200 },
    why: 'the person and their chain; HR because Priya shares it; admins are not HR',
  },
  {
    route: 'GET /api/people/:personId/aspiration',
    request: { path: `/api/people/${IDS.sam}/aspiration` },
    expect: { ...acmeAll(404, 404), sam: 200, morgan: 200 },
    why: 'Sam does not share his aspiration with HR',
  },
  {
    route: 'PUT /api/people/:personId/aspiration',
    request: {
      path: `/api/people/${IDS.priya}/aspiration`,
      // Valid, but a stale version: the owner is refused with 409, so nothing is ever written.
      body: { targetLevelId: IDS.pmmManager, statement: 'Matrix probe', version: 999 },
    },
    expect: { ...acmeAll(404, 404), priya: 409, morgan: 403 },
    why: 'only the person writes it (their manager sees it: 403; others 404)',
  },
  {
    route: 'POST /api/auth/password',
    request: { path: '/api/auth/password', body: { currentPassword: 'not-it', newPassword: 'x' } },
    expect: all(400),
    why: 'anyone signed in may change their own password; a wrong current one is refused',
  },
];
