import { acmeAll, all, type MatrixRow } from './support';

/** HR's mobility analytics: aggregates only, HR alone (permissions.ts: mobility:read). */
export const MOBILITY_MATRIX: readonly MatrixRow[] = [
  {
    route: 'GET /api/mobility/paths',
    request: { path: '/api/mobility/paths?by=team&kind=promotion' },
    expect: { ...all(403), harper: 200, hana: 200 },
    why: 'HR only, each over their own organization; managers, ICs and admins 403',
  },
  {
    route: 'GET /api/mobility/trends',
    request: { path: '/api/mobility/trends?kind=promotion' },
    expect: { ...all(403), harper: 200, hana: 200 },
    why: 'HR only, each over their own organization; managers, ICs and admins 403',
  },
  {
    route: 'GET /api/mobility/trends',
    request: { path: '/api/mobility/trends?from=2025-01-01&to=2024-01-01' },
    expect: { ...acmeAll(403, 400), harper: 400 },
    why: 'a bad filter is a 400 for HR; the role check comes first for everyone else',
  },
  {
    route: 'GET /api/mobility/teams',
    request: { path: '/api/mobility/teams' },
    expect: { ...all(403), harper: 200, hana: 200 },
    why: 'HR only, each over their own organization; managers, ICs and admins 403',
  },
  {
    route: 'GET /api/mobility/teams',
    request: { path: '/api/mobility/teams?asOf=yesterday' },
    expect: { ...acmeAll(403, 400), harper: 400 },
    why: 'a bad filter is a 400 for HR; the role check comes first for everyone else',
  },
];
