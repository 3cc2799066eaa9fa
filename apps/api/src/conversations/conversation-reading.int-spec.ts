import type { Conversation, ConversationDetail, Page, Problem } from '@trellis/domain';

import { startTestApp, TestApp } from '../../test/int/test-app';
import { demoConversationId, demoOrganizationId, demoPersonId } from '../demo/demo-id';

const ACME = demoOrganizationId('acme');
const PRIYA = demoPersonId('acme', 'priya');
const MORGAN = demoPersonId('acme', 'morgan');
const HARPER = demoPersonId('acme', 'harper');
const conversation = (key: string) => demoConversationId('acme', key);

// Morgan's demo conversations, latest first by the scheduled time, else the request time.
const MORGANS = [
  'sam-lateral-move', // scheduled for 2026-12-02
  'priya-aspiration', // requested 2026-11-20
  'priya-plan-review', // held, scheduled 2026-09-03
  'sam-feedback', // cancelled, requested 2026-06-29
  'sam-aspiration', // held, scheduled 2026-04-14
].map(conversation);

describe('Reading conversations (GET /api/conversations, GET /api/conversations/:id)', () => {
  let t: TestApp;
  const get = async (email: string, path: string) =>
    t.http.get(path).set('Authorization', await t.bearer(email));
  const list = async (email: string, query = '') =>
    (await get(email, `/api/conversations${query}`)).body as Page<Conversation>;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('the list', () => {
    it("should give Morgan his own conversations, upcoming and latest first, with the caller's next actions", async () => {
      const page = await list('morgan@acme.test');
      expect(page.items.map((c) => c.id)).toEqual(MORGANS);
      expect(page.nextCursor).toBeNull();
      const [lateralMove, aspiration] = page.items;
      expect(lateralMove).toMatchObject({
        reportName: 'Sam Okafor',
        managerName: 'Morgan Blake',
        status: 'scheduled',
      });
      // Priya asked: Morgan answers it.
      expect(aspiration?.availableActions).toEqual(['schedule', 'decline']);
    });

    it('should give Priya only the conversations she is in, with her own actions', async () => {
      const page = await list('priya@acme.test');
      expect(page.items.map((c) => c.id)).toEqual([
        conversation('priya-aspiration'),
        conversation('priya-plan-review'),
      ]);
      expect(page.items[0]?.availableActions).toEqual(['cancel']);
    });

    it('should never list conversations the caller is not in: not for HR, admins or skip-levels', async () => {
      for (const [email, me] of [
        ['harper@acme.test', HARPER],
        ['avery@acme.test', demoPersonId('acme', 'avery')],
        ['hana@globex.test', demoPersonId('globex', 'hana')],
      ] as const) {
        const page = await list(email, '?limit=100');
        expect(page.items.every((c) => c.reportId === me || c.managerId === me)).toBe(true);
      }
    });

    it('should filter by status', async () => {
      const held = await list('morgan@acme.test', '?status=held');
      expect(held.items.map((c) => c.id)).toEqual([
        conversation('priya-plan-review'),
        conversation('sam-aspiration'),
      ]);
      expect((await list('morgan@acme.test', '?status=declined')).items).toEqual([]);
    });

    it('should page with a keyset cursor: every item once, in order', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query = `?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const page: Page<Conversation> = await list('morgan@acme.test', query);
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((c) => c.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(MORGANS);
    });

    it.each([
      ['an unknown status', 400, '?status=archived'],
      ['a page of 0', 400, '?limit=0'],
      ['a page over 100', 400, '?limit=101'],
      ['an unknown parameter', 400, '?sort=agenda'],
      ['a forged cursor', 422, `?cursor=${Buffer.from('["yesterday","x"]').toString('base64url')}`],
      [
        'an impossible date in a cursor',
        422,
        `?cursor=${Buffer.from(`["2026-02-31T00:00:00.000000Z","${MORGAN}"]`).toString('base64url')}`,
      ],
    ])('should refuse %s with %i', async (_what, status, query) => {
      const response = await get('morgan@acme.test', `/api/conversations${query}`);
      expect(response.status).toBe(status);
      expect((response.body as Problem).status).toBe(status);
    });

    it('should answer in the same number of SQL statements with 5 or 65 conversations', async () => {
      const morgan = await t.bearer('morgan@acme.test');
      const statements = async (query: string) =>
        (
          await t.recordQueries(() =>
            t.http.get(`/api/conversations${query}`).set('Authorization', morgan).expect(200),
          )
        ).length;
      const few = await statements('?limit=100');
      const fewHeld = await statements('?status=held&limit=2');
      await t.dataSource.query(
        `INSERT INTO conversations (organization_id, report_id, manager_id, requester_id, topic, status, scheduled_at, held_at, created_at)
         SELECT $1, $2, $3, $2, 'feedback', 'held', now() - make_interval(days => n), now() - make_interval(days => n), now() - make_interval(days => n + 7)
           FROM generate_series(1, 60) AS n`,
        [ACME, PRIYA, MORGAN],
      );
      const many = await statements('?limit=100');
      expect(few).toBeGreaterThan(0);
      expect(many).toBe(few);
      expect(await statements('?status=held&limit=2')).toBe(fewHeld);
      expect((await list('morgan@acme.test', '?limit=100')).items).toHaveLength(65);
    });
  });

  describe('one conversation', () => {
    const PLAN_REVIEW = conversation('priya-plan-review');

    it('should show its two participants the conversation with its action items', async () => {
      for (const email of ['priya@acme.test', 'morgan@acme.test']) {
        const response = await get(email, `/api/conversations/${PLAN_REVIEW}`);
        expect(response.status).toBe(200);
        const detail = response.body as ConversationDetail;
        expect(detail).toMatchObject({ id: PLAN_REVIEW, status: 'held', reportId: PRIYA, managerId: MORGAN });
        expect(detail.actionItems.map((item) => [item.ownerId, item.done])).toEqual([
          // Open first, then by due date.
          [PRIYA, false],
          [MORGAN, true],
          [PRIYA, true],
        ]);
        expect(detail.actionItems.filter((item) => item.growthActionId !== null)).toHaveLength(2);
      }
    });

    it('should not exist for anyone else (404): peers, other teams, HR, admins, other organizations', async () => {
      for (const email of [
        'sam@acme.test',
        'jordan@acme.test',
        'lee@acme.test',
        'harper@acme.test',
        'avery@acme.test',
        'hana@globex.test',
      ]) {
        const response = await get(email, `/api/conversations/${PLAN_REVIEW}`);
        expect([email, response.status]).toEqual([email, 404]);
        expect(JSON.stringify(response.body)).not.toContain('Mid-year review');
      }
    });

    it('should answer in the same number of SQL statements however many action items it has', async () => {
      const priya = await t.bearer('priya@acme.test');
      const statements = async () =>
        (
          await t.recordQueries(() =>
            t.http.get(`/api/conversations/${PLAN_REVIEW}`).set('Authorization', priya).expect(200),
          )
        ).length;
      const few = await statements();
      await t.dataSource.query(
        `INSERT INTO action_items (organization_id, conversation_id, owner_id, title)
         SELECT $1, $2, $3, 'Follow-up ' || n FROM generate_series(1, 40) AS n`,
        [ACME, PLAN_REVIEW, PRIYA],
      );
      expect(await statements()).toBe(few);
    });
  });
});
