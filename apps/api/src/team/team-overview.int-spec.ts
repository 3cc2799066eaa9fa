import type { Problem, ReadinessDetail, TeamMember, TeamOverview } from '@trellis/domain';

import { startTestApp, TestApp } from '../../test/int/test-app';
import { acmeLevel, acmePerson, addBusyReport, addPerson, giveLogin } from './team-fixtures';

const PRIYA = acmePerson('priya');
const SAM = acmePerson('sam');
const MORGAN = acmePerson('morgan');
const JORDAN = acmePerson('jordan');
const LEE = acmePerson('lee');
const RAFAEL = acmePerson('rafael');

describe('Team overview (GET /api/team)', () => {
  let t: TestApp;
  const team = async (email: string, query = '') =>
    t.http.get(`/api/team${query}`).set('Authorization', await t.bearer(email));
  const overview = async (email: string, query = ''): Promise<TeamOverview> => {
    const response = await team(email, query);
    expect(response.status).toBe(200);
    return response.body as TeamOverview;
  };
  const member = (body: TeamOverview, id: string): TeamMember => {
    const found = body.items.find((item) => item.person.id === id);
    if (!found) throw new Error(`${id} is not in the overview`);
    return found;
  };
  const teamReads = async (actorId: string) =>
    (
      await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM audit_events WHERE actor_id = $1 AND action = 'team.read'`,
        [actorId],
      )
    )[0]?.n ?? 0;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe("Morgan's reports", () => {
    it('should list Priya and Sam, and nobody who has left', async () => {
      const body = await overview('morgan@acme.test');
      expect(body.items.map((item) => item.person.name)).toEqual(['Priya Raman', 'Sam Okafor']);
      expect(body).toMatchObject({ total: 2, nextCursor: null, conversationIntervalDays: 90 });
    });

    it("should show each report's level, target, readiness, reviews waiting, conversations and manager", async () => {
      const body = await overview('morgan@acme.test');
      const priya = member(body, PRIYA);
      const [waiting] = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM evidence WHERE person_id = $1 AND status = 'submitted' AND deleted_at IS NULL`,
        [PRIYA],
      );
      expect(priya).toMatchObject({
        person: {
          id: PRIYA,
          name: 'Priya Raman',
          title: 'Senior Product Marketing Manager',
          levelId: acmeLevel('senior-pmm'),
          levelName: 'Senior Product Marketing Manager',
          track: { kind: 'ic', discipline: 'Product Marketing' },
        },
        manager: { id: MORGAN, name: 'Morgan Blake' },
        depth: 1,
        aspiration: {
          targetLevelId: acmeLevel('pmm-manager'),
          targetLevelName: 'Manager, Product Marketing',
          track: { kind: 'management' },
        },
        evidenceAwaitingReview: waiting?.n,
        lastConversationAt: '2026-09-03T15:45:00.000Z',
        // The aspiration conversation she requested.
        openRequests: 1,
      });
      expect(waiting?.n).toBeGreaterThan(0);
      // The same figure as her readiness page.
      const readiness = (
        await t.http
          .get(`/api/people/${PRIYA}/readiness`)
          .set('Authorization', await t.bearer('morgan@acme.test'))
          .expect(200)
      ).body as ReadinessDetail;
      expect(priya.readiness).toBe(readiness.overall);
      expect(priya.readiness).toBeGreaterThan(0);
    });

    it("should show Sam's aspiration to his manager although he keeps it from HR, and flag his overdue conversation", async () => {
      const sam = member(await overview('morgan@acme.test'), SAM);
      expect(sam).toMatchObject({
        aspiration: { targetLevelId: acmeLevel('pm'), targetLevelName: 'Product Manager' },
        lastConversationAt: '2026-04-14T16:40:00.000Z',
        conversationDueAt: '2026-07-13T16:40:00.000Z',
        openRequests: 0,
      });
      expect(sam.readiness).toEqual(expect.any(Number));
      expect(sam.flags).toContain('no_conversation');
    });

    it('should flag exactly the reports whose conversation is past due', async () => {
      for (const item of (await overview('morgan@acme.test')).items) {
        expect(item.flags.includes('no_conversation')).toBe(Date.parse(item.conversationDueAt) < Date.now());
      }
    });

    it('should write one audit event per read of the overview, naming who was shown', async () => {
      const before = await teamReads(MORGAN);
      await overview('morgan@acme.test');
      expect(await teamReads(MORGAN)).toBe(before + 1);
      const [event] = await t.dataSource.query<{ details: { people: string; shown: number } }[]>(
        `SELECT details FROM audit_events WHERE actor_id = $1 AND action = 'team.read' ORDER BY created_at DESC LIMIT 1`,
        [MORGAN],
      );
      expect(event?.details.shown).toBe(2);
      expect(event?.details.people.split(' ').sort()).toEqual([PRIYA, SAM].sort());
    });
  });

  describe('people without reports', () => {
    it('should answer an IC with an empty list (200), and audit nothing', async () => {
      for (const email of ['lee@acme.test', 'priya@acme.test']) {
        expect(await overview(email)).toEqual({
          items: [],
          nextCursor: null,
          total: 0,
          conversationIntervalDays: 90,
        });
      }
      expect(await teamReads(LEE)).toBe(0);
    });

    it('should treat HR and admins like anyone else: their own reports, not the organization', async () => {
      const harper = await overview('harper@acme.test');
      expect(harper.items.map((item) => item.person.name).sort()).toEqual(['Kenji Watanabe', 'Rosa Delgado']);
      // Outside the ladder: no level, no target, no readiness.
      expect(harper.items[0]).toMatchObject({
        person: { levelId: null, levelName: null, track: null },
        aspiration: null,
        readiness: null,
      });
      expect((await overview('avery@acme.test')).items.map((item) => item.person.name)).toEqual([
        'Bilal Hussain',
      ]);
      const hana = await overview('hana@globex.test');
      expect(hana.items.every((item) => !item.person.name.includes('Priya'))).toBe(true);
    });
  });

  describe('a skip-level manager', () => {
    let rafael: string;
    beforeAll(async () => {
      rafael = await giveLogin(t.dataSource, RAFAEL);
      await t.dataSource.query(`UPDATE people SET manager_id = $1 WHERE id = $2`, [RAFAEL, JORDAN]);
    });
    afterAll(() => t.dataSource.query(`UPDATE people SET manager_id = NULL WHERE id = $1`, [JORDAN]));

    it('should see direct reports by default and the whole subtree with depth=all', async () => {
      const direct = await overview(rafael);
      expect(direct.items.map((item) => item.person.id)).toContain(JORDAN);
      expect(direct.items.map((item) => item.person.id)).not.toContain(LEE);
      expect(direct.items.every((item) => item.depth === 1)).toBe(true);

      const all = await overview(rafael, '?depth=all&limit=100');
      expect(member(all, JORDAN)).toMatchObject({ depth: 1, manager: { id: RAFAEL } });
      // Two levels down, with who manages them directly; the chain sees the aspiration too.
      expect(member(all, LEE)).toMatchObject({
        depth: 2,
        manager: { id: JORDAN, name: 'Jordan Ellis' },
        aspiration: { targetLevelId: acmeLevel('staff-engineer') },
      });
      expect(all.total).toBeGreaterThan(direct.total);
    });

    it("should not show Jordan's subtree to Jordan's peers or reports", async () => {
      expect((await overview('lee@acme.test', '?depth=all')).items).toEqual([]);
      const morgan = await overview('morgan@acme.test', '?depth=all');
      expect(morgan.items.map((item) => item.person.id).sort()).toEqual([PRIYA, SAM].sort());
    });
  });

  describe('bad queries', () => {
    it.each(['?depth=everyone', '?sort=age', '?flag=late', '?limit=0', '?limit=101', '?managerId=x'])(
      'should refuse %s with a problem naming the field (400)',
      async (query) => {
        const response = await team('morgan@acme.test', query);
        expect(response.status).toBe(400);
        expect((response.body as Problem).errors?.length).toBeGreaterThan(0);
      },
    );

    it('should refuse a forged cursor, or one of another order (422)', async () => {
      expect((await team('morgan@acme.test', '?cursor=bm9wZQ')).status).toBe(422);
      const first = await overview('morgan@acme.test', '?limit=1');
      expect(first.nextCursor).not.toBeNull();
      const response = await team('morgan@acme.test', `?limit=1&sort=readiness&cursor=${first.nextCursor}`);
      expect(response.status).toBe(422);
    });
  });

  describe('cost', () => {
    it('should answer in the same number of SQL statements for 5 reports and for 50', async () => {
      const { id: managerId } = await addPerson(t.dataSource, { managerId: null, name: 'Quinn Manager' });
      const quinn = await giveLogin(t.dataSource, managerId);
      const authorization = await t.bearer(quinn);
      const measure = async (query: string) => {
        let body: TeamOverview | undefined;
        const statements = await t.recordQueries(async () => {
          const response = await t.http.get(`/api/team${query}`).set('Authorization', authorization);
          expect(response.status).toBe(200);
          body = response.body as TeamOverview;
        });
        return { statements: statements.length, total: body?.total, shown: body?.items.length };
      };
      const queries = ['', '?depth=all&sort=readiness&limit=100', '?sort=lastConversation&limit=100'];

      // One at a time: a recording catches every statement the app sends meanwhile.
      const measureAll = async () => {
        const results = [];
        for (const query of queries) results.push(await measure(query));
        return results;
      };
      for (let i = 0; i < 5; i++) await addBusyReport(t.dataSource, managerId);
      const atFive = await measureAll();
      for (let i = 0; i < 45; i++) await addBusyReport(t.dataSource, managerId);
      const atFifty = await measureAll();

      expect(atFive.map((m) => m.total)).toEqual([5, 5, 5]);
      expect(atFifty.map((m) => m.total)).toEqual([50, 50, 50]);
      expect(atFifty.map((m) => m.shown)).toEqual([25, 50, 50]);
      expect(atFifty.map((m) => m.statements)).toEqual(atFive.map((m) => m.statements));
      // The caller's roles (4, in a transaction of their own), then BEGIN, set the organization,
      // the overview (1), ReadinessService's batch loader (8), the audit event, COMMIT.
      expect(atFive.map((m) => m.statements)).toEqual([17, 17, 17]);
    });
  });
});
