import { randomBytes } from 'node:crypto';

import { MY_DATA_EXPORT_FORMAT, type MyDataExport } from '@trellis/domain';

import { startTestApp, TestApp } from '../../test/int/test-app';
import { demoLevelId, demoOrganizationId, demoPersonId } from '../demo/demo-id';

const ACME = demoOrganizationId('acme');
const PRIYA = demoPersonId('acme', 'priya');
const MORGAN = demoPersonId('acme', 'morgan');
const JORDAN = demoPersonId('acme', 'jordan');
const LEE = demoPersonId('acme', 'lee');

describe('My data (GET /api/exports/me)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const exportOf = async (email: string) => {
    const response = await t.http
      .get('/api/exports/me')
      .set('Authorization', await t.bearer(email))
      .expect(200);
    return { response, document: response.body as MyDataExport, text: response.text };
  };
  const count = async (sql: string, params: unknown[]) =>
    (await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]?.n;

  it('should send Priya everything held about her, as a file to keep', async () => {
    // Her manager reads her aspiration first: the export shows who read her record.
    await t.http
      .get(`/api/people/${PRIYA}/aspiration`)
      .set('Authorization', await t.bearer('morgan@acme.test'))
      .expect(200);
    const { response, document } = await exportOf('priya@acme.test');

    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="trellis-export-${document.exportedAt.slice(0, 10)}.json"`,
    );
    expect(response.headers['cache-control']).toBe('no-store');
    expect(document.format).toBe(MY_DATA_EXPORT_FORMAT);
    expect(Date.now() - Date.parse(document.exportedAt)).toBeLessThan(60_000);
    expect(document.person).toMatchObject({
      id: PRIYA,
      name: 'Priya Raman',
      email: 'priya@acme.test',
      title: 'Senior Product Marketing Manager',
      roles: ['member'],
      team: { name: 'Product Marketing' },
      manager: { id: MORGAN, name: 'Morgan Blake', email: 'morgan@acme.test' },
      level: { id: demoLevelId('acme', 'senior-pmm') },
      active: true,
    });
    expect(document.person.hireDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(document.aspirations).toHaveLength(1);
    expect(document.aspirations[0]).toMatchObject({
      targetLevel: { id: demoLevelId('acme', 'pmm-manager') },
      sharedWithHr: true,
    });

    // Every table with a person, author, participant or owner column, row for row.
    const goals = document.growthPlans.flatMap((plan) => plan.goals);
    expect(document.growthPlans).toHaveLength(await count(`growth_plans WHERE person_id = $1`, [PRIYA]));
    expect(goals.length).toBeGreaterThan(0);
    expect(goals).toHaveLength(
      await count(`goals g JOIN growth_plans p ON p.id = g.plan_id WHERE p.person_id = $1`, [PRIYA]),
    );
    expect(goals.flatMap((goal) => goal.actions)).toHaveLength(
      await count(
        `growth_actions a JOIN goals g ON g.id = a.goal_id JOIN growth_plans p ON p.id = g.plan_id
          WHERE p.person_id = $1`,
        [PRIYA],
      ),
    );
    expect(goals.every((goal) => goal.criterion?.name)).toBe(true);
    expect(document.evidence).toHaveLength(await count(`evidence WHERE person_id = $1`, [PRIYA]));
    expect(document.evidence.flatMap((e) => e.criteria)).toHaveLength(
      await count(`evidence_criteria c JOIN evidence e ON e.id = c.evidence_id WHERE e.person_id = $1`, [
        PRIYA,
      ]),
    );
    const reviews = document.evidence.flatMap((e) => e.reviews);
    expect(reviews).toHaveLength(
      await count(`evidence_reviews r JOIN evidence e ON e.id = r.evidence_id WHERE e.person_id = $1`, [
        PRIYA,
      ]),
    );
    expect(reviews.some((r) => r.reviewer?.name === 'Morgan Blake' && r.comment.length > 0)).toBe(true);
    expect(document.reviewsWritten).toEqual([]);
    expect(document.conversations).toHaveLength(
      await count(`conversations WHERE report_id = $1 OR manager_id = $1`, [PRIYA]),
    );
    expect(document.conversations.flatMap((c) => c.actionItems)).toHaveLength(
      await count(
        `action_items a JOIN conversations c ON c.id = a.conversation_id WHERE c.report_id = $1 OR c.manager_id = $1`,
        [PRIYA],
      ),
    );
    const held = document.conversations.find((c) => c.status === 'held');
    expect(held?.sharedNote?.body).toMatch(/^Reviewed Priya’s plan/);
    expect(held?.myPrivateNote?.body).toMatch(/^Stop calling the mid-market work strategy/);
    expect(document.notifications).toHaveLength(3);
    expect(document.moves.map((m) => [m.kind, m.toLevel?.id])).toEqual([
      ['hire', demoLevelId('acme', 'pmm-2')],
      ['promotion', demoLevelId('acme', 'senior-pmm')],
    ]);
    expect(
      document.auditEvents.some(
        (e) => e.action === 'aspiration.read' && e.actor?.name === 'Morgan Blake' && e.aboutMe && !e.byMe,
      ),
    ).toBe(true);
    expect(document.sessions.length).toBeGreaterThan(0);
    expect(document.sessions.every((s) => s.revokedAt === null || s.revokedAt >= s.signedInAt)).toBe(true);
  });

  it('should hold the reviews a manager wrote, but not the evidence they judged', async () => {
    const { document, text } = await exportOf('morgan@acme.test');
    const written = await t.dataSource.query<{ id: string; challenge: string; outcome: string }[]>(
      `SELECT r.id, e.challenge, e.outcome FROM evidence_reviews r JOIN evidence e ON e.id = r.evidence_id
        WHERE r.reviewer_id = $1`,
      [MORGAN],
    );
    expect(written.length).toBeGreaterThan(0);
    expect(document.reviewsWritten.map((r) => r.id).sort()).toEqual(written.map((r) => r.id).sort());
    for (const { challenge, outcome } of written) {
      expect(text).not.toContain(challenge);
      expect(text).not.toContain(outcome);
    }
    expect(document.evidence).toEqual([]);
  });

  it('should hold my private note and never the other participant’s', async () => {
    const [conversation] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM conversations WHERE report_id = $1 AND manager_id = $2 AND topic = 'aspiration'`,
      [PRIYA, MORGAN],
    );
    if (!conversation) throw new Error('The demo has a Priya–Morgan aspiration conversation');
    const morgansNote = `Morgan's private thought ${randomBytes(8).toString('hex')}`;
    const priyasNote = `Priya's private thought ${randomBytes(8).toString('hex')}`;
    await t.dataSource.query(
      `INSERT INTO conversation_notes (organization_id, conversation_id, visibility, author_id, body)
       VALUES ($1, $2, 'private', $3, $4), ($1, $2, 'private', $5, $6)`,
      [ACME, conversation.id, MORGAN, morgansNote, PRIYA, priyasNote],
    );

    const priya = await exportOf('priya@acme.test');
    expect(priya.text).not.toContain(morgansNote);
    expect(priya.text).toContain(priyasNote);
    expect(priya.document.conversations.find((c) => c.id === conversation.id)?.myPrivateNote?.body).toBe(
      priyasNote,
    );
    // Nor any of Morgan's private notes from the demo.
    expect(priya.text).not.toContain('Closer than she thinks on execution');

    const morgan = await exportOf('morgan@acme.test');
    expect(morgan.text).toContain(morgansNote);
    expect(morgan.text).not.toContain(priyasNote);
    expect(morgan.text).not.toContain('Stop calling the mid-market work strategy');

    // Nobody else's export holds either.
    for (const email of ['sam@acme.test', 'harper@acme.test', 'avery@acme.test', 'hana@globex.test']) {
      const other = await exportOf(email);
      expect(other.text).not.toContain(morgansNote);
      expect(other.text).not.toContain(priyasNote);
    }
  });

  it('should never hold a password hash or a token hash', async () => {
    // Refresh once, so that a rotated session is there too.
    const login = await t.http
      .post('/api/auth/login')
      .send({ email: 'priya@acme.test', password: 'trellis-demo' });
    await t.http
      .post('/api/auth/refresh')
      .set('Cookie', login.headers['set-cookie'] ?? [])
      .expect(200);
    const { text, document } = await exportOf('priya@acme.test');
    const [person] = await t.dataSource.query<{ password_hash: string }[]>(
      `SELECT password_hash FROM people WHERE id = $1`,
      [PRIYA],
    );
    const sessions = await t.dataSource.query<{ token_hash: string }[]>(
      `SELECT token_hash FROM auth_sessions WHERE person_id = $1`,
      [PRIYA],
    );
    expect(person?.password_hash).toBeTruthy();
    expect(sessions.length).toBeGreaterThan(1);
    for (const secret of [person?.password_hash ?? '', ...sessions.map((s) => s.token_hash)]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/argon2|password|token_?hash|session_?version/i);
    expect(document.sessions.some((s) => s.refreshes >= 1)).toBe(true);
  });

  it('should answer in the same number of SQL statements with few rows or many', async () => {
    const measure = async (email: string) => {
      const auth = await t.bearer(email);
      const statements = await t.recordQueries(() =>
        t.http.get('/api/exports/me').set('Authorization', auth).expect(200),
      );
      // The hashes are not even read: no statement selects them.
      expect(statements.filter((sql) => /password_hash|token_hash/.test(sql))).toEqual([]);
      return statements.length;
    };
    const forAvery = await measure('avery@acme.test');
    const forLee = await measure('lee@acme.test');
    const before = (await exportOf('lee@acme.test')).document;

    await plantManyRowsFor(t, LEE, JORDAN, 25);

    expect(await measure('lee@acme.test')).toBe(forLee);
    expect(forAvery).toBe(forLee);
    const after = (await exportOf('lee@acme.test')).document;
    expect(after.evidence.length).toBe(before.evidence.length + 25);
    expect(after.evidence.at(-1)?.reviews).toHaveLength(1);
    expect(after.growthPlans.flatMap((p) => p.goals).flatMap((g) => g.actions).length).toBeGreaterThanOrEqual(
      50,
    );
    expect(after.conversations.length).toBe(before.conversations.length + 25);
    // Lee's private notes are in; Jordan's are not.
    expect(after.conversations.filter((c) => c.myPrivateNote?.body === 'Lee, privately')).toHaveLength(25);
    expect(JSON.stringify(after)).not.toContain('Jordan, privately');
    expect(after.notifications.length).toBe(before.notifications.length + 25);
    expect(after.moves.length).toBe(before.moves.length + 25);
    expect(after.sessions.length).toBeGreaterThanOrEqual(before.sessions.length + 25);
    expect(after.auditEvents.filter((e) => e.action === 'fixture.read')).toHaveLength(25);
  });

  it('should audit every export, as the caller about themselves', async () => {
    const { response } = await exportOf('sam@acme.test');
    const sam = demoPersonId('acme', 'sam');
    const events = await t.dataSource.query<
      { actor_id: string; subject_person_id: string; details: object }[]
    >(
      `SELECT actor_id, subject_person_id, details FROM audit_events
        WHERE action = 'person.export' AND correlation_id = $1`,
      [response.headers['x-correlation-id']],
    );
    expect(events).toEqual([
      { actor_id: sam, subject_person_id: sam, details: { format: MY_DATA_EXPORT_FORMAT } },
    ]);
  });

  it('should give every person their own export only, in their own organization', async () => {
    const { document, text } = await exportOf('hana@globex.test');
    expect(document.person).toMatchObject({ id: demoPersonId('globex', 'hana'), roles: ['member', 'hr'] });
    expect(text).not.toContain(ACME);
    expect(text).not.toContain(PRIYA);
    await t.http.get('/api/exports/me').expect(401);
  });
});

