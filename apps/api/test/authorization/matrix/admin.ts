import { acme, all, IDS, type MatrixRow } from './support';

const AVERY = acme('avery');
const adminOnly = (avery: number) => ({ ...all(403), avery });

/**
 * The organization admin's operations on people: admins only (403 for everyone
 * else, Globex's HR too); another organization's person does not exist (404). The
 * requests change nothing, so the rows can run in any order: a no-op patch, and
 * refusals that are checked before anything is written.
 */
export const ADMIN_MATRIX: readonly MatrixRow[] = [
  {
    route: 'GET /api/admin/people',
    request: { path: '/api/admin/people?query=pr&role=member&status=active&limit=5' },
    expect: adminOnly(200),
    why: 'the admin people list is for admins; HR and managers use the directory',
  },
  {
    route: 'GET /api/admin/people/:id',
    request: { path: `/api/admin/people/${IDS.priya}` },
    expect: adminOnly(200),
    why: 'admins read any account of their organization (audited); others use /api/people/:id',
  },
  {
    route: 'GET /api/admin/people/:id',
    request: { path: `/api/admin/people/${IDS.hana}` },
    expect: adminOnly(404),
    why: "another organization's person does not exist for Acme's admin",
  },
  {
    route: 'PATCH /api/admin/people/:id',
    request: { path: `/api/admin/people/${IDS.priya}`, body: { active: true } },
    expect: adminOnly(200),
    why: 'admins change accounts (Priya is active already: nothing changes)',
  },
  {
    route: 'PATCH /api/admin/people/:id',
    request: { path: `/api/admin/people/${AVERY}`, body: { roles: ['member'] } },
    expect: adminOnly(409),
    why: 'an admin cannot remove their own admin role',
  },
  {
    route: 'PATCH /api/admin/people/:id',
    request: { path: `/api/admin/people/${IDS.hana}`, body: { active: true } },
    expect: adminOnly(404),
    why: "another organization's person does not exist for Acme's admin",
  },
  {
    route: 'GET /api/admin/people/:id/export',
    request: { path: `/api/admin/people/${IDS.sam}/export` },
    expect: adminOnly(200),
    why: "admins export a person's data for a GDPR request; nobody else, not even the person (they use /api/exports/me)",
  },
  {
    route: 'GET /api/admin/people/:id/export',
    request: { path: `/api/admin/people/${IDS.hana}/export` },
    expect: adminOnly(404),
    why: "another organization's person does not exist for Acme's admin",
  },
  {
    route: 'POST /api/admin/people/:id/erase',
    request: { path: `/api/admin/people/${IDS.priya}/erase`, body: { confirmEmail: 'not-priya@acme.test' } },
    expect: adminOnly(422),
    why: 'erasure needs the person’s email typed exactly; a mismatch erases nothing',
  },
  {
    route: 'POST /api/admin/people/:id/erase',
    request: { path: `/api/admin/people/${AVERY}/erase`, body: { confirmEmail: 'avery@acme.test' } },
    expect: adminOnly(409),
    why: 'an admin cannot erase themselves',
  },
  {
    route: 'POST /api/admin/people/:id/erase',
    request: { path: `/api/admin/people/${IDS.hana}/erase`, body: { confirmEmail: 'hana@globex.test' } },
    expect: adminOnly(404),
    why: "another organization's person does not exist for Acme's admin",
  },
];
