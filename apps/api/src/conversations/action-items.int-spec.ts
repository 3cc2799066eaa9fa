import type { ActionItem, ConversationDetail, Problem } from '@trellis/domain';

import { startTestApp, TestApp } from '../../test/int/test-app';
import { demoActionItemId, demoConversationId, demoPersonId } from '../demo/demo-id';

const PRIYA = demoPersonId('acme', 'priya');
const SAM = demoPersonId('acme', 'sam');
const LEE = demoPersonId('acme', 'lee');
const PLAN_REVIEW = demoConversationId('acme', 'priya-plan-review');
const SAM_FEEDBACK = demoConversationId('acme', 'sam-feedback'); // cancelled
const OUTSIDERS = [
  'sam@acme.test',
  'jordan@acme.test',
  'harper@acme.test',
  'avery@acme.test',
  'hana@globex.test',
];

describe('Action items (POST /api/conversations/:id/action-items, PATCH /api/action-items/:id)', () => {
  let t: TestApp;
  let priyasGrowthAction: string;
  let samsGrowthAction: string;
  const add = async (email: string, conversationId: string, body: object) =>
    t.http
      .post(`/api/conversations/${conversationId}/action-items`)
      .set('Authorization', await t.bearer(email))
      .send(body);
  const patch = async (email: string, id: string, body: object) =>
    t.http
      .patch(`/api/action-items/${id}`)
      .set('Authorization', await t.bearer(email))
      .send(body);
  const rows = async () =>
    (await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM action_items`))[0]?.n;
  const growthActionOf = async (personId: string): Promise<string> => {
    const [row] = await t.dataSource.query<{ id: string }[]>(
      `SELECT a.id FROM growth_actions a JOIN goals g ON g.id = a.goal_id JOIN growth_plans p ON p.id = g.plan_id
        WHERE p.person_id = $1 ORDER BY a.id LIMIT 1`,
      [personId],
    );
    if (!row) throw new Error(`No growth action for ${personId}`);
    return row.id;
  };

  beforeAll(async () => {
    t = await startTestApp();
    priyasGrowthAction = await growthActionOf(PRIYA);
    samsGrowthAction = await growthActionOf(SAM);
  });
  afterAll(() => t.close());

  describe('adding one', () => {
    it('should let a participant add one for herself, linked to an action of her growth plan', async () => {
      const response = await add('priya@acme.test', PLAN_REVIEW, {
        ownerId: PRIYA,
        title: 'Draft the launch playbook',
        dueOn: '2027-01-15',
        growthActionId: priyasGrowthAction,
      });
      expect(response.status).toBe(201);
      expect(response.body as ActionItem).toMatchObject({
        conversationId: PLAN_REVIEW,
        ownerId: PRIYA,
        title: 'Draft the launch playbook',
        dueOn: '2027-01-15',
        done: false,
        growthActionId: priyasGrowthAction,
        version: 1,
      });
      const detail = await t.http
        .get(`/api/conversations/${PLAN_REVIEW}`)
        .set('Authorization', await t.bearer('morgan@acme.test'));
      expect((detail.body as ConversationDetail).actionItems.map((item) => item.id)).toContain(
        (response.body as ActionItem).id,
      );
    });

    it('should tell the other participant when given one, without its title', async () => {
      const response = await add('morgan@acme.test', PLAN_REVIEW, {
        ownerId: PRIYA,
        title: 'Secret-ish follow-up',
      });
      expect(response.status).toBe(201);
      const notifications = await t.dataSource.query<{ person_id: string; title: string; link: string }[]>(
        `SELECT person_id, title, link FROM notifications WHERE kind = 'action_item_assigned' AND subject_id = $1`,
        [PLAN_REVIEW],
      );
      expect(notifications).toEqual([
        {
          person_id: PRIYA,
          title: 'Morgan Blake gave you an action item from your career conversation',
          link: `/me/conversations/${PLAN_REVIEW}`,
        },
      ]);
      const [audit] = await t.dataSource.query<{ details: object }[]>(
        `SELECT details FROM audit_events WHERE target_id = $1`,
        [(response.body as ActionItem).id],
      );
      expect(JSON.stringify(audit?.details)).not.toContain('Secret-ish');
    });

    // Bodies are built when the test runs: the growth-action ids are read in beforeAll.
    it.each([
      ['an owner outside the conversation', () => ({ ownerId: LEE, title: 'x' }), 422, 'ownerId'],
      [
        "a growth action of someone else's plan",
        () => ({ ownerId: PRIYA, title: 'x', growthActionId: samsGrowthAction }),
        422,
        'growthActionId',
      ],
      [
        'an unknown growth action',
        () => ({ ownerId: PRIYA, title: 'x', growthActionId: '00000000-0000-4000-8000-000000000000' }),
        422,
        'growthActionId',
      ],
      ['no title', () => ({ ownerId: PRIYA, title: '  ' }), 400, 'title'],
      [
        'a due date that is not a date',
        () => ({ ownerId: PRIYA, title: 'x', dueOn: '15/01/2027' }),
        400,
        'dueOn',
      ],
      ['a done flag of its own choosing', () => ({ ownerId: PRIYA, title: 'x', done: true }), 400, '(body)'],
    ])('should refuse %s and store nothing', async (_what, body, status, path) => {
      const before = await rows();
      const response = await add('priya@acme.test', PLAN_REVIEW, body());
      expect(response.status).toBe(status);
      expect((response.body as Problem).errors?.map((e) => e.path)).toContain(path);
      expect(await rows()).toBe(before);
    });

    it('should refuse follow-ups on a cancelled conversation (409)', async () => {
      expect((await add('sam@acme.test', SAM_FEEDBACK, { ownerId: SAM, title: 'x' })).status).toBe(409);
    });

    it('should not exist for anyone but the two participants (404)', async () => {
      const before = await rows();
      for (const email of OUTSIDERS) {
        const response = await add(email, PLAN_REVIEW, { ownerId: PRIYA, title: 'x' });
        expect([email, response.status]).toEqual([email, 404]);
      }
      expect(await rows()).toBe(before);
    });
  });

  describe('editing one', () => {
    const ITEM = demoActionItemId('acme', 'priya-plan-review', 0);
    const versionOf = async (id: string) =>
      (
        await t.dataSource.query<{ version: number; done: boolean }[]>(
          `SELECT version, done FROM action_items WHERE id = $1`,
          [id],
        )
      )[0];

    it('should let either participant tick it done with the version read, and refuse a stale one (409)', async () => {
      const done = await patch('morgan@acme.test', ITEM, { done: true, version: 1 });
      expect(done.status).toBe(200);
      expect(done.body as ActionItem).toMatchObject({ id: ITEM, done: true, version: 2 });
      const stale = await patch('priya@acme.test', ITEM, { done: false, version: 1 });
      expect(stale.status).toBe(409);
      expect(await versionOf(ITEM)).toEqual({ version: 2, done: true });
      const reopened = await patch('priya@acme.test', ITEM, {
        done: false,
        dueOn: null,
        growthActionId: null,
        version: 2,
      });
      expect(reopened.body as ActionItem).toMatchObject({
        done: false,
        dueOn: null,
        growthActionId: null,
        version: 3,
      });
    });

    it('should let exactly one of two concurrent edits on the same version win', async () => {
      const item = demoActionItemId('acme', 'priya-plan-review', 1);
      const statuses = (
        await Promise.all([
          patch('priya@acme.test', item, { title: 'Priya renamed it', version: 1 }),
          patch('morgan@acme.test', item, { title: 'Morgan renamed it', version: 1 }),
        ])
      ).map((response) => response.status);
      expect(statuses.sort()).toEqual([200, 409]);
      expect((await versionOf(item))?.version).toBe(2);
    });

    it('should hand it to the other participant only, and tell them', async () => {
      const item = demoActionItemId('acme', 'priya-plan-review', 2); // Morgan's
      expect((await patch('morgan@acme.test', item, { ownerId: LEE, version: 1 })).status).toBe(422);
      expect(
        (await patch('morgan@acme.test', item, { growthActionId: samsGrowthAction, version: 1 })).status,
      ).toBe(422);
      const told = async () =>
        (
          await t.dataSource.query<{ n: number }[]>(
            `SELECT count(*)::int AS n FROM notifications WHERE kind = 'action_item_assigned' AND person_id = $1`,
            [PRIYA],
          )
        )[0]?.n ?? 0;
      const before = await told();
      const handed = await patch('morgan@acme.test', item, { ownerId: PRIYA, version: 1 });
      expect(handed.status).toBe(200);
      expect(await told()).toBe(before + 1);
      expect((handed.body as ActionItem).ownerId).toBe(PRIYA);
      const [audit] = await t.dataSource.query<{ details: Record<string, unknown> }[]>(
        `SELECT details FROM audit_events WHERE target_id = $1 AND action = 'action_item.update'`,
        [item],
      );
      expect(audit?.details).toMatchObject({ changed: 'ownerId', version: 2 });
    });

    it.each([
      ['no version', { done: true }],
      ['nothing but the version', { version: 1 }],
      ['an unknown field', { done: true, version: 1, conversationId: SAM_FEEDBACK }],
      ['a version of 0', { done: true, version: 0 }],
    ])('should refuse a patch with %s (400)', async (_what, body) => {
      const item = demoActionItemId('acme', 'sam-aspiration', 1);
      const before = await versionOf(item);
      expect((await patch('sam@acme.test', item, body)).status).toBe(400);
      expect(await versionOf(item)).toEqual(before);
    });

    it('should not exist for anyone but the two participants (404)', async () => {
      const item = demoActionItemId('acme', 'sam-aspiration', 1);
      const before = await versionOf(item);
      for (const email of [
        'priya@acme.test',
        'jordan@acme.test',
        'harper@acme.test',
        'avery@acme.test',
        'hana@globex.test',
      ]) {
        const response = await patch(email, item, { done: true, version: 1 });
        expect([email, response.status]).toEqual([email, 404]);
      }
      expect(
        (await patch('sam@acme.test', '00000000-0000-4000-8000-000000000000', { done: true, version: 1 }))
          .status,
      ).toBe(404);
      expect(await versionOf(item)).toEqual(before);
    });
  });
});
