import type { AdminPerson, Page } from '@trellis/domain';

import { startTestApp, TestApp } from '../../test/int/test-app';
import { demoOrganizationId, demoPersonId } from '../demo/demo-id';

const ACME = demoOrganizationId('acme');
const AVERY = demoPersonId('acme', 'avery');
const LEE = demoPersonId('acme', 'lee');
const PRIYA = demoPersonId('acme', 'priya');
const HANA = demoPersonId('globex', 'hana');

describe('Admin people and roles (GET/PATCH /api/admin/people)', () => {
  let t: TestApp;
  let avery: string;

  beforeAll(async () => {
    t = await startTestApp();
    avery = await t.bearer('avery@acme.test');
  });
  afterAll(() => t.close());

  const list = async (query: string) =>
    (await t.http.get(`/api/admin/people${query}`).set('Authorization', avery).expect(200))
      .body as Page<AdminPerson>;
  const patch = (id: string, body: object, auth = avery) =>
    t.http.patch(`/api/admin/people/${id}`).set('Authorization', auth).send(body);

  it('should list the organization by name with roles, team, level, manager and last sign-in', async () => {
    const page = await list('?limit=100');
    const names = page.items.map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : 1)));
    expect(page.items.every((p) => p.id !== HANA)).toBe(true);
    const priya = page.items.find((p) => p.id === PRIYA);
    expect(priya).toMatchObject({
      email: 'priya@acme.test',
      roles: ['member'],
      active: true,
      erased: false,
      team: { name: 'Product Marketing' },
      manager: { name: 'Morgan Blake' },
    });
    // Avery signed in for this test: her last sign-in is now.
    const me = page.items.find((p) => p.id === AVERY);
    expect(me?.roles).toEqual(['member', 'admin']);
    expect(Date.now() - Date.parse(me?.lastSignInAt ?? '')).toBeLessThan(60_000);
  });

  it('should search by name or email, filter by role and status, and page with a cursor', async () => {
    expect((await list('?query=PRIYA')).items.map((p) => p.id)).toEqual([PRIYA]);
    expect((await list('?query=lee%40acme')).items.map((p) => p.id)).toEqual([LEE]);
    expect((await list('?query=%25')).items).toEqual([]);
    expect((await list('?role=admin')).items.map((p) => p.id)).toEqual([AVERY]);
    expect((await list('?role=hr')).items.map((p) => p.email)).toEqual(['harper@acme.test']);
    const all = await list('?limit=100');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<AdminPerson> = await list(`?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((p) => p.id));
    await t.http.get('/api/admin/people?status=gone').set('Authorization', avery).expect(400);
    await t.http.get('/api/admin/people?cursor=forged').set('Authorization', avery).expect(422);
  });

  it('should read one account, auditing an admin’s read of someone else', async () => {
    const response = await t.http.get(`/api/admin/people/${PRIYA}`).set('Authorization', avery).expect(200);
    expect(response.body).toMatchObject({ id: PRIYA, name: 'Priya Raman', roles: ['member'] });
    const events = await t.dataSource.query<{ action: string; subject_person_id: string }[]>(
      `SELECT action, subject_person_id FROM audit_events WHERE correlation_id = $1`,
      [response.headers['x-correlation-id']],
    );
    expect(events).toEqual([{ action: 'person.read', subject_person_id: PRIYA }]);
    await t.http.get(`/api/admin/people/${HANA}`).set('Authorization', avery).expect(404);
    await t.http
      .get(`/api/admin/people/${PRIYA}`)
      .set('Authorization', await t.bearer('harper@acme.test'))
      .expect(403);
  });

  it('should set roles, always keeping member, and audit the change', async () => {
    const response = await patch(PRIYA, { roles: ['hr'] }).expect(200);
    expect((response.body as AdminPerson).roles).toEqual(['member', 'hr']);
    const events = await t.dataSource.query<{ action: string; details: object }[]>(
      `SELECT action, details FROM audit_events WHERE correlation_id = $1`,
      [response.headers['x-correlation-id']],
    );
    expect(events).toEqual([{ action: 'person.roles.update', details: { from: 'member', to: 'member,hr' } }]);
    expect((await patch(PRIYA, { roles: [] }).expect(200)).body).toMatchObject({ roles: ['member'] });
  });

  it('should refuse an unknown field, an empty patch and another organization’s person', async () => {
    await patch(PRIYA, { roles: ['member'], name: 'Mallory' }).expect(400);
    await patch(PRIYA, {}).expect(400);
    await patch(PRIYA, { roles: ['owner'] }).expect(400);
    await patch(HANA, { active: false }).expect(404);
  });

  it('should never let an admin lock themselves out', async () => {
    const demote = await patch(AVERY, { roles: ['member'] }).expect(409);
    expect(demote.body).toMatchObject({
      detail: 'You cannot remove your own admin role. Ask another admin.',
    });
    const off = await patch(AVERY, { active: false }).expect(409);
    expect(off.body).toMatchObject({ detail: 'You cannot deactivate yourself. Ask another admin.' });
    expect((await list('?role=admin')).items.map((p) => p.id)).toEqual([AVERY]);
  });

  it('should end every session of a deactivated person at once, and let them back when reactivated', async () => {
    const login = await t.http
      .post('/api/auth/login')
      .send({ email: 'lee@acme.test', password: 'trellis-demo' });
    const token = `Bearer ${(login.body as { accessToken: string }).accessToken}`;
    const cookie = login.headers['set-cookie'] ?? [];
    await t.http.get('/api/me').set('Authorization', token).expect(200);

    const off = await patch(LEE, { active: false }).expect(200);
    expect(off.body).toMatchObject({ active: false });
    await t.http.get('/api/me').set('Authorization', token).expect(401);
    await t.http.post('/api/auth/refresh').set('Cookie', cookie).expect(401);
    await t.http
      .post('/api/auth/login')
      .send({ email: 'lee@acme.test', password: 'trellis-demo' })
      .expect(401);
    const [open] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM auth_sessions WHERE person_id = $1 AND revoked_at IS NULL`,
      [LEE],
    );
    expect(open?.n).toBe(0);
    const deactivated = await list('?status=deactivated&limit=100');
    expect(deactivated.items.map((p) => p.id)).toContain(LEE);
    expect(deactivated.items.every((p) => !p.active)).toBe(true);

    await patch(LEE, { active: true }).expect(200);
    // The old token stays dead (the session version moved on); a new sign-in works.
    await t.http.get('/api/me').set('Authorization', token).expect(401);
    await t.http
      .get('/api/me')
      .set('Authorization', await t.bearer('lee@acme.test'))
      .expect(200);
    const actions = await t.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_events WHERE subject_person_id = $1 AND action LIKE 'person.%activate'
        ORDER BY created_at`,
      [LEE],
    );
    expect(actions.map((a) => a.action)).toEqual(['person.deactivate', 'person.reactivate']);
  });

  it('should keep the last active admin of the organization', async () => {
    // Globex has no admin: make Hana its only one, then let a second admin try to demote her.
    const GLOBEX = demoOrganizationId('globex');
    const MEI = demoPersonId('globex', 'mei');
    await t.dataSource.query(`UPDATE people SET roles = '{member,admin}' WHERE id = ANY($1)`, [[HANA, MEI]]);
    const hana = await t.bearer('hana@globex.test');
    const mei = await t.bearer('mei@globex.test');
    await patch(MEI, { active: false }, hana).expect(200);
    // Mei is out; Hana is the last admin and cannot lose it, even to herself.
    await patch(HANA, { roles: ['member'] }, hana).expect(409);
    await patch(HANA, { roles: ['member'] }, mei).expect(401);
    await patch(PRIYA, { active: false }, hana).expect(404);
    await t.dataSource.query(
      `UPDATE people SET roles = '{member,hr}', active = true WHERE id = $1 AND organization_id = $2`,
      [HANA, GLOBEX],
    );
  });

  it('should answer in the same number of SQL statements with few people or many', async () => {
    const measure = (work: () => Promise<unknown>) => t.recordQueries(work).then((sql) => sql.length);
    const listAll = () =>
      t.http.get('/api/admin/people?limit=100&query=e&status=active').set('Authorization', avery).expect(200);
    const before = await measure(listAll);
    const patchBefore = await measure(() => patch(PRIYA, { roles: ['member', 'hr'] }).expect(200));
    await t.dataSource.query(
      `INSERT INTO people (organization_id, name, email, title, roles)
       SELECT $1, 'Fixture person ' || i, 'fixture' || i || '@acme.test', 'Engineer', '{member,admin}'
         FROM generate_series(1, 150) i`,
      [ACME],
    );
    await t.dataSource.query(
      `INSERT INTO auth_sessions (organization_id, person_id, family_id, token_hash, expires_at)
       SELECT p.organization_id, p.id, gen_random_uuid(), md5(p.id::text || i), now() + interval '1 day'
         FROM people p, generate_series(1, 3) i WHERE p.email LIKE 'fixture%'`,
    );
    const after = await measure(listAll);
    const page = (await listAll()).body as Page<AdminPerson>;
    expect(page.items).toHaveLength(100);
    expect(page.items.filter((p) => p.lastSignInAt !== null).length).toBeGreaterThan(50);
    expect(after).toBe(before);
    // Many admins now lock with the target: still one statement.
    expect(await measure(() => patch(PRIYA, { roles: ['member'] }).expect(200))).toBe(patchBefore);
  });
});
