import type { AccessLogEntry, Goal, GrowthAction, GrowthPlan, Page, Problem } from '@trellis/domain';

import { startTestApp, TestApp } from '../../test/int/test-app';
import { demoFrameworkRowId, demoId, demoLevelId, demoOrganizationId, demoPersonId } from '../demo/demo-id';

const acme = (key: string) => demoPersonId('acme', key);
const PRIYA = acme('priya');
const MORGAN = acme('morgan');
const JORDAN = acme('jordan');
const HARPER = acme('harper');
const ACME = demoOrganizationId('acme');
const criterion = (org: string, key: string) => demoFrameworkRowId(org, `criterion:${key}`);
const EXECUTION = criterion('acme', 'execution');
const PRIYA_GOAL = demoId('goal:acme:priya:leadership-without-authority');
// Priya's stretch assignment, and her informational interview with Nadia.
const PRIYA_COURSE_LIKE = demoId('growth-action:acme:priya:leadership-without-authority:0');
const PRIYA_INTERVIEW = demoId('growth-action:acme:priya:servant-leadership:2');

describe('Growth plans (GET /api/people/:id/growth-plan, goals, actions)', () => {
  let t: TestApp;
  const as = async (email: string) => t.bearer(email);
  const readPlan = async (email: string, personId: string) =>
    t.http.get(`/api/people/${personId}/growth-plan`).set('Authorization', await as(email));
  const addGoal = async (email: string, personId: string, body: object) =>
    t.http
      .post(`/api/people/${personId}/growth-plan/goals`)
      .set('Authorization', await as(email))
      .send(body);
  const patch = async (email: string, path: string, body: object) =>
    t.http
      .patch(path)
      .set('Authorization', await as(email))
      .send(body);
  const setManager = (personId: string, managerId: string | null) =>
    t.dataSource.query('UPDATE people SET manager_id = $2 WHERE id = $1', [personId, managerId]);
  const auditActions = async (targetId: string) =>
    (
      await t.dataSource.query<{ action: string }[]>(
        'SELECT action FROM audit_events WHERE target_id = $1 ORDER BY created_at, action',
        [targetId],
      )
    ).map((row) => row.action);
  const priyaGoal = async () =>
    ((await readPlan('priya@acme.test', PRIYA)).body as GrowthPlan).goals.find((g) => g.id === PRIYA_GOAL);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('who reads it', () => {
    it('should show Priya her plan: goals in order, actions by due date, interviews with their follow-up', async () => {
      const response = await readPlan('priya@acme.test', PRIYA);
      expect(response.status).toBe(200);
      const plan = response.body as GrowthPlan;
      expect(plan).toMatchObject({ personId: PRIYA, targetLevelId: demoLevelId('acme', 'pmm-manager') });
      expect(plan.id).not.toBeNull();
      expect(plan.goals.map((g) => g.status)).toEqual(['in_progress', 'in_progress', 'planned', 'dropped']);
      const dues = plan.goals[1]?.actions.map((a) => a.dueOn);
      expect(dues).toEqual([...(dues ?? [])].sort());
      expect(plan.goals[1]?.actions.find((a) => a.id === PRIYA_INTERVIEW)).toMatchObject({
        kind: 'informational_interview',
        followUpOn: '2026-12-10',
        thankYouSent: true,
        version: 1,
      });
    });

    it('should show it to her manager, and write that read into her access log', async () => {
      expect((await readPlan('morgan@acme.test', PRIYA)).status).toBe(200);
      const log = (await t.http.get('/api/me/access-log').set('Authorization', await as('priya@acme.test')))
        .body as Page<AccessLogEntry>;
      expect(log.items.some((e) => e.action === 'growth_plan.read' && e.actor?.name === 'Morgan Blake')).toBe(
        true,
      );
    });

    it('should show it to a skip-level manager', async () => {
      await setManager(MORGAN, JORDAN);
      try {
        expect((await readPlan('jordan@acme.test', PRIYA)).status).toBe(200);
      } finally {
        await setManager(MORGAN, null);
      }
    });

    it('should hide it from HR, admins, peers, other teams and other organizations (404)', async () => {
      for (const email of ['harper@acme.test', 'avery@acme.test', 'sam@acme.test', 'jordan@acme.test']) {
        expect((await readPlan(email, PRIYA)).status).toBe(404);
      }
      expect((await readPlan('hana@globex.test', PRIYA)).status).toBe(404);
    });

    it('should answer someone without a plan with an empty one', async () => {
      const response = await readPlan('morgan@acme.test', MORGAN);
      expect(response.status).toBe(200);
      expect(response.body as GrowthPlan).toEqual({
        id: null,
        personId: MORGAN,
        targetLevelId: null,
        goals: [],
        version: 0,
        updatedAt: null,
      });
    });
  });

  describe('adding goals', () => {
    const goal = { criterionId: EXECUTION, title: 'Run Q3 planning for the team' };

    it('should let only the person add one: their manager gets 403, anyone else 404', async () => {
      expect((await addGoal('morgan@acme.test', PRIYA, goal)).status).toBe(403);
      for (const email of ['sam@acme.test', 'harper@acme.test', 'avery@acme.test', 'hana@globex.test']) {
        expect((await addGoal(email, PRIYA, goal)).status).toBe(404);
      }
    });

    it('should create the plan with the first goal, and audit both', async () => {
      const response = await addGoal('jordan@acme.test', JORDAN, goal);
      expect(response.status).toBe(201);
      const created = response.body as Goal;
      expect(created).toMatchObject({ ...goal, description: '', status: 'planned', actions: [], version: 1 });
      const plan = (await readPlan('jordan@acme.test', JORDAN)).body as GrowthPlan;
      expect(plan).toMatchObject({ id: created.planId, version: 1 });
      expect(plan.goals.map((g) => g.id)).toEqual([created.id]);
      expect(await auditActions(created.planId)).toEqual(['growth_plan.create']);
      expect(await auditActions(created.id)).toEqual(['goal.create']);
    });

    it('should give two first goals sent at once one and the same plan', async () => {
      const auth = await as('harper@acme.test');
      const send = (title: string) =>
        t.http
          .post(`/api/people/${HARPER}/growth-plan/goals`)
          .set('Authorization', auth)
          .send({ ...goal, title });
      const responses = await Promise.all([send('First'), send('Second')]);
      expect(responses.map((r) => r.status)).toEqual([201, 201]);
      const [a, b] = responses.map((r) => r.body as Goal);
      expect(a?.planId).toBe(b?.planId);
      const plans = await t.dataSource.query<unknown[]>('SELECT id FROM growth_plans WHERE person_id = $1', [
        HARPER,
      ]);
      expect(plans).toHaveLength(1);
    });

    it('should refuse a criterion outside the published ladder (422 naming the field)', async () => {
      const [draft] = await t.dataSource.query<{ id: string }[]>(
        `WITH f AS (INSERT INTO frameworks (organization_id, name, version, status)
                    VALUES ($1, 'Draft ladder', 99, 'draft') RETURNING id)
         INSERT INTO criteria (organization_id, framework_id, key, name, theme, description)
         SELECT $1, f.id, 'draft-only', 'Draft only', 'Drafts', '' FROM f RETURNING id`,
        [ACME],
      );
      const before = ((await readPlan('priya@acme.test', PRIYA)).body as GrowthPlan).goals.length;
      for (const criterionId of [criterion('globex', 'execution'), draft?.id, demoId('nothing')]) {
        const response = await addGoal('priya@acme.test', PRIYA, { ...goal, criterionId });
        expect(response.status).toBe(422);
        expect((response.body as Problem).errors?.[0]?.path).toBe('criterionId');
      }
      expect(((await readPlan('priya@acme.test', PRIYA)).body as GrowthPlan).goals).toHaveLength(before);
    });

    it('should refuse fields the client may not set, and an empty title (400), storing nothing', async () => {
      const before = ((await readPlan('priya@acme.test', PRIYA)).body as GrowthPlan).goals.length;
      for (const extra of [
        { status: 'done' },
        { personId: MORGAN },
        { organizationId: demoOrganizationId('globex') },
        { planId: PRIYA_GOAL },
        { title: ' ' },
      ]) {
        expect((await addGoal('priya@acme.test', PRIYA, { ...goal, ...extra })).status).toBe(400);
      }
      expect(((await readPlan('priya@acme.test', PRIYA)).body as GrowthPlan).goals).toHaveLength(before);
    });
  });

  describe('editing a goal', () => {
    const path = `/api/goals/${PRIYA_GOAL}`;

    it('should let only the person edit it: the chain gets 403, anyone else 404', async () => {
      const { version } = (await priyaGoal()) as Goal;
      expect((await patch('morgan@acme.test', path, { title: 'x', version })).status).toBe(403);
      for (const email of ['sam@acme.test', 'harper@acme.test', 'avery@acme.test', 'hana@globex.test']) {
        expect((await patch(email, path, { title: 'x', version })).status).toBe(404);
      }
      expect((await patch('priya@acme.test', `/api/goals/${demoId('nothing')}`, { title: 'x' })).status).toBe(
        404,
      );
    });

    it('should apply an edit with the current version, refuse a stale or missing one (409), and audit', async () => {
      const { version } = (await priyaGoal()) as Goal;
      const updated = await patch('priya@acme.test', path, { status: 'done', version });
      expect(updated.status).toBe(200);
      expect(updated.body as Goal).toMatchObject({ status: 'done', version: version + 1 });
      expect((updated.body as Goal).actions.length).toBeGreaterThan(0);
      expect((await patch('priya@acme.test', path, { status: 'dropped', version })).status).toBe(409);
      expect((await patch('priya@acme.test', path, { status: 'dropped' })).status).toBe(409);
      expect(await priyaGoal()).toMatchObject({ status: 'done', version: version + 1 });
      expect(await auditActions(PRIYA_GOAL)).toContain('goal.update');
    });

    it('should refuse an edit that changes nothing or sets unknown fields (400)', async () => {
      const { version } = (await priyaGoal()) as Goal;
      for (const body of [{ version }, { criterionId: EXECUTION, version }, { status: 'won', version }]) {
        expect((await patch('priya@acme.test', path, body)).status).toBe(400);
      }
      expect((await priyaGoal())?.version).toBe(version);
    });

    it('should let exactly one of two concurrent edits on the same version win', async () => {
      const { version } = (await priyaGoal()) as Goal;
      const statuses = (
        await Promise.all([
          patch('priya@acme.test', path, { title: 'First writer', version }),
          patch('priya@acme.test', path, { title: 'Second writer', version }),
        ])
      ).map((r) => r.status);
      expect(statuses.sort()).toEqual([200, 409]);
      expect((await priyaGoal())?.version).toBe(version + 1);
    });
  });

  describe('actions', () => {
    const addAction = async (email: string, goalId: string, body: object) =>
      t.http
        .post(`/api/goals/${goalId}/actions`)
        .set('Authorization', await as(email))
        .send(body);
    const interview = {
      kind: 'informational_interview',
      title: 'Talk to a director about the first year as a manager',
      dueOn: '2027-01-15',
      followUpOn: '2027-02-01',
    };

    it('should add an action of any kind, starting planned; the chain gets 403, anyone else 404', async () => {
      const response = await addAction('priya@acme.test', PRIYA_GOAL, interview);
      expect(response.status).toBe(201);
      const action = response.body as GrowthAction;
      expect(action).toMatchObject({
        ...interview,
        goalId: PRIYA_GOAL,
        status: 'planned',
        thankYouSent: false,
      });
      expect(await auditActions(action.id)).toEqual(['growth_action.create']);
      const course = await addAction('priya@acme.test', PRIYA_GOAL, {
        kind: 'course',
        title: 'Managing people',
      });
      expect(course.body as GrowthAction).toMatchObject({ kind: 'course', dueOn: null, version: 1 });
      expect((await addAction('morgan@acme.test', PRIYA_GOAL, interview)).status).toBe(403);
      for (const email of ['sam@acme.test', 'harper@acme.test', 'hana@globex.test']) {
        expect((await addAction(email, PRIYA_GOAL, interview)).status).toBe(404);
      }
    });

    it('should refuse bad actions (400): unknown kind or fields, a status, interview fields elsewhere', async () => {
      const before = (await priyaGoal())?.actions.length;
      for (const body of [
        { kind: 'hackathon', title: 'x' },
        { kind: 'course', title: 'x', status: 'done' },
        { kind: 'course', title: 'x', followUpOn: '2027-01-01' },
        { kind: 'course', title: 'x', dueOn: 'next week' },
        { kind: 'course', title: 'x', goalId: PRIYA_GOAL },
      ]) {
        expect((await addAction('priya@acme.test', PRIYA_GOAL, body)).status).toBe(400);
      }
      expect((await priyaGoal())?.actions.length).toBe(before);
    });

    it('should edit an action with its version: the thank-you of an interview, not of a stretch assignment', async () => {
      const interviewPath = `/api/actions/${PRIYA_INTERVIEW}`;
      const updated = await patch('priya@acme.test', interviewPath, {
        thankYouSent: false,
        followUpOn: null,
        version: 1,
      });
      expect(updated.status).toBe(200);
      expect(updated.body as GrowthAction).toMatchObject({
        thankYouSent: false,
        followUpOn: null,
        version: 2,
      });
      expect(await auditActions(PRIYA_INTERVIEW)).toEqual(['growth_action.update']);

      const other = await patch('priya@acme.test', `/api/actions/${PRIYA_COURSE_LIKE}`, {
        thankYouSent: true,
        version: 1,
      });
      expect(other.status).toBe(400);
      expect((other.body as Problem).errors?.map((e) => e.path)).toEqual(['thankYouSent']);
      expect((await patch('priya@acme.test', interviewPath, { status: 'done', version: 1 })).status).toBe(
        409,
      );
      expect((await patch('priya@acme.test', interviewPath, { status: 'done' })).status).toBe(409);
    });

    it('should let only the person edit an action, and exactly one of two concurrent edits win', async () => {
      const path = `/api/actions/${PRIYA_COURSE_LIKE}`;
      expect((await patch('morgan@acme.test', path, { status: 'done', version: 1 })).status).toBe(403);
      for (const email of ['sam@acme.test', 'harper@acme.test', 'avery@acme.test', 'hana@globex.test']) {
        expect((await patch(email, path, { status: 'done', version: 1 })).status).toBe(404);
      }
      const statuses = (
        await Promise.all([
          patch('priya@acme.test', path, { status: 'done', version: 1 }),
          patch('priya@acme.test', path, { status: 'dropped', version: 1 }),
        ])
      ).map((r) => r.status);
      expect(statuses.sort()).toEqual([200, 409]);
    });
  });

  it('should read a plan in the same number of SQL statements for 1 goal and for 30 goals × 3 actions', async () => {
    const created = (await addGoal('morgan@acme.test', MORGAN, { criterionId: EXECUTION, title: 'One' }))
      .body as Goal;
    await setManager(MORGAN, JORDAN);
    try {
      const count = async (email: string) =>
        (await t.recordQueries(async () => expect((await readPlan(email, MORGAN)).status).toBe(200))).length;
      const small = { self: await count('morgan@acme.test'), manager: await count('jordan@acme.test') };

      await t.dataSource.query(
        `WITH added AS (
           INSERT INTO goals (organization_id, plan_id, criterion_id, title, position)
           SELECT $1, $2, $3, 'Goal ' || n, n FROM generate_series(1, 29) AS n RETURNING id),
         every_goal AS (SELECT id FROM added UNION ALL SELECT $4::uuid)
         INSERT INTO growth_actions (organization_id, goal_id, kind, title)
         SELECT $1, g.id, 'course', 'Action ' || k FROM every_goal g CROSS JOIN generate_series(1, 3) AS k`,
        [ACME, created.planId, EXECUTION, created.id],
      );
      const plan = (await readPlan('morgan@acme.test', MORGAN)).body as GrowthPlan;
      expect(plan.goals).toHaveLength(30);
      expect(plan.goals.flatMap((g) => g.actions)).toHaveLength(90);

      expect({ self: await count('morgan@acme.test'), manager: await count('jordan@acme.test') }).toEqual(
        small,
      );
    } finally {
      await setManager(MORGAN, null);
    }
  });
});
