import type { Page, Position, Problem } from '@trellis/domain';

import { startTestApp, TestApp } from '../../test/int/test-app';
import { demoId, demoLevelId } from '../demo/demo-id';
import { ACME, acmeLevel, acmePosition, acmeTeam } from './position-fixtures';

const list = async (t: TestApp, email: string, query = '') =>
  (
    await t.http
      .get(`/api/positions${query}`)
      .set('Authorization', await t.bearer(email))
      .expect(200)
  ).body as Page<Position>;

describe('GET /api/positions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('should show HR every open seat of the organization, newest first', async () => {
    const page = await list(t, 'harper@acme.test', '?status=open');
    expect(page.items.map((p) => p.title)).toEqual([
      'Senior Product Manager, Onboarding',
      'Manager, Product Marketing',
      'Engineering Manager, Payments',
      'Staff Engineer, Platform',
    ]);
    expect(page.items.every((p) => p.status === 'open' && p.filledById === null)).toBe(true);
    expect(page.nextCursor).toBeNull();
  });

  it('should page with a cursor and filter by team', async () => {
    const first = await list(t, 'harper@acme.test', '?limit=2');
    expect(first.items).toHaveLength(2);
    const second = await list(t, 'harper@acme.test', `?limit=2&cursor=${first.nextCursor ?? ''}`);
    expect(second.items.map((p) => p.id)).not.toContain(first.items[0]?.id);
    const platform = await list(t, 'harper@acme.test', `?teamId=${acmeTeam('Platform')}`);
    expect(platform.items.map((p) => p.title).sort()).toEqual([
      'Engineering Manager, Platform',
      'Senior Engineering Manager, Platform',
      'Staff Engineer, Platform',
    ]);
  });

  it("should show a manager the seats of their chain's teams only", async () => {
    const morgan = await list(t, 'morgan@acme.test');
    expect(morgan.items.map((p) => p.id).sort()).toEqual(
      [acmePosition('pmm-manager'), acmePosition('pmm-director')].sort(),
    );
    const jordan = await list(t, 'jordan@acme.test', '?status=open');
    expect(jordan.items).toEqual([]);
    const jordanAll = await list(t, 'jordan@acme.test');
    expect(jordanAll.items.every((p) => p.teamId === acmeTeam('Growth'))).toBe(true);
  });

  it('should give people who manage no team an empty list, and no organization another’s seats', async () => {
    expect((await list(t, 'priya@acme.test')).items).toEqual([]);
    expect((await list(t, 'lee@acme.test')).items).toEqual([]);
    const hana = await list(t, 'hana@globex.test');
    expect(hana.items.length).toBeGreaterThan(0);
    expect(hana.items.map((p) => p.id)).not.toContain(acmePosition('pmm-manager'));
  });

  it('should refuse bad filters and forged cursors with field errors', async () => {
    const harper = await t.bearer('harper@acme.test');
    // Schema failures are 400s, a forged cursor (valid as a string) a 422.
    for (const [query, status] of [
      ['?status=closed', 400],
      ['?teamId=growth', 400],
      ['?limit=0', 400],
      ['?sort=title', 400],
      ['?cursor=abc', 422],
    ] as const) {
      const response = await t.http.get(`/api/positions${query}`).set('Authorization', harper).expect(status);
      expect((response.body as Problem).errors?.length).toBeGreaterThan(0);
    }
  });

  it('should answer in as many statements whatever the number of seats', async () => {
    const morgan = await t.bearer('morgan@acme.test');
    const count = async () =>
      (await t.recordQueries(() => t.http.get('/api/positions').set('Authorization', morgan).expect(200)))
        .length;
    const before = await count();
    await t.dataSource.query(
      `INSERT INTO positions (organization_id, team_id, level_id, title, opened_on)
       SELECT $1, $2, $3, 'Bulk seat ' || g, DATE '2020-01-01' + g FROM generate_series(1, 60) g`,
      [ACME, acmeTeam('Product Marketing'), acmeLevel('pmm-manager')],
    );
    expect(await count()).toBe(before);
  });
});

describe('POST /api/positions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const seat = {
    teamId: acmeTeam('Growth'),
    levelId: acmeLevel('engineering-manager'),
    title: ' Growth EM ',
  };

  it('should let HR open a seat, audited', async () => {
    const response = await t.http
      .post('/api/positions')
      .set('Authorization', await t.bearer('harper@acme.test'))
      .send(seat)
      .expect(201);
    const position = response.body as Position;
    expect(position).toMatchObject({ ...seat, title: 'Growth EM', status: 'open', filledOn: null });
    const audit = await t.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_events WHERE target_id = $1`,
      [position.id],
    );
    expect(audit).toEqual([{ action: 'position.create' }]);
    // Jordan leads Growth: he now reads the new seat.
    expect((await list(t, 'jordan@acme.test', '?status=open')).items.map((p) => p.id)).toEqual([position.id]);
  });

  it.each(['morgan@acme.test', 'priya@acme.test', 'avery@acme.test'])(
    'should refuse %s (403)',
    async (email) => {
      await t.http
        .post('/api/positions')
        .set('Authorization', await t.bearer(email))
        .send(seat)
        .expect(403);
    },
  );

  it.each([
    ['a team of another organization', { teamId: demoId('team:globex:Platform') }, 422, ['teamId']],
    [
      'a level of another organization',
      { levelId: demoLevelId('globex', 'senior-engineer') },
      422,
      ['levelId'],
    ],
    ['an unknown team and level', { teamId: ACME, levelId: ACME }, 422, ['teamId', 'levelId']],
    ['an empty title', { title: '  ' }, 400, ['title']],
    ['a status', { status: 'filled' }, 400, ['']],
  ])('should refuse %s (%d), changing nothing', async (_, change, status, paths) => {
    const count = async () =>
      Number((await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM positions`))[0]?.n);
    const before = await count();
    const response = await t.http
      .post('/api/positions')
      .set('Authorization', await t.bearer('harper@acme.test'))
      .send({ ...seat, ...change })
      .expect(status);
    const errors = (response.body as Problem).errors ?? [];
    expect(errors.length).toBeGreaterThanOrEqual(paths.length);
    for (const path of paths.filter(Boolean)) expect(errors.map((e) => e.path)).toContain(path);
    expect(await count()).toBe(before);
  });
});
