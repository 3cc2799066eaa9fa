import type { AccessLogEntry, Evidence, EvidenceWithHistory, Page, Problem } from '@trellis/domain';

import { addEvidence } from '../../test/int/evidence-fixtures';
import { startTestApp, TestApp } from '../../test/int/test-app';
import { demoFrameworkRowId, demoId, demoPersonId } from '../demo/demo-id';

const PRIYA = demoPersonId('acme', 'priya');
const MORGAN = demoPersonId('acme', 'morgan');
const criterion = (org: string, key: string) => demoFrameworkRowId(org, `criterion:${key}`);
const EXECUTION = criterion('acme', 'execution');
const CUSTOMER_EMPATHY = criterion('acme', 'customer-empathy');
const evidenceId = (key: string) => demoId(`evidence:acme:${key}`);
const INSIGHTS = evidenceId('priya-insights-launch');
const PLAYBOOK = evidenceId('priya-playbook');

const caseStudy = {
  title: 'Pricing page test with Growth',
  kind: 'cross_functional_project',
  occurredOn: '2026-11-18',
  challenge: 'The pricing page had not changed in two years.',
  actions: 'Ran a two-arm test with Growth and wrote the copy for both arms.',
  outcome: 'The new page ships to everyone next week.',
  metrics: 'Trial starts from the page: +12%.',
  links: ['https://wiki.acme.test/growth/pricing-test'],
  criterionIds: [EXECUTION, CUSTOMER_EMPATHY],
};

