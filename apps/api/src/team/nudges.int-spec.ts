import { DataSource } from 'typeorm';

import { startTestApp, TestApp } from '../../test/int/test-app';
import { APP_CONFIG, type ResolvedConfig } from '../config/config.module';
import { dataSourceOptions } from '../database/data-source';
import { TenantDatabase } from '../database/tenant-database';
import { NudgesService } from './nudges.service';
import { ACME, addConversation, addPerson } from './team-fixtures';

interface NotificationRow {
  person_id: string;
  kind: string;
  title: string;
  link: string;
  subject_id: string;
}

/** The nudge sweep: managers hear once per overdue period, and once per waiting request. */
describe('Nudges', () => {
  let t: TestApp;
  let nudges: NudgesService;
  let managerId: string;
  const report: Record<string, string> = {};

  const notificationsOf = (personId: string, kind?: string) =>
    t.dataSource.query<NotificationRow[]>(
      `SELECT person_id, kind, title, link, subject_id FROM notifications
        WHERE person_id = $1 AND ($2::text IS NULL OR kind = $2) ORDER BY created_at, title`,
      [personId, kind ?? null],
    );
  const aboutReport = async (personId: string, subjectId: string) =>
    (await notificationsOf(personId, 'conversation_nudge')).filter((n) => n.subject_id === subjectId);

  beforeAll(async () => {
    t = await startTestApp();
    nudges = t.app.get(NudgesService);
    managerId = (await addPerson(t.dataSource, { managerId: null, name: 'Nia Manager' })).id;
    const add = async (name: string, hiredDaysAgo = 1000) => {
      report[name] = (await addPerson(t.dataSource, { managerId, name, hiredDaysAgo })).id;
      return report[name];
    };
    const held = (reportId: string, daysAgo: number) =>
      addConversation(t.dataSource, { reportId, managerId, status: 'held', daysAgo });
    await held(await add('Olga Overdue'), 100);
    await add('Nico Never');
    await held(await add('Rita Recent'), 10);
    await add('Hugo Hired', 30);
    await held(await add('Wes Waiting'), 10);
    report['request'] = await addConversation(t.dataSource, {
      reportId: report['Wes Waiting'] ?? '',
      managerId,
      status: 'requested',
      daysAgo: 8,
    });
    await held(await add('Mia Asked'), 10);
    await addConversation(t.dataSource, {
      reportId: report['Mia Asked'] ?? '',
      managerId,
      status: 'requested',
      daysAgo: 10,
      requestedBy: 'manager',
    });
  });
  afterAll(() => t.close());

  it('should nudge the manager once per overdue report and once per request waiting over a week', async () => {
    await nudges.sweep(ACME);
    const mine = await notificationsOf(managerId);
    expect(mine).toEqual([
      {
        person_id: managerId,
        kind: 'conversation_request_waiting',
        title: expect.stringMatching(
          /^Wes Waiting has been waiting since \d+ \w+ \d{4} for an answer/,
        ) as string,
        link: `/team/conversations/${report['request']}`,
        subject_id: report['request'],
      },
      {
        person_id: managerId,
        kind: 'conversation_nudge',
        title: 'You have never held a career conversation with Nico Never',
        link: `/team/people/${report['Nico Never']}`,
        subject_id: report['Nico Never'],
      },
      {
        person_id: managerId,
        kind: 'conversation_nudge',
        title: expect.stringMatching(
          /^You have not held a career conversation with Olga Overdue since \d+ \w+ \d{4}$/,
        ) as string,
        link: `/team/people/${report['Olga Overdue']}`,
        subject_id: report['Olga Overdue'],
      },
    ]);
  });

  it('should not nudge again on the next sweep (not one a day)', async () => {
    const before = await notificationsOf(managerId);
    expect(await nudges.sweep(ACME)).toEqual({ conversationNudges: 0, requestWaitingNudges: 0 });
    expect(await notificationsOf(managerId)).toEqual(before);
  });

  it('should nudge once when two API processes sweep at the same moment', async () => {
    await nudges.sweep(ACME);
    const late = (await addPerson(t.dataSource, { managerId, name: 'Lou Late' })).id;
    // A second process: a pool of its own, as the app role.
    const pool = new DataSource(dataSourceOptions(t.app.get<ResolvedConfig>(APP_CONFIG).databaseUrl));
    await pool.initialize();
    try {
      const other = new NudgesService(new TenantDatabase(pool), pool);
      const results = await Promise.all([nudges.sweep(ACME), other.sweep(ACME), other.sweep(ACME)]);
      expect(results.reduce((sum, r) => sum + r.conversationNudges, 0)).toBe(1);
      expect(await aboutReport(managerId, late)).toHaveLength(1);
    } finally {
      await pool.destroy();
    }
  });

  it('should nudge again in the next overdue period, not before', async () => {
    const olga = report['Olga Overdue'] ?? '';
    // A conversation is held: no longer overdue, nothing to nudge.
    await addConversation(t.dataSource, { reportId: olga, managerId, status: 'held', daysAgo: 0 });
    await nudges.sweep(ACME);
    expect(await aboutReport(managerId, olga)).toHaveLength(1);
    // Months later, without another one: a new overdue period, so one new nudge.
    await t.dataSource.query(
      `UPDATE conversations SET held_at = now() - interval '95 days' WHERE report_id = $1 AND status = 'held'`,
      [olga],
    );
    await t.dataSource.query(
      `UPDATE notifications SET created_at = now() - interval '200 days' WHERE subject_id = $1`,
      [olga],
    );
    await nudges.sweep(ACME);
    await nudges.sweep(ACME);
    expect(await aboutReport(managerId, olga)).toHaveLength(2);
  });

  it('should nudge the new manager of a reassigned report, who has not talked with them yet', async () => {
    const rita = report['Rita Recent'] ?? '';
    const newManager = (await addPerson(t.dataSource, { managerId: null, name: 'Ned New' })).id;
    await t.dataSource.query(`UPDATE people SET manager_id = $1 WHERE id = $2`, [newManager, rita]);
    await nudges.sweep(ACME);
    expect(await aboutReport(newManager, rita)).toHaveLength(1);
    expect(await aboutReport(managerId, rita)).toHaveLength(0);
  });

  it('should nudge once per waiting request, and only for requests made by the report', async () => {
    const wes = report['Wes Waiting'] ?? '';
    const second = await addConversation(t.dataSource, {
      reportId: wes,
      managerId,
      status: 'requested',
      daysAgo: 9,
    });
    await nudges.sweep(ACME);
    await nudges.sweep(ACME);
    const waiting = await notificationsOf(managerId, 'conversation_request_waiting');
    expect(waiting.map((n) => n.subject_id).sort()).toEqual([report['request'], second].sort());
  });

  it('should follow the interval the organization sets', async () => {
    const hugo = report['Hugo Hired'] ?? '';
    await t.http
      .put('/api/organization/settings')
      .set('Authorization', await t.bearer('avery@acme.test'))
      .send({ conversationIntervalDays: 14 })
      .expect(200);
    try {
      await nudges.sweep(ACME);
      // Hired 30 days ago and never talked with: overdue under a 14-day interval.
      expect(await aboutReport(managerId, hugo)).toHaveLength(1);
    } finally {
      await t.http
        .put('/api/organization/settings')
        .set('Authorization', await t.bearer('avery@acme.test'))
        .send({ conversationIntervalDays: 90 })
        .expect(200);
    }
  });

  it('should sweep every organization, each inside its own tenant transaction', async () => {
    const result = await nudges.sweepAll();
    expect(result).toEqual({
      conversationNudges: expect.any(Number),
      requestWaitingNudges: expect.any(Number),
    });
    // Globex's managers hear about Globex's people (the demo has overdue ones), never about Acme's.
    const [mixed] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notifications n JOIN people p ON p.id = n.subject_id
        WHERE n.kind = 'conversation_nudge' AND p.organization_id <> n.organization_id`,
    );
    expect(mixed?.n).toBe(0);
    expect(await nudges.sweepAll()).toEqual({ conversationNudges: 0, requestWaitingNudges: 0 });
  });

  it('should run no sweep on a timer under test (specs call the sweep themselves)', () => {
    expect(t.app.get<ResolvedConfig>(APP_CONFIG).nudgeSweepMinutes ?? 0).toBe(0);
  });
});

describe('Organization settings (GET/PUT /api/organization/settings)', () => {
  let t: TestApp;
  const get = async (email: string) =>
    t.http.get('/api/organization/settings').set('Authorization', await t.bearer(email));
  const put = async (email: string, body: object) =>
    t.http
      .put('/api/organization/settings')
      .set('Authorization', await t.bearer(email))
      .send(body);
  const auditCount = async () =>
    (
      await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'organization.settings.update'`,
      )
    )[0]?.n ?? 0;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('should let every member of the organization read it', async () => {
    for (const email of ['morgan@acme.test', 'priya@acme.test', 'harper@acme.test', 'avery@acme.test']) {
      const response = await get(email);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ conversationIntervalDays: 90 });
    }
  });

  it('should let HR and admins change it for their own organization only, and audit it', async () => {
    const before = await auditCount();
    expect((await put('harper@acme.test', { conversationIntervalDays: 60 })).body).toEqual({
      conversationIntervalDays: 60,
    });
    expect((await get('priya@acme.test')).body).toEqual({ conversationIntervalDays: 60 });
    expect((await put('avery@acme.test', { conversationIntervalDays: 30 })).status).toBe(200);
    expect((await put('hana@globex.test', { conversationIntervalDays: 120 })).status).toBe(200);
    expect((await get('morgan@acme.test')).body).toEqual({ conversationIntervalDays: 30 });
    expect((await get('hana@globex.test')).body).toEqual({ conversationIntervalDays: 120 });
    expect(await auditCount()).toBe(before + 3);
  });

  it('should refuse everyone else with 403, whatever they manage', async () => {
    for (const email of ['morgan@acme.test', 'priya@acme.test', 'jordan@acme.test']) {
      expect((await put(email, { conversationIntervalDays: 45 })).status).toBe(403);
    }
    expect((await get('morgan@acme.test')).body).toEqual({ conversationIntervalDays: 30 });
  });

  it.each([6, 366, 0, -7, 2 ** 31])('should refuse %d days with 422 and change nothing', async (days) => {
    const response = await put('harper@acme.test', { conversationIntervalDays: days });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      errors: [{ path: 'conversationIntervalDays', message: 'Choose between 7 and 365 days' }],
    });
    expect((await get('harper@acme.test')).body).toEqual({ conversationIntervalDays: 30 });
  });

  it.each([
    { conversationIntervalDays: '30' },
    { conversationIntervalDays: 30.5 },
    {},
    { x: 1, conversationIntervalDays: 30 },
  ])('should refuse a malformed body %o with 400', async (body) => {
    expect((await put('harper@acme.test', body)).status).toBe(400);
  });
});
