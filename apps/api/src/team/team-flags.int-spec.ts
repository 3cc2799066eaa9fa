import type { TeamFlag, TeamOverview } from '@trellis/domain';

import { startTestApp, TestApp } from '../../test/int/test-app';
import {
  acmePerson,
  addConversation,
  addEvidence,
  addPerson,
  giveLogin,
  setAspiration,
} from './team-fixtures';

const MORGAN = acmePerson('morgan');

/**
 * A team built with controlled dates (the organization's interval is 90 days):
 * each report is set up to raise one flag, or just not to.
 */
describe('Team overview flags, filters, order and pages', () => {
  let t: TestApp;
  let authorization: string;
  const ids: Record<string, string> = {};

  const overview = async (query = ''): Promise<TeamOverview> => {
    const response = await t.http.get(`/api/team${query}`).set('Authorization', authorization);
    expect(response.status).toBe(200);
    return response.body as TeamOverview;
  };
  const flagsByName = (body: TeamOverview): Record<string, TeamFlag[]> =>
    Object.fromEntries(body.items.map((item) => [item.person.name, item.flags]));
  const changeInterval = async (days: number) =>
    t.http
      .put('/api/organization/settings')
      .set('Authorization', await t.bearer('harper@acme.test'))
      .send({ conversationIntervalDays: days })
      .expect(200);

  beforeAll(async () => {
    t = await startTestApp();
    const { id: managerId } = await addPerson(t.dataSource, { managerId: null, name: 'Remy Manager' });
    authorization = await t.bearer(await giveLogin(t.dataSource, managerId));
    const report = async (name: string, hiredDaysAgo = 1000) => {
      ids[name] = (await addPerson(t.dataSource, { managerId, name, hiredDaysAgo })).id;
      return ids[name];
    };
    const held = (reportId: string, daysAgo: number, withManager = managerId) =>
      addConversation(t.dataSource, { reportId, managerId: withManager, status: 'held', daysAgo });

    await held(await report('A Overdue'), 100);
    await held(await report('B Recent'), 10);
    await report('C New hire', 30);
    await report('D Never');
    const waiting = await report('E Waiting');
    await held(waiting, 10);
    await addConversation(t.dataSource, { reportId: waiting, managerId, status: 'requested', daysAgo: 8 });
    const fresh = await report('F Fresh request');
    await held(fresh, 10);
    await addConversation(t.dataSource, { reportId: fresh, managerId, status: 'requested', daysAgo: 6 });
    const asked = await report('G Manager asked');
    await held(asked, 10);
    await addConversation(t.dataSource, {
      reportId: asked,
      managerId,
      status: 'requested',
      daysAgo: 10,
      requestedBy: 'manager',
    });
    const changed = await report('H Changed mind');
    await held(changed, 10);
    await setAspiration(t.dataSource, { personId: changed, levelKey: 'pmm-manager', updatedDaysAgo: 3 });
    await addEvidence(t.dataSource, {
      personId: changed,
      reviewerId: managerId,
      status: 'accepted',
      criterionKey: 'execution',
    });
    const settled = await report('I Settled');
    await held(settled, 10);
    await setAspiration(t.dataSource, { personId: settled, levelKey: 'pmm-manager', updatedDaysAgo: 20 });
    // Talked with Morgan ten days ago, before moving to this manager.
    await held(await report('J Moved'), 10, MORGAN);
  });
  afterAll(() => t.close());

  it('should raise each flag exactly where its dates say so', async () => {
    expect(flagsByName(await overview())).toEqual({
      'A Overdue': ['no_conversation'],
      'B Recent': [],
      'C New hire': [],
      'D Never': ['no_conversation'],
      'E Waiting': ['request_waiting'],
      'F Fresh request': [],
      'G Manager asked': [],
      'H Changed mind': ['aspiration_changed'],
      'I Settled': [],
      'J Moved': ['no_conversation'],
    });
  });

  it('should count open requests both ways, but only a request by the report as waiting on the manager', async () => {
    const body = await overview();
    const open = Object.fromEntries(body.items.map((item) => [item.person.name, item.openRequests]));
    expect(open).toMatchObject({ 'E Waiting': 1, 'F Fresh request': 1, 'G Manager asked': 1, 'B Recent': 0 });
  });

  it("should count only conversations with the current manager, so a new manager's clock starts now", async () => {
    const moved = (await overview('?q=Moved')).items[0];
    expect(moved?.lastConversationAt).toBeNull();
  });

  it('should follow the organization’s interval', async () => {
    await changeInterval(120);
    try {
      const body = await overview();
      expect(body.conversationIntervalDays).toBe(120);
      expect(flagsByName(body)['A Overdue']).toEqual([]);
    } finally {
      await changeInterval(90);
    }
    expect(flagsByName(await overview())['A Overdue']).toEqual(['no_conversation']);
  });

  it('should filter by flag and by name or title, in SQL', async () => {
    const names = (body: TeamOverview) => body.items.map((item) => item.person.name);
    expect(names(await overview('?flag=no_conversation'))).toEqual(['A Overdue', 'D Never', 'J Moved']);
    expect(names(await overview('?flag=request_waiting'))).toEqual(['E Waiting']);
    expect(names(await overview('?flag=aspiration_changed'))).toEqual(['H Changed mind']);
    expect(names(await overview('?q=chANGed'))).toEqual(['H Changed mind']);
    // A search term is text, not a pattern.
    expect((await overview('?q=%25')).total).toBe(0);
    expect((await overview('?q=Marketing')).total).toBe(10);
  });

  it('should put never-held and the oldest conversations first', async () => {
    const body = await overview('?sort=lastConversation&limit=4');
    expect(body.items.map((item) => item.person.name)).toEqual([
      'C New hire',
      'D Never',
      'J Moved',
      'A Overdue',
    ]);
  });

  it('should put the most ready first and people without an aspiration last', async () => {
    const body = await overview('?sort=readiness&limit=3');
    expect(body.items.map((item) => [item.person.name, item.readiness !== null])).toEqual([
      ['H Changed mind', true],
      ['I Settled', true],
      ['A Overdue', false],
    ]);
    const [ready, settled] = body.items;
    expect(ready?.readiness).toBeGreaterThan(settled?.readiness ?? 1);
    expect(settled?.readiness).toBe(0);
  });

  it.each(['name', 'readiness', 'lastConversation'])(
    'should page through everyone by %s, without gaps or repeats',
    async (sort) => {
      const whole = (await overview(`?sort=${sort}&limit=100`)).items.map((item) => item.person.id);
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const page: TeamOverview = await overview(
          `?sort=${sort}&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        expect(page.total).toBe(10);
        paged.push(...page.items.map((item) => item.person.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(paged).toEqual(whole);
      expect(new Set(paged).size).toBe(10);
    },
  );
});
