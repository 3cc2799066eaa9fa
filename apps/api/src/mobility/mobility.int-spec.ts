import type { MobilityPathsReport, MobilityTeamsReport, MoveKind } from '@trellis/domain';

import { startTestApp, TestApp } from '../../test/int/test-app';
import { ConversationEntity } from '../conversations/conversation.entity';
import { demoLevelId, demoOrganizationId } from '../demo/demo-id';
import { AspirationEntity } from '../growth/aspiration.entity';
import { PersonEntity } from '../people/person.entity';
import { TeamEntity } from '../people/team.entity';
import { PositionEntity } from '../positions/position.entity';
import { MoveEntity } from './move.entity';

const ACME = demoOrganizationId('acme');
const level = (key: string) => demoLevelId('acme', key);
const [PMM1, PMM2, SENIOR, LEAD_PMM, MANAGER, SENIOR_MANAGER, DIRECTOR] = [
  'pmm-1',
  'pmm-2',
  'senior-pmm',
  'lead-pmm',
  'pmm-manager',
  'pmm-senior-manager',
  'pmm-director',
].map(level) as [string, string, string, string, string, string, string];
const AS_OF = '2025-06-30'; // the window is 2023-06-30 .. 2025-06-30 (24 months)
const CANARY = 'MOBILITY-CANARY-agenda-text';

