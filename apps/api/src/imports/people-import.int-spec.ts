import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { MobilityPathsReport, PeopleImportResult, Problem } from '@trellis/domain';

import { startTestApp, TestApp } from '../../test/int/test-app';
import {
  importCsv,
  newPeopleRows,
  organizationRows,
  type ImportRow,
  type OrganizationRows,
} from './people-import-fixtures';

type ImportProblem = Problem & { importErrors?: { line: number; column?: string; reason: string }[] };

describe('Org chart import (POST /api/imports/people)', () => {
  let t: TestApp;
  let acme: OrganizationRows;
  let tokens: Record<string, string>;
  let promotedLevel: string;

  const send = (who: string, csv: string, mode?: 'dry-run' | 'apply') =>
    t.http
      .post(`/api/imports/people${mode ? `?mode=${mode}` : ''}`)
      .set('Authorization', `Bearer ${tokens[who] ?? ''}`)
      .set('Content-Type', 'text/csv')
      .send(csv);
  const counts = async () =>
    (
      await t.dataSource.query<{ people: number; moves: number; audit: number }[]>(
        `SELECT (SELECT count(*)::int FROM people) AS people, (SELECT count(*)::int FROM moves) AS moves,
                (SELECT count(*)::int FROM audit_events) AS audit`,
      )
    )[0];
  const rowOf = (email: string): ImportRow => {
    const row = acme.rows.find((r) => r[0] === email);
    if (!row) throw new Error(`${email} is not in the demo`);
    return [...row];
  };
  const NEW_PERSON: ImportRow = [
    'quinn@acme.test',
    'Quinn Avery',
    'Software Engineer',
    'Growth',
    'jordan@acme.test',
    'engineer-1',
    '2026-01-05',
  ];

  beforeAll(async () => {
    t = await startTestApp();
    tokens = {};
    for (const who of ['harper@acme.test', 'avery@acme.test', 'lee@acme.test', 'hana@globex.test']) {
      tokens[who.split('@')[0] ?? who] = (await t.signIn(who)).accessToken;
    }
    acme = await organizationRows(t.dataSource, 'acme');
    const [lee] = await t.dataSource.query<{ track: string; rank: number }[]>(
      `SELECT tr.key AS track, l.rank FROM people p JOIN levels l ON l.id = p.level_id
         JOIN tracks tr ON tr.id = l.track_id WHERE p.email = 'lee@acme.test'`,
    );
    promotedLevel = acme.levelKeys.get(`${lee?.track}#${(lee?.rank ?? 0) + 1}`) ?? '';
    expect(promotedLevel).not.toBe('');
  });
  afterAll(() => t.close());

  it('should find nothing to change in the organization as it stands (a dry run by default)', async () => {
    const response = await send('harper', importCsv(acme.rows)).expect(200);
    const result = response.body as PeopleImportResult;
    expect(result).toEqual({
      mode: 'dry-run',
      rows: acme.rows.length,
      errors: [],
      summary: { create: 0, update: 0, unchanged: acme.rows.length, moves: [] },
    });
  });

  it('should find the one bad row of the e2e fixture, and a clean promotion and hire in its correction', async () => {
    const fixture = (name: string) => readFileSync(join(__dirname, '../../../../e2e/fixtures', name), 'utf8');
    const bad = (await send('harper', fixture('people-import-bad.csv')).expect(200))
      .body as PeopleImportResult;
    expect(bad.errors).toEqual([
      {
        line: 3,
        column: 'manager email',
        reason: expect.stringContaining('Unknown manager jordn@acme.test'),
      },
    ]);
    const good = (await send('harper', fixture('people-import-good.csv')).expect(200))
      .body as PeopleImportResult;
    expect(good.errors).toEqual([]);
    expect(good.summary).toMatchObject({
      create: 1,
      update: 1,
      moves: [expect.objectContaining({ email: 'lee@acme.test', kind: 'promotion' })],
    });
  });

  it('should report every kind of bad row with its line, column and reason, and change nothing', async () => {
    const before = await counts();
    const morganUnderPriya = rowOf('morgan@acme.test');
    morganUnderPriya[4] = 'priya@acme.test'; // Priya reports to Morgan: a cycle through stored people
    const rows: ImportRow[] = [
      rowOf('priya@acme.test'), // line 2
      [...NEW_PERSON.slice(0, 4), 'ghost@acme.test', ...NEW_PERSON.slice(5)] as ImportRow, // 3
      morganUnderPriya, // 4
      ['x1@acme.test', 'X', 'Engineer', 'Growth', '', 'Wizard', ''], // 5
      ['x2@acme.test', 'X', 'Engineer', 'Growth', '', 'engineer-1', '2026-02-30'], // 6
      ['PRIYA@acme.test', 'Priya', 'Engineer', 'Growth', '', 'engineer-1', ''], // 7
      ['x3@acme.test', '', 'Engineer', 'Growth', '', 'engineer-1', ''], // 8
      ['not-an-email', 'X', 'Engineer', 'Growth', '', 'engineer-1', ''], // 9
      ['x4@acme.test', 'X', 'Engineer', 'Narnia', '', 'engineer-1', ''], // 10
      ['x5@acme.test', 'X', 'Engineer', 'Growth', 'x6@acme.test', 'engineer-1', ''], // 11
      ['x6@acme.test', 'X', 'Engineer', 'Growth', 'x5@acme.test', 'engineer-1', ''], // 12
    ];
    const response = await send('harper', importCsv(rows), 'dry-run').expect(200);
    const { errors } = response.body as PeopleImportResult;
    expect(errors.map((e) => [e.line, e.column, e.reason.split(/[:“]/)[0]?.trim()])).toEqual([
      [2, 'manager email', 'Manager cycle'], // Priya → Morgan → Priya, once line 4 applies
      [3, 'manager email', 'Unknown manager ghost@acme.test'],
      [4, 'manager email', 'Manager cycle'],
      [5, 'level', 'Unknown level'],
      [6, 'hire date', '2026-02-30 is not a calendar date'],
      [7, 'email', 'Duplicate email'],
      [8, 'name', 'Missing name'],
      [9, 'email', ''],
      [10, 'team', 'Unknown team'],
      [11, 'manager email', 'Manager cycle'],
      [12, 'manager email', 'Manager cycle'],
    ]);
    expect(await counts()).toEqual(before);
  });

  it('should refuse an apply with one bad row (422, the row reported) and change nothing', async () => {
    const before = await counts();
    const lee = rowOf('lee@acme.test');
    lee[5] = promotedLevel;
    const bad: ImportRow = [...NEW_PERSON];
    bad[4] = 'nobody@acme.test';
    const response = await send('harper', importCsv([lee, bad]), 'apply').expect(422);
    const problem = response.body as ImportProblem;
    expect(problem.importErrors).toEqual([
      {
        line: 3,
        column: 'manager email',
        reason: expect.stringContaining('Unknown manager nobody@acme.test'),
      },
    ]);
    expect(problem.errors).toEqual([{ path: 'line 3, manager email', message: expect.any(String) }]);
    expect(await counts()).toEqual(before);
    const [stored] = await t.dataSource.query<{ key: string }[]>(
      `SELECT l.key FROM people p JOIN levels l ON l.id = p.level_id WHERE p.email = 'lee@acme.test'`,
    );
    expect(stored?.key).not.toBe(promotedLevel);
  });

  it('should apply the corrected file: people updated and created, moves recorded, one audit event', async () => {
    const before = await counts();
    const lee = rowOf('lee@acme.test');
    lee[5] = promotedLevel;
    const csv = importCsv([lee, NEW_PERSON, rowOf('priya@acme.test')]);
    const response = await send('avery', csv, 'apply').expect(200);
    const result = response.body as PeopleImportResult;
    expect(result.summary).toEqual({
      create: 1,
      update: 1,
      unchanged: 1,
      moves: [expect.objectContaining({ line: 2, email: 'lee@acme.test', kind: 'promotion' })],
    });
    expect(await counts()).toEqual({
      people: (before?.people ?? 0) + 1,
      moves: (before?.moves ?? 0) + 2,
      audit: (before?.audit ?? 0) + 1,
    });
    const [quinn] = await t.dataSource.query<
      { roles: string[]; password_hash: string | null; manager: string; hire_date: string }[]
    >(
      `SELECT p.roles, p.password_hash, m.email AS manager, to_char(p.hire_date, 'YYYY-MM-DD') AS hire_date
         FROM people p JOIN people m ON m.id = p.manager_id WHERE p.email = 'quinn@acme.test'`,
    );
    expect(quinn).toEqual({
      roles: ['member'],
      password_hash: null,
      manager: 'jordan@acme.test',
      hire_date: '2026-01-05',
    });
    // No password: Quinn cannot sign in until invited.
    await t.http
      .post('/api/auth/login')
      .send({ email: 'quinn@acme.test', password: 'trellis-demo' })
      .expect(401);

    const today = new Date().toISOString().slice(0, 10);
    const paths = await t.http
      .get(`/api/mobility/paths?from=${today}&to=${today}&kind=promotion`)
      .set('Authorization', `Bearer ${tokens['harper'] ?? ''}`)
      .expect(200);
    expect((paths.body as MobilityPathsReport).total).toBe(1);
    const hires = await t.http
      .get(`/api/mobility/paths?from=2026-01-05&to=2026-01-05&kind=hire`)
      .set('Authorization', `Bearer ${tokens['harper'] ?? ''}`)
      .expect(200);
    expect((hires.body as MobilityPathsReport).total).toBeGreaterThanOrEqual(1);

    // Idempotent: the same file again changes nothing.
    const again = await send('harper', csv, 'apply').expect(200);
    expect((again.body as PeopleImportResult).summary).toEqual({
      create: 0,
      update: 0,
      unchanged: 3,
      moves: [],
    });
    const after = await counts();
    expect({ people: after?.people, moves: after?.moves }).toEqual({
      people: (before?.people ?? 0) + 1,
      moves: (before?.moves ?? 0) + 2,
    });
  });

  it('should import into the caller’s organization only: Acme is unknown to Globex’s HR', async () => {
    const before = await counts();
    const globex = await organizationRows(t.dataSource, 'globex');
    const hanaFile = importCsv([
      ['new@globex.test', 'New', 'Engineer', globex.teams[0] ?? '', 'harper@acme.test', 'engineer-1', ''],
      ['lee@acme.test', 'Lee', 'Engineer', globex.teams[0] ?? '', '', 'engineer-1', ''],
    ]);
    const response = await send('hana', hanaFile, 'apply').expect(422);
    expect((response.body as ImportProblem).importErrors).toEqual([
      {
        line: 2,
        column: 'manager email',
        reason: expect.stringContaining('Unknown manager harper@acme.test'),
      },
      { line: 3, column: 'email', reason: expect.stringContaining('outside your organization') },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('should send a constant number of statements for 10 and for 1,000 rows', async () => {
    const statementsFor = async (count: number, prefix: string) => {
      const rows = newPeopleRows(count, {
        prefix,
        domain: 'acme.test',
        team: 'Platform',
        managerEmail: 'lee@acme.test',
        level: 'engineer-1',
      });
      const dryRun = await t.recordQueries(() => send('harper', importCsv(rows)).expect(200));
      const apply = await t.recordQueries(() => send('harper', importCsv(rows), 'apply').expect(200));
      return { dryRun: dryRun.length, apply: apply.length };
    };
    const small = await statementsFor(10, 'small');
    const large = await statementsFor(1000, 'large');
    expect(large).toEqual(small);
    // The caller's roles (4: BEGIN, tenant setting, read, COMMIT), then BEGIN, the tenant
    // setting, 4 reads, COMMIT; an apply of new people adds the lock, the insert, the
    // moves and the audit event (an update of existing people adds one more).
    expect(small).toEqual({ dryRun: 11, apply: 15 });
  });

  it('should refuse other roles (403), other media types (415) and files over 5 MB (413)', async () => {
    await send('lee', importCsv([])).expect(403);
    await t.http
      .post('/api/imports/people')
      .set('Authorization', `Bearer ${tokens['harper'] ?? ''}`)
      .send({ csv: 'email' })
      .expect(415);
    await send('harper', `${importCsv([])}${'x'.repeat(5 * 1024 * 1024)}`).expect(413);
    await send('harper', importCsv([]), 'bogus' as 'apply').expect(400);
  });
});
