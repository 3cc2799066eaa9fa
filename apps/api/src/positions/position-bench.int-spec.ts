import type { Position, PositionBench, PositionFilled, Problem } from '@trellis/domain';

import { startTestApp, TestApp } from '../../test/int/test-app';
import { acme, acmeLevel, acmePosition, acmeTeam, addAspirants } from './position-fixtures';

const PMM_MANAGER_SEAT = acmePosition('pmm-manager');

describe('GET /api/positions/:id/bench', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const bench = async (email: string, positionId: string, status = 200) =>
    (
      await t.http
        .get(`/api/positions/${positionId}/bench`)
        .set('Authorization', await t.bearer(email))
        .expect(status)
    ).body as PositionBench;

  const open = async (teamName: string, level: string) =>
    (
      (
        await t.http
          .post('/api/positions')
          .set('Authorization', await t.bearer('harper@acme.test'))
          .send({ teamId: acmeTeam(teamName), levelId: acmeLevel(level), title: `${level} on ${teamName}` })
          .expect(201)
      ).body as Position
    ).id;

  it('should show HR Priya on the bench of the Manager, Product Marketing seat, with summaries only', async () => {
    const body = await bench('harper@acme.test', PMM_MANAGER_SEAT);
    expect(body.position.title).toBe('Manager, Product Marketing');
    const priya = body.candidates.find((c) => c.personId === acme('priya'));
    expect(priya).toMatchObject({ name: 'Priya Raman', levelId: acmeLevel('senior-pmm') });
    expect(priya?.readiness).toBeGreaterThan(0);
    expect(priya?.strongest.length).toBeGreaterThan(0);
    expect(priya?.weakest.length).toBeGreaterThan(0);
    // No evidence ids or bodies, only readiness summaries and criterion names.
    expect(JSON.stringify(body)).not.toMatch(/evidenceIds|challenge|outcome|statement/);
    const audit = await t.dataSource.query<{ subject: string }[]>(
      `SELECT subject_person_id AS subject FROM audit_events WHERE action = 'position.bench.read' AND target_id = $1`,
      [PMM_MANAGER_SEAT],
    );
    expect(audit.map((a) => a.subject)).toContain(acme('priya'));
  });

  it('should never put Sam (not shared with HR) on a bench HR sees, but on his manager’s', async () => {
    const pmOnProductMarketing = await open('Product Marketing', 'pm');
    const pmOnProductManagement = await open('Product Management', 'pm');
    for (const seat of [pmOnProductMarketing, pmOnProductManagement]) {
      const ids = (await bench('harper@acme.test', seat)).candidates.map((c) => c.personId);
      expect(ids).not.toContain(acme('sam'));
    }
    // Morgan leads Product Marketing and manages Sam: his seat's bench shows Sam.
    const morgans = await bench('morgan@acme.test', pmOnProductMarketing);
    expect(morgans.candidates.map((c) => c.personId)).toContain(acme('sam'));
    // Product Management is not Morgan's team: that seat does not exist for him.
    await bench('morgan@acme.test', pmOnProductManagement, 404);
  });

  it('should let Morgan read his team’s seat, and rank the bench by readiness', async () => {
    const body = await bench('morgan@acme.test', PMM_MANAGER_SEAT);
    expect(body.candidates.map((c) => c.personId)).toContain(acme('priya'));
    const readiness = body.candidates.map((c) => c.readiness);
    expect(readiness).toEqual([...readiness].sort((a, b) => b - a));
  });

  it.each([
    ['priya@acme.test', 'an IC'],
    ['jordan@acme.test', "another team's manager"],
    ['avery@acme.test', 'an admin'],
    ['hana@globex.test', 'another organization'],
  ])('should answer %s (%s) 404', async (email) => {
    const response = await t.http
      .get(`/api/positions/${PMM_MANAGER_SEAT}/bench`)
      .set('Authorization', await t.bearer(email))
      .expect(404);
    expect((response.body as Problem).status).toBe(404);
  });

  it('should answer in as many statements for many candidates as for few', async () => {
    const harper = await t.bearer('harper@acme.test');
    const measure = async () => {
      let size = 0;
      const statements = await t.recordQueries(async () => {
        const response = await t.http
          .get(`/api/positions/${PMM_MANAGER_SEAT}/bench`)
          .set('Authorization', harper)
          .expect(200);
        size = (response.body as PositionBench).candidates.length;
      });
      return { size, statements: statements.length };
    };
    const few = await measure();
    await addAspirants(t.dataSource, 40, 'pmm-manager');
    const many = await measure();
    expect(many.size).toBe(few.size + 40);
    expect(many.statements).toBe(few.statements);
  });
});

