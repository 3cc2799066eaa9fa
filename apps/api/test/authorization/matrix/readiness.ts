import { acmeAll, IDS, type MatrixRow } from './support';

/** Readiness toward the target level. */
export const READINESS_MATRIX: readonly MatrixRow[] = [
  {
    route: 'GET /api/people/:personId/readiness',
    request: { path: `/api/people/${IDS.priya}/readiness` },
    expect: { ...acmeAll(404, 404), priya: 200, morgan: 200, harper: 200 },
    why: 'the person and their chain (full); HR the summary, since Priya shares her aspiration; admins are not HR',
  },
  {
    route: 'GET /api/people/:personId/readiness',
    request: { path: `/api/people/${IDS.sam}/readiness` },
    expect: { ...acmeAll(404, 404), sam: 200, morgan: 200 },
    why: 'Sam does not share his aspiration with HR',
  },
  {
    route: 'GET /api/people/:personId/readiness',
    request: { path: `/api/people/${IDS.morgan}/readiness` },
    expect: acmeAll(404, 404),
    why: 'Morgan has no aspiration: nothing to be ready for, even for himself',
  },
];