describe('Evidence (GET/POST /api/people/:id/evidence, GET/PATCH /api/evidence/:id)', () => {
  let t: TestApp;
  const list = async (email: string, personId: string, query = '') =>
    t.http.get(`/api/people/${personId}/evidence${query}`).set('Authorization', await t.bearer(email));
  const read = async (email: string, id: string) =>
    t.http.get(`/api/evidence/${id}`).set('Authorization', await t.bearer(email));
  const create = async (email: string, personId: string, body: object) =>
    t.http
      .post(`/api/people/${personId}/evidence`)
      .set('Authorization', await t.bearer(email))
      .send(body);
  const patch = async (email: string, id: string, body: object) =>
    t.http
      .patch(`/api/evidence/${id}`)
      .set('Authorization', await t.bearer(email))
      .send(body);
  const countRows = async (sql: string, params: unknown[]) =>
    Number((await t.dataSource.query<{ n: string }[]>(sql, params))[0]?.n);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('reading the list', () => {
    it('should show Priya her evidence newest first, with criteria and the review of each', async () => {
      const response = await list('priya@acme.test', PRIYA);
      expect(response.status).toBe(200);
      const { items, nextCursor } = response.body as Page<Evidence>;
      expect(nextCursor).toBeNull();
      expect(items.map((e) => e.occurredOn)).toEqual([...items.map((e) => e.occurredOn)].sort().reverse());
      expect(items[0]).toMatchObject({ title: 'One escalation path for Sales and Support', review: null });
      const insights = items.find((e) => e.id === INSIGHTS);
      expect(insights).toMatchObject({
        status: 'accepted',
        criterionIds: expect.arrayContaining([EXECUTION, criterion('acme', 'cross-functional-impact')]),
        review: { decision: 'accepted', strength: 'exceeds', reviewerId: MORGAN },
      });
      expect(items.every((e) => (e.status === 'submitted') === (e.review === null))).toBe(true);
    });

    it('should show it to her manager, and write that read into her access log', async () => {
      expect((await list('morgan@acme.test', PRIYA)).status).toBe(200);
      const log = (
        await t.http
          .get('/api/me/access-log')
          .set('Authorization', await t.bearer('priya@acme.test'))
          .expect(200)
      ).body as Page<AccessLogEntry>;
      expect(log.items.some((e) => e.action === 'evidence.list' && e.actor?.name === 'Morgan Blake')).toBe(
        true,
      );
    });

    it('should hide it from HR, admins, peers, other teams and other organizations (404)', async () => {
      for (const email of ['harper@acme.test', 'avery@acme.test', 'sam@acme.test', 'jordan@acme.test']) {
        expect((await list(email, PRIYA)).status).toBe(404);
      }
      expect((await list('hana@globex.test', PRIYA)).status).toBe(404);
    });

    it('should filter by status, kind and criterion', async () => {
      const items = async (query: string) =>
        ((await list('priya@acme.test', PRIYA, query)).body as Page<Evidence>).items;
      const accepted = await items('?status=accepted');
      expect(accepted.length).toBeGreaterThan(0);
      expect(accepted.every((e) => e.status === 'accepted')).toBe(true);
      expect((await items('?kind=teaching')).map((e) => e.title)).toEqual([
        'Positioning in a day: a workshop for new PMs and sales engineers',
      ]);
      expect((await items(`?criterionId=${EXECUTION}`)).map((e) => e.id)).toEqual([INSIGHTS]);
      expect(await items(`?criterionId=${EXECUTION}&status=declined`)).toEqual([]);
    });

    it('should page through every piece exactly once with the cursor', async () => {
      const all = ((await list('priya@acme.test', PRIYA)).body as Page<Evidence>).items.map((e) => e.id);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query = `?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await list('priya@acme.test', PRIYA, query)).body as Page<Evidence>;
        expect(page.items.length).toBeLessThanOrEqual(3);
        seen.push(...page.items.map((e) => e.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
    });

    it('should refuse a forged cursor and bad filters without touching SQL', async () => {
      const forged = Buffer.from(JSON.stringify(['0000-01-01', 'x', 'y'])).toString('base64url');
      expect((await list('priya@acme.test', PRIYA, `?cursor=${forged}`)).status).toBe(422);
      expect((await list('priya@acme.test', PRIYA, '?status=approved')).status).toBe(400);
      expect((await list('priya@acme.test', PRIYA, '?criterionId=execution')).status).toBe(400);
    });

    it('should answer in the same number of SQL statements with 3 or 60 more pieces', async () => {
      const morgan = await t.bearer('morgan@acme.test');
      const count = async () =>
        (
          await t.recordQueries(() =>
            t.http.get(`/api/people/${PRIYA}/evidence?limit=100`).set('Authorization', morgan).expect(200),
          )
        ).length;
      const before = await count();
      await addEvidence(t, PRIYA, 60);
      expect(await count()).toBe(before);
      // Four authenticate the caller; then the transaction, scope, one page query and the audit insert.
      expect(before).toBeLessThanOrEqual(10);
    });
  });

  describe('reading one piece', () => {
    it('should show the author and the chain one piece with its review history', async () => {
      const own = await read('priya@acme.test', PLAYBOOK);
      expect(own.status).toBe(200);
      expect((own.body as EvidenceWithHistory).reviews).toEqual([
        expect.objectContaining({ decision: 'accepted', strength: 'meets', evidenceVersion: 1 }),
      ]);
      expect((await read('morgan@acme.test', PLAYBOOK)).status).toBe(200);
    });

    it('should hide it from HR, admins, peers and other organizations (404)', async () => {
      for (const email of ['harper@acme.test', 'avery@acme.test', 'sam@acme.test', 'hana@globex.test']) {
        expect((await read(email, PLAYBOOK)).status).toBe(404);
      }
      expect((await read('priya@acme.test', demoId('nothing'))).status).toBe(404);
    });
  });

  describe('logging evidence', () => {
    it('should let Priya log a case study: submitted, and one notification for her manager', async () => {
      const notifications = () =>
        countRows(
          `SELECT count(*) AS n FROM notifications WHERE person_id = $1 AND kind = 'evidence_submitted'`,
          [MORGAN],
        );
      const before = await notifications();
      const response = await create('priya@acme.test', PRIYA, caseStudy);
      expect(response.status).toBe(201);
      const created = response.body as Evidence;
      expect(created).toMatchObject({
        ...caseStudy,
        criterionIds: [...caseStudy.criterionIds].sort(),
        personId: PRIYA,
        status: 'submitted',
        review: null,
        version: 1,
      });
      expect(await notifications()).toBe(before + 1);
      const [notification] = await t.dataSource.query<{ link: string; title: string }[]>(
        `SELECT link, title FROM notifications WHERE subject_id = $1`,
        [created.id],
      );
      expect(notification).toEqual({
        link: `/team/evidence/${created.id}`,
        title: `Priya Raman submitted evidence for review: ${caseStudy.title}`,
      });
    });

    it('should let only the person log it: their manager gets 403, anyone else 404', async () => {
      expect((await create('morgan@acme.test', PRIYA, caseStudy)).status).toBe(403);
      for (const email of ['sam@acme.test', 'harper@acme.test', 'avery@acme.test', 'hana@globex.test']) {
        expect((await create(email, PRIYA, caseStudy)).status).toBe(404);
      }
    });

    it('should refuse criteria outside her published ladder (422 naming criterionIds), storing nothing', async () => {
      const [draft] = await t.dataSource.query<{ id: string }[]>(
        `WITH f AS (INSERT INTO frameworks (organization_id, name, version, status)
                    SELECT organization_id, 'Evidence draft', 98, 'draft' FROM people WHERE id = $1 RETURNING *)
         INSERT INTO criteria (organization_id, framework_id, key, name, theme, description)
         SELECT f.organization_id, f.id, 'draft-only', 'Draft only', 'Drafts', '' FROM f RETURNING id`,
        [PRIYA],
      );
      const stored = () => countRows('SELECT count(*) AS n FROM evidence WHERE person_id = $1', [PRIYA]);
      const before = await stored();
      for (const bad of [criterion('globex', 'execution'), draft?.id, demoId('nothing')]) {
        const response = await create('priya@acme.test', PRIYA, {
          ...caseStudy,
          criterionIds: [EXECUTION, bad],
        });
        expect(response.status).toBe(422);
        expect((response.body as Problem).errors?.[0]?.path).toBe('criterionIds');
      }
      expect(await stored()).toBe(before);
    });

    it('should refuse an invalid case study and fields the client may not set (400), storing nothing', async () => {
      const stored = () => countRows('SELECT count(*) AS n FROM evidence WHERE person_id = $1', [PRIYA]);
      const before = await stored();
      for (const change of [
        { title: ' ' },
        { occurredOn: '2026-02-30' },
        { occurredOn: '0000-06-01' },
        { links: ['javascript:alert(1)'] },
        { criterionIds: [] },
        { status: 'accepted' },
        { personId: MORGAN },
        { review: { decision: 'accepted' } },
      ]) {
        const response = await create('priya@acme.test', PRIYA, { ...caseStudy, ...change });
        expect(response.status).toBe(400);
        expect((response.body as Problem).errors?.length).toBeGreaterThan(0);
      }
      expect(await stored()).toBe(before);
    });
  });

  describe('editing evidence', () => {
    it('should put reviewed evidence back to submitted, keep the review as history, and replace criteria', async () => {
      const current = (await read('priya@acme.test', PLAYBOOK)).body as EvidenceWithHistory;
      const response = await patch('priya@acme.test', PLAYBOOK, {
        outcome: 'Now owned by a rota of three PMMs, with a changelog.',
        criterionIds: [criterion('acme', 'beyond-your-swim-lane'), criterion('acme', 'servant-leadership')],
        version: current.version,
      });
      expect(response.status).toBe(200);
      expect(response.body as Evidence).toMatchObject({
        status: 'submitted',
        review: null,
        version: current.version + 1,
        outcome: 'Now owned by a rota of three PMMs, with a changelog.',
        title: current.title,
        criterionIds: [
          criterion('acme', 'beyond-your-swim-lane'),
          criterion('acme', 'servant-leadership'),
        ].sort(),
      });
      const after = (await read('priya@acme.test', PLAYBOOK)).body as EvidenceWithHistory;
      expect(after.reviews).toEqual(current.reviews);
      // Back in the manager's queue, and they are told.
      const [told] = await t.dataSource.query<{ title: string }[]>(
        `SELECT title FROM notifications WHERE subject_id = $1 AND title LIKE '%revised%'`,
        [PLAYBOOK],
      );
      expect(told?.title).toBe(
        'Priya Raman revised evidence for review: The launch playbook, now used by three teams',
      );
    });

    it('should let only the author edit: her manager gets 403, anyone else 404', async () => {
      const { version } = (await read('priya@acme.test', INSIGHTS)).body as Evidence;
      expect((await patch('morgan@acme.test', INSIGHTS, { title: 'x', version })).status).toBe(403);
      for (const email of ['sam@acme.test', 'harper@acme.test', 'avery@acme.test', 'hana@globex.test']) {
        expect((await patch(email, INSIGHTS, { title: 'x', version })).status).toBe(404);
      }
      expect(((await read('priya@acme.test', INSIGHTS)).body as Evidence).version).toBe(version);
    });

    it('should refuse a stale or missing version (409) and bad criteria (422), changing nothing', async () => {
      const current = (await read('priya@acme.test', INSIGHTS)).body as Evidence;
      expect(
        (await patch('priya@acme.test', INSIGHTS, { title: 'Old tab', version: current.version - 1 || 99 }))
          .status,
      ).toBe(409);
      expect((await patch('priya@acme.test', INSIGHTS, { title: 'No version' })).status).toBe(409);
      const badCriteria = await patch('priya@acme.test', INSIGHTS, {
        criterionIds: [criterion('globex', 'execution')],
        version: current.version,
      });
      expect(badCriteria.status).toBe(422);
      expect((badCriteria.body as Problem).errors?.[0]?.path).toBe('criterionIds');
      expect((await patch('priya@acme.test', INSIGHTS, { version: current.version })).status).toBe(400);
      expect((await read('priya@acme.test', INSIGHTS)).body).toMatchObject({
        title: current.title,
        version: current.version,
        status: 'accepted',
        criterionIds: current.criterionIds,
      });
    });

    it('should let exactly one of two concurrent edits of the same version win', async () => {
      const { version } = (await read('priya@acme.test', INSIGHTS)).body as Evidence;
      const edit = (title: string) => patch('priya@acme.test', INSIGHTS, { title, version });
      const responses = await Promise.all([edit('First writer'), edit('Second writer')]);
      expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
      const winner = responses.find((r) => r.status === 200)?.body as Evidence;
      expect((await read('priya@acme.test', INSIGHTS)).body).toMatchObject({
        title: winner.title,
        version: version + 1,
      });
    });
  });
});