// Many rows of every kind for `personId` (and their manager): evidence with criteria
// and reviews, an archived plan with goals and actions, conversations with notes and
// action items, notifications, moves, audit events and sessions.
const plantManyRowsFor = async (t: TestApp, personId: string, managerId: string, n: number) => {
  const db = t.dataSource;
  const mine = `e.person_id = $2 AND e.title LIKE 'Fixture evidence %'`;
  await db.query(
    `INSERT INTO evidence (organization_id, person_id, title, kind, occurred_on, challenge, actions, outcome)
     SELECT $1, $2, 'Fixture evidence ' || i, 'teaching', DATE '2026-12-01' + i, 'c', 'a', 'o'
       FROM generate_series(1, $3) i`,
    [ACME, personId, n],
  );
  await db.query(
    `INSERT INTO evidence_criteria (evidence_id, criterion_id, organization_id)
     SELECT e.id, c.id, $1 FROM evidence e
       CROSS JOIN (SELECT id FROM criteria WHERE organization_id = $1 ORDER BY key LIMIT 2) c
      WHERE ${mine}`,
    [ACME, personId],
  );
  await db.query(
    `INSERT INTO evidence_reviews (organization_id, evidence_id, reviewer_id, decision, comment, strength, evidence_version)
     SELECT $1, e.id, $3, 'accepted', 'Fixture review', 'meets', 1 FROM evidence e WHERE ${mine}`,
    [ACME, personId, managerId],
  );
  const [plan] = await db.query<{ id: string }[]>(
    `INSERT INTO growth_plans (organization_id, person_id, status) VALUES ($1, $2, 'archived') RETURNING id`,
    [ACME, personId],
  );
  await db.query(
    `INSERT INTO goals (organization_id, plan_id, criterion_id, title)
     SELECT $1, $2, (SELECT id FROM criteria WHERE organization_id = $1 ORDER BY key LIMIT 1), 'Fixture goal ' || i
       FROM generate_series(1, $3) i`,
    [ACME, plan?.id, n],
  );
  await db.query(
    `INSERT INTO growth_actions (organization_id, goal_id, kind, title)
     SELECT $1, g.id, 'course', 'Fixture action ' || i FROM goals g, generate_series(1, 2) i WHERE g.plan_id = $2`,
    [ACME, plan?.id],
  );
  await db.query(
    `INSERT INTO conversations (organization_id, report_id, manager_id, requester_id, topic, agenda)
     SELECT $1, $2, $3, $2, 'feedback', 'Fixture conversation ' || i FROM generate_series(1, $4) i`,
    [ACME, personId, managerId, n],
  );
  const fixtures = `SELECT id FROM conversations WHERE report_id = $2 AND agenda LIKE 'Fixture conversation %'`;
  await db.query(
    `INSERT INTO conversation_notes (organization_id, conversation_id, visibility, author_id, body)
     SELECT $1, c.id, v.visibility, v.author, v.body FROM (${fixtures}) c CROSS JOIN (VALUES
       ('shared', $2::uuid, 'Shared fixture'), ('private', $2::uuid, 'Lee, privately'),
       ('private', $3::uuid, 'Jordan, privately')) AS v(visibility, author, body)`,
    [ACME, personId, managerId],
  );
  await db.query(
    `INSERT INTO action_items (organization_id, conversation_id, owner_id, title)
     SELECT $1, c.id, $3, 'Fixture item' FROM (${fixtures}) c`,
    [ACME, personId, managerId],
  );
  await db.query(
    `INSERT INTO notifications (organization_id, person_id, kind, title)
     SELECT $1, $2, 'fixture', 'Fixture ' || i FROM generate_series(1, $3) i`,
    [ACME, personId, n],
  );
  await db.query(
    `INSERT INTO moves (organization_id, person_id, kind, occurred_on, internal,
                        from_level_id, to_level_id, from_team_id, to_team_id)
     SELECT $1, $2, 'lateral', DATE '2020-01-01' + i, true, p.level_id, p.level_id, p.team_id, p.team_id
       FROM generate_series(1, $3) i, people p WHERE p.id = $2`,
    [ACME, personId, n],
  );
  await db.query(
    `INSERT INTO audit_events (organization_id, actor_id, action, target_type, target_id, subject_person_id)
     SELECT $1, $3, 'fixture.read', 'person', $2, $2 FROM generate_series(1, $4) i`,
    [ACME, personId, managerId, n],
  );
  await db.query(
    `INSERT INTO auth_sessions (organization_id, person_id, family_id, token_hash, expires_at)
     SELECT $1, $2, gen_random_uuid(), md5(random()::text), now() + interval '1 day' FROM generate_series(1, $3) i`,
    [ACME, personId, n],
  );
};