// A fresh team T in Acme, every figure computed by hand:
//   A  hired 2020-01-01 PMM I (before the window); promoted 2024-01-01 → PMM II (internal)
//   B  hired 2024-03-01 Senior PMM from outside (above entry level)
//   C  hired 2019-01-01 Senior PMM; track switch 2023-09-01 → Manager (internal lead fill)
//   D  hired 2024-09-01 Manager from outside (external lead fill, above entry)
//   E  inactive: hired 2018-01-01 PMM II, exit 2025-01-01 after 7 years in level (a stall)
//   F  inactive: hired 2022-01-01 PMM I, exit 2024-06-01 after 2.4 years (no stall)
// headcount 4 (A B C D) · promotions 1 · internal promotion rate 1 / (1 + 2 external hires above
// entry: B, D) = 1/3 · lead fills: C internal, D external → 1/1, share 0.5 · track switches 1 ·
// exits 2, after a stall 1 · days in level on 2025-06-30: A 546, B 486, C 668, D 302 → median
// (486 + 546) / 2 = 516 · conversations (interval 90 days): A held 2025-05-01 (60 days: yes),
// B 2025-01-15 (166 days: no), C 2025-06-30 09:00Z (0 days: yes), D a scheduled one only (no)
// → 2 of 4 = 0.5 · aspirations shared with HR: A → Manager (C and D hold it: a path), B → Lead
// PMM (no seat, no one ever landed there: no path), D → Senior Manager (an open seat: a path);
// C's (→ Director) is not shared and does not count → 3 shared, 1 without a path (Lead PMM).
describe('Mobility (GET /api/mobility/paths, /api/mobility/teams)', () => {
  let t: TestApp;
  let teamId: string;
  const people: Record<string, string> = {};
  const get = async (email: string, path: string) =>
    t.http.get(path).set('Authorization', await t.bearer(email));

  const addMove = (
    person: string,
    kind: MoveKind,
    occurredOn: string,
    from: string | null,
    to: string | null,
    internal = kind !== 'hire',
  ) =>
    t.dataSource.getRepository(MoveEntity).insert({
      organizationId: ACME,
      personId: people[person] ?? person,
      kind,
      occurredOn,
      internal,
      fromLevelId: from,
      fromTeamId: from === null ? null : teamId,
      toLevelId: to,
      toTeamId: to === null ? null : teamId,
    });

  beforeAll(async () => {
    t = await startTestApp();
    const team = await t.dataSource
      .getRepository(TeamEntity)
      .save({ organizationId: ACME, name: 'Mobility Fixture' });
    teamId = team.id;
    const person = async (key: string, levelId: string, hireDate: string, active = true) => {
      const saved = await t.dataSource.getRepository(PersonEntity).save({
        organizationId: ACME,
        name: `Fixture ${key}`,
        email: `mobility-${key.toLowerCase()}@acme.test`,
        title: 'Fixture',
        teamId,
        levelId,
        hireDate,
        active,
      });
      people[key] = saved.id;
    };
    await person('A', PMM2, '2020-01-01');
    await person('B', SENIOR, '2024-03-01');
    await person('C', MANAGER, '2019-01-01');
    await person('D', MANAGER, '2024-09-01');
    await person('E', PMM2, '2018-01-01', false);
    await person('F', PMM1, '2022-01-01', false);
    await addMove('A', 'hire', '2020-01-01', null, PMM1);
    await addMove('A', 'promotion', '2024-01-01', PMM1, PMM2);
    await addMove('B', 'hire', '2024-03-01', null, SENIOR);
    await addMove('C', 'hire', '2019-01-01', null, SENIOR);
    await addMove('C', 'track_switch', '2023-09-01', SENIOR, MANAGER);
    await addMove('D', 'hire', '2024-09-01', null, MANAGER);
    await addMove('E', 'hire', '2018-01-01', null, PMM2);
    await addMove('E', 'exit', '2025-01-01', PMM2, null);
    await addMove('F', 'hire', '2022-01-01', null, PMM1);
    await addMove('F', 'exit', '2024-06-01', PMM1, null);

    const conversation = (report: string, status: 'held' | 'scheduled', at: string) =>
      t.dataSource.getRepository(ConversationEntity).insert({
        organizationId: ACME,
        reportId: people[report],
        managerId: people.D,
        requesterId: people[report],
        topic: 'aspiration',
        agenda: CANARY,
        status,
        scheduledAt: new Date(at),
        heldAt: status === 'held' ? new Date(at) : null,
      });
    await conversation('A', 'held', '2025-05-01T10:00:00Z');
    await conversation('B', 'held', '2025-01-15T10:00:00Z');
    await conversation('C', 'held', '2025-06-30T09:00:00Z');
    await conversation('D', 'scheduled', '2025-06-01T10:00:00Z');

    const aspiration = (key: string, targetLevelId: string, sharedWithHr: boolean) =>
      t.dataSource.getRepository(AspirationEntity).insert({
        organizationId: ACME,
        personId: people[key],
        targetLevelId,
        statement: CANARY,
        sharedWithHr,
      });
    await aspiration('A', MANAGER, true);
    await aspiration('B', LEAD_PMM, true);
    await aspiration('C', DIRECTOR, false);
    await aspiration('D', SENIOR_MANAGER, true);
    await t.dataSource.getRepository(PositionEntity).insert({
      organizationId: ACME,
      teamId,
      levelId: SENIOR_MANAGER,
      title: 'Senior Manager, fixture',
      status: 'open',
      openedOn: '2025-05-01',
    });
  });
  afterAll(() => t.close());

  describe('who may ask', () => {
    it.each(['/api/mobility/paths', '/api/mobility/teams'])(
      'should answer HR and refuse everyone else (403): %s',
      async (path) => {
        expect((await get('harper@acme.test', path)).status).toBe(200);
        expect((await get('hana@globex.test', path)).status).toBe(200);
        for (const email of ['avery@acme.test', 'morgan@acme.test', 'priya@acme.test', 'jordan@acme.test'])
          expect((await get(email, path)).status).toBe(403);
      },
    );

    it('should refuse bad filters with a 4xx problem', async () => {
      for (const query of ['kind=demotion', 'from=2025-01-01&to=2024-01-01', 'teamId=x', 'nope=1'])
        expect((await get('harper@acme.test', `/api/mobility/paths?${query}`)).status).toBe(400);
      expect((await get('harper@acme.test', '/api/mobility/teams?asOf=yesterday')).status).toBe(400);
    });

    it("should never count or show another organization's teams", async () => {
      const globexTeams: { id: string }[] = await t.dataSource.query(
        `SELECT id FROM teams WHERE organization_id <> $1`,
        [ACME],
      );
      const acme = (await get('harper@acme.test', '/api/mobility/teams')).body as MobilityTeamsReport;
      const globex = (await get('hana@globex.test', '/api/mobility/teams')).body as MobilityTeamsReport;
      expect(acme.teams.some((team) => globexTeams.some((g) => g.id === team.teamId))).toBe(false);
      expect(globex.teams.every((team) => globexTeams.some((g) => g.id === team.teamId))).toBe(true);
      expect(globex.teams.some((team) => team.teamId === teamId)).toBe(false);
      // Acme's team id is unknown to Globex HR.
      expect((await get('hana@globex.test', `/api/mobility/teams?teamId=${teamId}`)).status).toBe(404);
      const paths = (await get('hana@globex.test', `/api/mobility/paths?teamId=${teamId}`))
        .body as MobilityPathsReport;
      expect(paths.total).toBe(0);
    });
  });

  describe('team precedent', () => {
    it('should match every hand-computed figure of the fixture team', async () => {
      const response = await get('harper@acme.test', `/api/mobility/teams?teamId=${teamId}&asOf=${AS_OF}`);
      expect(response.status).toBe(200);
      const report = response.body as MobilityTeamsReport;
      expect(report.window).toEqual({ from: '2023-06-30', to: AS_OF });
      expect(report.conversationIntervalDays).toBe(90);
      expect(report.teams).toHaveLength(1);
      const team = report.teams[0];
      expect(team).toEqual({
        teamId,
        teamName: 'Mobility Fixture',
        headcount: 4,
        promotions: 1,
        internalPromotionRate: 1 / 3,
        leadSeatsFilledInternally: 1,
        leadSeatsFilledExternally: 1,
        internalLeadShare: 0.5,
        medianDaysInLevel: 516,
        trackSwitches: 1,
        exits: 2,
        exitsAfterStall: 1,
        peopleWithRecentConversation: 2,
        conversationCoverage: 0.5,
        aspirationsSharedWithHr: 3,
        aspirationsWithoutPath: 1,
        levelsWithoutPath: [LEAD_PMM],
      });
    });

    it('should explain every figure and carry no conversation or aspiration text', async () => {
      const response = await get('harper@acme.test', `/api/mobility/teams?asOf=${AS_OF}`);
      const report = response.body as MobilityTeamsReport;
      expect(report.definitions.map((d) => d.figure)).toEqual(
        expect.arrayContaining([
          'headcount',
          'promotions',
          'internalPromotionRate',
          'internalLeadShare',
          'medianDaysInLevel',
          'trackSwitches',
          'exitsAfterStall',
          'conversationCoverage',
          'aspirationsWithoutPath',
        ]),
      );
      expect(report.definitions.every((d) => d.definition.length > 20)).toBe(true);
      expect(response.text).not.toContain(CANARY);
      expect(report.teams.some((team) => team.teamId === teamId)).toBe(true);
    });
  });

  describe('paths', () => {
    const window = `from=2023-06-30&to=${AS_OF}`;

    it('should count the fixture team’s flows by level, with labels', async () => {
      const response = await get('harper@acme.test', `/api/mobility/paths?teamId=${teamId}&${window}`);
      expect(response.status).toBe(200);
      const report = response.body as MobilityPathsReport;
      // In the window: B and D hired, A promoted, C switched track, E and F left.
      expect(report.total).toBe(6);
      const flow = (from: string, to: string, kind: MoveKind) =>
        report.flows.find((f) => f.from === from && f.to === to && f.kind === kind);
      expect(flow('external', SENIOR, 'hire')).toMatchObject({ count: 1, fromLabel: 'Outside the company' });
      expect(flow('external', MANAGER, 'hire')?.count).toBe(1);
      expect(flow(PMM1, PMM2, 'promotion')?.count).toBe(1);
      expect(flow(SENIOR, MANAGER, 'track_switch')?.count).toBe(1);
      expect(flow(PMM2, 'external', 'exit')?.count).toBe(1);
      expect(flow(PMM1, 'external', 'exit')?.count).toBe(1);
      expect(report.explanation).toContain('chosen team');
      expect(response.text).not.toContain(CANARY);
    });

    it('should group by team and filter by kind and discipline', async () => {
      const byTeam = (await get('harper@acme.test', `/api/mobility/paths?teamId=${teamId}&${window}&by=team`))
        .body as MobilityPathsReport;
      expect(
        byTeam.flows.map((f) => [
          f.from === teamId ? 'T' : f.from,
          f.to === teamId ? 'T' : f.to,
          f.kind,
          f.count,
        ]),
      ).toEqual(
        expect.arrayContaining([
          ['external', 'T', 'hire', 2],
          ['T', 'external', 'exit', 2],
          ['T', 'T', 'promotion', 1],
          ['T', 'T', 'track_switch', 1],
        ]),
      );
      const exits = (
        await get('harper@acme.test', `/api/mobility/paths?teamId=${teamId}&${window}&kind=exit`)
      ).body as MobilityPathsReport;
      expect(exits.total).toBe(2);
      const engineering = (
        await get('harper@acme.test', `/api/mobility/paths?teamId=${teamId}&discipline=Engineering`)
      ).body as MobilityPathsReport;
      expect(engineering.total).toBe(0);
      const marketing = (
        await get('harper@acme.test', `/api/mobility/paths?teamId=${teamId}&discipline=Product%20Marketing`)
      ).body as MobilityPathsReport;
      expect(marketing.total).toBe(10); // every fixture move, all time
    });
  });

  it('should answer in the same number of SQL statements with many more moves', async () => {
    const harper = await t.bearer('harper@acme.test');
    const count = async (path: string) =>
      (await t.recordQueries(() => t.http.get(path).set('Authorization', harper).expect(200))).length;
    const before = { paths: await count('/api/mobility/paths'), teams: await count('/api/mobility/teams') };
    for (let year = 2000; year < 2015; year += 1) {
      await addMove('F', 'lateral', `${year}-01-01`, PMM1, PMM1);
      await addMove('E', 'promotion', `${year}-06-01`, PMM1, PMM2);
    }
    const after = { paths: await count('/api/mobility/paths'), teams: await count('/api/mobility/teams') };
    expect(after).toEqual(before);
    // 4 for authentication (a transaction reading the actor) + BEGIN, set_config, reads, COMMIT:
    // 3 reads for paths (moves, levels, teams), 8 for teams.
    expect(before).toEqual({ paths: 10, teams: 15 });
  });
});
