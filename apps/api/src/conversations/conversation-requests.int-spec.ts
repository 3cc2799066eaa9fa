import type { Conversation, Problem } from '@trellis/domain';

import { startTestApp, TestApp } from '../../test/int/test-app';
import { demoPersonId } from '../demo/demo-id';

const PRIYA = demoPersonId('acme', 'priya');
const SAM = demoPersonId('acme', 'sam');
const MORGAN = demoPersonId('acme', 'morgan');
const JORDAN = demoPersonId('acme', 'jordan');
const LEE = demoPersonId('acme', 'lee');
const ROSA = demoPersonId('acme', 'rosa');
const HANA = demoPersonId('globex', 'hana');

const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString();

describe('Requesting a career conversation (POST /api/conversations)', () => {
  let t: TestApp;
  const request = async (email: string, body: object) =>
    t.http
      .post('/api/conversations')
      .set('Authorization', await t.bearer(email))
      .send(body);
  const count = async (table: string): Promise<number> =>
    (await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n ?? -1;

  beforeAll(async () => {
    t = await startTestApp();
    // A skip-level chain for these tests: Morgan manages Jordan, who manages Lee.
    await t.dataSource.query(`UPDATE people SET manager_id = $1 WHERE id = $2`, [MORGAN, JORDAN]);
  });
  afterAll(() => t.close());

  describe('who may ask whom', () => {
    it('should let Priya ask her manager, and tell Morgan where to answer', async () => {
      const response = await request('priya@acme.test', {
        withPersonId: MORGAN,
        topic: 'aspiration',
        agenda: 'I want to become a manager.',
        proposedTimes: [inDays(3), inDays(4)],
      });
      expect(response.status).toBe(201);
      const conversation = response.body as Conversation;
      expect(conversation).toMatchObject({
        reportId: PRIYA,
        managerId: MORGAN,
        requesterId: PRIYA,
        topic: 'aspiration',
        agenda: 'I want to become a manager.',
        status: 'requested',
        scheduledAt: null,
        reason: null,
        reportName: 'Priya Raman',
        managerName: 'Morgan Blake',
        availableActions: ['cancel'],
        calendarSequence: 0,
        version: 1,
      });
      expect(conversation.proposedTimes).toHaveLength(2);

      const notifications = await t.dataSource.query<
        { person_id: string; kind: string; link: string; title: string }[]
      >(`SELECT person_id, kind, link, title FROM notifications WHERE subject_id = $1`, [conversation.id]);
      expect(notifications).toEqual([
        {
          person_id: MORGAN,
          kind: 'conversation_requested',
          link: `/team/conversations/${conversation.id}`,
          title: 'Priya Raman asked for a career conversation: aspiration',
        },
      ]);
      const audit = await t.dataSource.query<{ action: string; actor_id: string; details: object }[]>(
        `SELECT action, actor_id, details FROM audit_events WHERE target_id = $1`,
        [conversation.id],
      );
      expect(audit).toEqual([
        {
          action: 'conversation.request',
          actor_id: PRIYA,
          details: { topic: 'aspiration', proposedTimes: 2 },
        },
      ]);
    });

    it('should let Morgan start one with a report, who finds it under /me', async () => {
      const response = await request('morgan@acme.test', { withPersonId: SAM, topic: 'feedback' });
      expect(response.status).toBe(201);
      const conversation = response.body as Conversation;
      expect(conversation).toMatchObject({ reportId: SAM, managerId: MORGAN, requesterId: MORGAN });
      expect(conversation.availableActions).toEqual(['cancel']);
      const [notification] = await t.dataSource.query<{ person_id: string; link: string }[]>(
        `SELECT person_id, link FROM notifications WHERE subject_id = $1`,
        [conversation.id],
      );
      expect(notification).toEqual({ person_id: SAM, link: `/me/conversations/${conversation.id}` });
    });

    it('should let an HR partner hold one with her own report', async () => {
      expect((await request('harper@acme.test', { withPersonId: ROSA, topic: 'aspiration' })).status).toBe(
        201,
      );
    });

    it.each([
      ['Morgan', 'Lee, his skip-level report', 'morgan@acme.test', LEE, /does not report to you directly/],
      ['Priya', 'herself', 'priya@acme.test', PRIYA, /not with yourself/],
      [
        'Harper (HR)',
        'Priya',
        'harper@acme.test',
        PRIYA,
        /neither your manager nor one of your direct reports/,
      ],
      ['Avery (admin)', 'Sam', 'avery@acme.test', SAM, /neither your manager nor one of your direct reports/],
    ])(
      'should refuse %s a conversation with %s: in scope but not a direct pair (422)',
      async (_who, _with, email, withPersonId, detail) => {
        const before = await count('conversations');
        const response = await request(email, { withPersonId, topic: 'aspiration' });
        expect(response.status).toBe(422);
        expect((response.body as Problem).detail).toMatch(detail);
        expect((response.body as Problem).errors?.[0]?.path).toBe('withPersonId');
        expect(await count('conversations')).toBe(before);
      },
    );

    it.each([
      ['Priya', 'Sam, a peer', 'priya@acme.test', SAM],
      ['Priya', 'Lee, on another team', 'priya@acme.test', LEE],
      ['Lee', "Morgan, his manager's manager", 'lee@acme.test', MORGAN],
      ['Priya', 'Hana, in another organization', 'priya@acme.test', HANA],
      ['Priya', 'an unknown id', 'priya@acme.test', '00000000-0000-4000-8000-000000000000'],
    ])(
      'should answer %s asking for %s 404: outside her or his scope',
      async (_who, _with, email, withPersonId) => {
        const before = await count('conversations');
        expect((await request(email, { withPersonId, topic: 'feedback' })).status).toBe(404);
        expect(await count('conversations')).toBe(before);
      },
    );
  });

  describe('what a request may hold', () => {
    const ask = (extra: object) => ({ withPersonId: MORGAN, topic: 'aspiration', ...extra });
    const minute = (iso: string) => `${iso.slice(0, 16)}:00Z`;
    it.each([
      {
        what: 'a past time',
        body: ask({ proposedTimes: ['2020-01-01T10:00:00Z'] }),
        status: 422,
        path: 'proposedTimes.0',
      },
      {
        what: 'a past time after a future one',
        body: ask({ proposedTimes: [inDays(1), '2021-01-01T10:00:00Z'] }),
        status: 422,
        path: 'proposedTimes.1',
      },
      {
        what: 'six times',
        body: ask({ proposedTimes: Array.from({ length: 6 }, (_, i) => inDays(i + 1)) }),
        status: 400,
        path: 'proposedTimes',
      },
      {
        what: 'the same time twice',
        body: ask({ proposedTimes: [minute(inDays(2)), minute(inDays(2))] }),
        status: 400,
        path: 'proposedTimes',
      },
      {
        what: 'a time that is not ISO 8601',
        body: ask({ proposedTimes: ['tomorrow'] }),
        status: 400,
        path: 'proposedTimes.0',
      },
      { what: 'an unknown topic', body: ask({ topic: 'salary' }), status: 400, path: 'topic' },
      {
        what: 'an agenda over 4000 characters',
        body: ask({ agenda: 'x'.repeat(4001) }),
        status: 400,
        path: 'agenda',
      },
      {
        what: 'a requester of its own choosing',
        body: ask({ requesterId: MORGAN }),
        status: 400,
        path: '(body)',
      },
      {
        what: 'a status of its own choosing',
        body: ask({ status: 'scheduled' }),
        status: 400,
        path: '(body)',
      },
      { what: 'no one to talk to', body: { topic: 'aspiration' }, status: 400, path: 'withPersonId' },
    ])(
      'should refuse a request with $what: $status naming $path, storing nothing',
      async ({ body, status, path }) => {
        const counts = async () => [
          await count('conversations'),
          await count('notifications'),
          await count('audit_events'),
        ];
        const before = await counts();
        const response = await request('priya@acme.test', body);
        expect(response.status).toBe(status);
        expect((response.body as Problem).errors?.map((e) => e.path)).toContain(path);
        expect(await counts()).toEqual(before);
      },
    );
  });
});
