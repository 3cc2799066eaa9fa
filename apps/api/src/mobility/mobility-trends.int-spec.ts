import type { MobilityPathsReport, MobilityTrends, MoveCounts, MoveKind } from '@trellis/domain';

import { startTestApp, TestApp } from '../../test/int/test-app';
import { demoLevelId, demoOrganizationId } from '../demo/demo-id';
import { PersonEntity } from '../people/person.entity';
import { TeamEntity } from '../people/team.entity';
import { MoveEntity } from './move.entity';

const ACME = demoOrganizationId('acme');
const [PMM1, PMM2, SENIOR, MANAGER, PM] = ['pmm-1', 'pmm-2', 'senior-pmm', 'pmm-manager', 'pm'].map((key) =>
  demoLevelId('acme', key),
) as [string, string, string, string, string];
const zero: MoveCounts = { hire: 0, promotion: 0, lateral: 0, track_switch: 0, exit: 0 };

// A fresh team T in Acme; every move leaves or lands on T. PM is a level of
// another discipline than the PMM levels (checked below).
//   P1 hire 2024-02-10 → PMM I · promotion 2024-05-20 → PMM II · promotion 2025-03-31 → Senior PMM
//   P2 hire 2024-03-31 → PM · lateral 2024-04-01 PM → PM
//   P3 hire 2023-12-31 → PMM I · track switch 2024-09-30 → Manager · exit 2025-01-01
// Window 2024-01-01 .. 2025-06-30, by quarter:
//   Q1 2024 hire 2 (P1, P2) · Q2 2024 promotion 1, lateral 1 · Q3 2024 track switch 1 · Q4 2024 none
//   Q1 2025 promotion 1, exit 1 · Q2 2025 none. P3's hire (Q4 2023) is before the window.
describe('Mobility trends (GET /api/mobility/trends)', () => {
  let t: TestApp;
  let teamId: string;
  let pmmDiscipline: string;
  let pmDiscipline: string;
  const people: Record<string, string> = {};
  const get = async (email: string, path: string) =>
    t.http.get(path).set('Authorization', await t.bearer(email));
  const trends = async (query: string) => {
    const response = await get('harper@acme.test', `/api/mobility/trends?${query}`);
    expect(response.status).toBe(200);
    return response.body as MobilityTrends;
  };

  const addMove = (
    person: string,
    kind: MoveKind,
    occurredOn: string,
    from: string | null,
    to: string | null,
  ) =>
    t.dataSource.getRepository(MoveEntity).insert({
      organizationId: ACME,
      personId: people[person],
      kind,
      occurredOn,
      internal: kind !== 'hire',
      fromLevelId: from,
      fromTeamId: from === null ? null : teamId,
      toLevelId: to,
      toTeamId: to === null ? null : teamId,
    });

  beforeAll(async () => {
    t = await startTestApp();
    teamId = (
      await t.dataSource.getRepository(TeamEntity).save({ organizationId: ACME, name: 'Trends Fixture' })
    ).id;
    for (const [key, levelId, hireDate] of [
      ['P1', SENIOR, '2024-02-10'],
      ['P2', PM, '2024-03-31'],
      ['P3', MANAGER, '2023-12-31'],
    ] as const) {
      const saved = await t.dataSource.getRepository(PersonEntity).save({
        organizationId: ACME,
        name: `Trends ${key}`,
        email: `trends-${key.toLowerCase()}@acme.test`,
        title: 'Fixture',
        teamId,
        levelId,
        hireDate,
        active: key !== 'P3',
      });
      people[key] = saved.id;
    }
    await addMove('P1', 'hire', '2024-02-10', null, PMM1);
    await addMove('P1', 'promotion', '2024-05-20', PMM1, PMM2);
    await addMove('P1', 'promotion', '2025-03-31', PMM2, SENIOR);
    await addMove('P2', 'hire', '2024-03-31', null, PM);
    await addMove('P2', 'lateral', '2024-04-01', PM, PM);
    await addMove('P3', 'hire', '2023-12-31', null, PMM1);
    await addMove('P3', 'track_switch', '2024-09-30', PMM1, MANAGER);
    await addMove('P3', 'exit', '2025-01-01', MANAGER, null);

    const disciplineOf = async (levelId: string): Promise<string> => {
      const rows = await t.dataSource.query<{ discipline: string }[]>(
        `SELECT t.discipline FROM levels l JOIN tracks t ON t.id = l.track_id WHERE l.id = $1`,
        [levelId],
      );
      return rows[0]?.discipline ?? '';
    };
    pmmDiscipline = await disciplineOf(PMM1);
    pmDiscipline = await disciplineOf(PM);
  });
  afterAll(() => t.close());

  describe('who may ask', () => {
    it('should answer HR and refuse everyone else (403)', async () => {
      expect((await get('harper@acme.test', '/api/mobility/trends')).status).toBe(200);
      expect((await get('hana@globex.test', '/api/mobility/trends')).status).toBe(200);
      for (const email of ['avery@acme.test', 'morgan@acme.test', 'priya@acme.test', 'jordan@acme.test'])
        expect((await get(email, '/api/mobility/trends')).status).toBe(403);
    });

    it('should refuse bad filters and overlong windows with a 400 problem', async () => {
      for (const query of [
        'kind=demotion',
        'from=2025-01-01&to=2024-01-01',
        'teamId=x',
        'from=yesterday',
        'by=team',
        'nope=1',
        'from=2000-01-01&to=2025-12-31',
        'from=2000-01-01',
      ]) {
        const response = await get('harper@acme.test', `/api/mobility/trends?${query}`);
        expect({ query, status: response.status }).toEqual({ query, status: 400 });
        expect(response.headers['content-type']).toContain('application/problem+json');
      }
      expect(
        (await get('harper@acme.test', '/api/mobility/trends?from=2016-01-01&to=2025-12-31')).status,
      ).toBe(200);
    });

    it("should never count another organization's moves", async () => {
      const globex = (await get('hana@globex.test', `/api/mobility/trends?teamId=${teamId}&from=2024-01-01`))
        .body as MobilityTrends;
      expect(globex.periods.every((period) => Object.values(period.counts).every((n) => n === 0))).toBe(true);
    });
  });

  describe('figures', () => {
    it('should match the hand-computed quarters of the fixture team', async () => {
      expect(await trends(`teamId=${teamId}&from=2024-01-01&to=2025-06-30`)).toEqual({
        bucket: 'quarter',
        from: '2024-01-01',
        to: '2025-06-30',
        periods: [
          { start: '2024-01-01', label: 'Q1 2024', counts: { ...zero, hire: 2 } },
          { start: '2024-04-01', label: 'Q2 2024', counts: { ...zero, promotion: 1, lateral: 1 } },
          { start: '2024-07-01', label: 'Q3 2024', counts: { ...zero, track_switch: 1 } },
          { start: '2024-10-01', label: 'Q4 2024', counts: zero },
          { start: '2025-01-01', label: 'Q1 2025', counts: { ...zero, promotion: 1, exit: 1 } },
          { start: '2025-04-01', label: 'Q2 2025', counts: zero },
        ],
      });
    });

    it('should count only the days of a partial first and last quarter', async () => {
      const report = await trends(`teamId=${teamId}&from=2024-02-11&to=2025-03-30`);
      expect(report.periods.map((period) => [period.label, period.counts])).toEqual([
        ['Q1 2024', { ...zero, hire: 1 }], // P1's hire (02-10) is a day early
        ['Q2 2024', { ...zero, promotion: 1, lateral: 1 }],
        ['Q3 2024', { ...zero, track_switch: 1 }],
        ['Q4 2024', zero],
        ['Q1 2025', { ...zero, exit: 1 }], // P1's promotion (03-31) is a day late
      ]);
    });

    it('should filter by kind and by discipline (either end of the move, any case)', async () => {
      const window = `teamId=${teamId}&from=2024-01-01&to=2025-06-30`;
      const nonZero = (report: MobilityTrends) =>
        report.periods
          .map((period) => [period.label, Object.entries(period.counts).filter(([, n]) => n > 0)])
          .filter(([, counts]) => counts.length > 0);
      expect(pmDiscipline.toLowerCase()).not.toBe(pmmDiscipline.toLowerCase());
      expect(nonZero(await trends(`${window}&kind=promotion`))).toEqual([
        ['Q2 2024', [['promotion', 1]]],
        ['Q1 2025', [['promotion', 1]]],
      ]);
      expect(
        nonZero(await trends(`${window}&discipline=${encodeURIComponent(pmDiscipline.toUpperCase())}`)),
      ).toEqual([
        ['Q1 2024', [['hire', 1]]],
        ['Q2 2024', [['lateral', 1]]],
      ]);
      expect(
        nonZero(await trends(`${window}&discipline=${encodeURIComponent(pmmDiscipline)}&kind=hire`)),
      ).toEqual([['Q1 2024', [['hire', 1]]]]);
    });

    it('should default to the last eight quarters up to today', async () => {
      const report = await trends(`teamId=${teamId}`);
      const today = new Date().toISOString().slice(0, 10);
      expect(report.to).toBe(today);
      expect(report.periods).toHaveLength(8);
      expect(report.periods[7].start <= today).toBe(true);
      expect(report.from).toBe(report.periods[0].start);
    });

    it('should count, quarter by quarter, the moves GET /api/mobility/paths counts', async () => {
      // The whole demo organization, no team filter: the two endpoints must agree.
      const report = await trends('from=2023-01-01&to=2025-12-31');
      for (const period of report.periods) {
        const end = new Date(`${period.start}T00:00:00Z`);
        end.setUTCMonth(end.getUTCMonth() + 3);
        end.setUTCDate(0);
        const paths = (
          await get(
            'harper@acme.test',
            `/api/mobility/paths?by=team&from=${period.start}&to=${end.toISOString().slice(0, 10)}`,
          )
        ).body as MobilityPathsReport;
        const sum = Object.values(period.counts).reduce((total, n) => total + n, 0);
        expect({ quarter: period.label, total: sum }).toEqual({ quarter: period.label, total: paths.total });
      }
    });
  });

  it('should read in a constant number of statements, one counting them all', async () => {
    const harper = await t.bearer('harper@acme.test');
    const record = () =>
      t.recordQueries(() =>
        t.http
          .get('/api/mobility/trends?from=2016-01-01&to=2025-12-31')
          .set('Authorization', harper)
          .expect(200),
      );
    const before = await record();
    for (let year = 2016; year < 2026; year += 1) {
      await addMove('P1', 'lateral', `${year}-02-01`, PMM1, PMM1);
      await addMove('P2', 'promotion', `${year}-08-01`, PMM1, PMM2);
    }
    const after = await record();
    expect(after.length).toBe(before.length);
    // 4 for authentication (a transaction reading the actor) + BEGIN, set_config, the count, COMMIT.
    expect(before).toHaveLength(8);
    expect(before.filter((sql) => /\bFROM moves\b/.test(sql))).toHaveLength(1);
  });
});