describe('POST /api/positions/:id/fill', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const fill = async (email: string, positionId: string, body: object, status: number) =>
    (
      await t.http
        .post(`/api/positions/${positionId}/fill`)
        .set('Authorization', await t.bearer(email))
        .send(body)
        .expect(status)
    ).body as unknown;

  it.each(['morgan@acme.test', 'priya@acme.test', 'avery@acme.test'])(
    'should refuse %s (403)',
    async (email) => {
      await fill(email, PMM_MANAGER_SEAT, { personId: acme('priya') }, 403);
    },
  );

  it.each([
    ['someone of another organization', { personId: acme('x') }, 422],
    ['someone without a level', { personId: acme('harper') }, 422],
    ['an unknown field', { personId: acme('priya'), levelId: acmeLevel('pmm-manager') }, 400],
  ])('should refuse %s, changing nothing', async (_, body, status) => {
    await fill('harper@acme.test', PMM_MANAGER_SEAT, body, status);
    const [seat] = await t.dataSource.query<{ status: string }[]>(
      `SELECT status FROM positions WHERE id = $1`,
      [PMM_MANAGER_SEAT],
    );
    expect(seat?.status).toBe('open');
  });

  it("should answer 404 for another organization's seat", async () => {
    await fill('hana@globex.test', PMM_MANAGER_SEAT, { personId: acme('priya') }, 404);
  });

  it('should fill the seat with Priya: her level and team change and the move is recorded, in one go', async () => {
    await fill('harper@acme.test', PMM_MANAGER_SEAT, { personId: acme('priya') }, 200);
    const moves = await t.dataSource.query<{ kind: string; internal: boolean; from: string; to: string }[]>(
      `SELECT kind, internal, from_level_id AS "from", to_level_id AS "to" FROM moves
        WHERE person_id = $1 ORDER BY occurred_on DESC, created_at DESC LIMIT 1`,
      [acme('priya')],
    );
    expect(moves).toEqual([
      { kind: 'track_switch', internal: true, from: acmeLevel('senior-pmm'), to: acmeLevel('pmm-manager') },
    ]);
    const [priya] = await t.dataSource.query<{ level: string; team: string; title: string }[]>(
      `SELECT level_id AS level, team_id AS team, title FROM people WHERE id = $1`,
      [acme('priya')],
    );
    expect(priya).toEqual({
      level: acmeLevel('pmm-manager'),
      team: acmeTeam('Product Marketing'),
      title: 'Manager, Product Marketing',
    });
    const [seat] = await t.dataSource.query<{ status: string; by: string }[]>(
      `SELECT status, filled_by_id AS by FROM positions WHERE id = $1`,
      [PMM_MANAGER_SEAT],
    );
    expect(seat).toEqual({ status: 'filled', by: acme('priya') });
    const audit = await t.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_events WHERE target_id = $1 AND action = 'position.fill'`,
      [PMM_MANAGER_SEAT],
    );
    expect(audit).toHaveLength(1);
  });

  it('should refuse to fill a filled seat (409)', async () => {
    await fill('harper@acme.test', PMM_MANAGER_SEAT, { personId: acme('sam') }, 409);
  });

  it('should call a move up the same track a promotion, and one to another discipline lateral', async () => {
    const open = async (team: string, level: string) =>
      (
        (
          await t.http
            .post('/api/positions')
            .set('Authorization', await t.bearer('harper@acme.test'))
            .send({ teamId: acmeTeam(team), levelId: acmeLevel(level), title: level })
            .expect(201)
        ).body as Position
      ).id;
    const up = (await fill(
      'harper@acme.test',
      await open('Product Marketing', 'senior-pmm'),
      { personId: acme('sam') },
      200,
    )) as PositionFilled;
    expect(up.move).toMatchObject({ kind: 'promotion', fromLevelId: acmeLevel('pmm-2') });
    const across = (await fill(
      'harper@acme.test',
      await open('Product Management', 'pm'),
      { personId: acme('sam') },
      200,
    )) as PositionFilled;
    expect(across.move).toMatchObject({ kind: 'lateral', toTeamId: acmeTeam('Product Management') });
    expect(across.position.status).toBe('filled');
  });
});
