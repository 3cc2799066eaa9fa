import fc from 'fast-check';

import { serializeCsv } from './csv';
import {
  dateProblem,
  importEmailsOf,
  planPeopleImport,
  type ImportLevel,
  type ImportOrganization,
  type ImportPerson,
} from './people-import-rules';

// A small organization: two teams, an IC and a management track, three people.
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const TEAM = { eng: id(1), pm: id(2), twinA: id(3), twinB: id(4) };
const level = (
  n: number,
  key: string,
  name: string,
  rank: number,
  track = 'eng-ic',
  current = true,
): ImportLevel => ({
  id: id(100 + n),
  key,
  name,
  rank,
  trackKey: track,
  trackKind: track.endsWith('mgmt') ? 'management' : 'ic',
  discipline: 'Engineering',
  current,
});
const LEVELS = {
  e1: level(1, 'engineer-1', 'Engineer I', 1),
  e2: level(2, 'engineer-2', 'Engineer II', 2),
  em: level(3, 'engineering-manager', 'Engineering Manager', 1, 'eng-mgmt'),
  // The same step as Engineer II in an older version of the ladder.
  e2old: level(4, 'engineer-2', 'Engineer II', 2, 'eng-ic', false),
  dupA: level(5, 'x-a', 'Shared name', 3),
  dupB: level(6, 'x-b', 'Shared name', 2, 'eng-mgmt'),
};
const person = (n: number, email: string, patch: Partial<ImportPerson> = {}): ImportPerson => ({
  id: id(200 + n),
  email,
  name: email.split('@')[0] ?? email,
  title: 'Engineer',
  teamId: TEAM.eng,
  managerId: null,
  levelId: LEVELS.e1.id,
  hireDate: '2020-01-01',
  active: true,
  ...patch,
});
const BOSS = person(1, 'boss@acme.test', { title: 'Director', levelId: LEVELS.em.id });
const LEE = person(2, 'lee@acme.test', { managerId: BOSS.id });
const GONE = person(3, 'gone@acme.test', { active: false, managerId: BOSS.id });

const ORG: ImportOrganization = {
  people: [BOSS, LEE, GONE],
  teams: [
    { id: TEAM.eng, name: 'Engineering' },
    { id: TEAM.pm, name: 'Product Management' },
    { id: TEAM.twinA, name: 'Twins' },
    { id: TEAM.twinB, name: 'twins' },
  ],
  levels: Object.values(LEVELS),
  emailsElsewhere: new Set(['hana@globex.test']),
};

const HEADER = ['email', 'name', 'title', 'team', 'manager email', 'level', 'hire date'];
const csv = (...rows: string[][]) => serializeCsv([HEADER, ...rows]);
// The stored state of a person as a row: importing it changes nothing.
const rowOf = (p: ImportPerson, manager = ''): string[] => [
  p.email,
  p.name,
  p.title,
  'Engineering',
  manager,
  Object.values(LEVELS).find((l) => l.id === p.levelId)?.key ?? '',
  p.hireDate ?? '',
];
const NEW_ROW = [
  'new@acme.test',
  'New Person',
  'Engineer',
  'Engineering',
  'lee@acme.test',
  'engineer-1',
  '2026-01-05',
];

describe('planPeopleImport', () => {
  it('should plan nothing for a file that matches the organization', () => {
    const plan = planPeopleImport(csv(rowOf(BOSS), rowOf(LEE, 'boss@acme.test')), ORG);
    expect(plan).toEqual({ rows: 2, errors: [], creates: [], updates: [], unchanged: 2, moves: [] });
  });

  it('should create new people with their manager named by email', () => {
    const plan = planPeopleImport(csv(NEW_ROW), ORG);
    expect(plan.errors).toEqual([]);
    expect(plan.creates).toEqual([
      {
        line: 2,
        email: 'new@acme.test',
        name: 'New Person',
        title: 'Engineer',
        teamId: TEAM.eng,
        levelId: LEVELS.e1.id,
        managerEmail: 'lee@acme.test',
        hireDate: '2026-01-05',
      },
    ]);
  });

  it('should record a promotion when a level goes up its track', () => {
    const promoted = [...rowOf(LEE, 'boss@acme.test')];
    promoted[5] = 'Engineer II';
    const plan = planPeopleImport(csv(promoted), ORG);
    expect(plan.updates).toEqual([expect.objectContaining({ id: LEE.id, levelId: LEVELS.e2.id })]);
    expect(plan.moves).toEqual([
      {
        line: 2,
        email: LEE.email,
        name: LEE.name,
        kind: 'promotion',
        fromLevelId: LEVELS.e1.id,
        toLevelId: LEVELS.e2.id,
        fromTeamId: TEAM.eng,
        toTeamId: TEAM.eng,
      },
    ]);
  });

  it.each([
    ['a team change at the same level is lateral', 'Product Management', 'engineer-1', 'lateral'],
    ['IC to manager is a track switch', 'Engineering', 'engineering-manager', 'track_switch'],
  ])('should record a move: %s', (_, team, levelKey, kind) => {
    const row = [...rowOf(LEE, 'boss@acme.test')];
    row[3] = team;
    row[5] = levelKey;
    expect(planPeopleImport(csv(row), ORG).moves).toEqual([expect.objectContaining({ kind })]);
  });

  it('should update without a move when only the title or manager changes', () => {
    const row = [...rowOf(LEE, '')];
    row[2] = 'Senior-ish Engineer';
    const plan = planPeopleImport(csv(row), ORG);
    expect(plan.updates).toHaveLength(1);
    expect(plan.moves).toEqual([]);
  });

  it('should record no move for the same step of a newer ladder version', () => {
    const onOld = person(4, 'old@acme.test', { levelId: LEVELS.e2old.id });
    const org = { ...ORG, people: [...ORG.people, onOld] };
    const row = [...rowOf(onOld)];
    row[5] = 'engineer-2';
    const plan = planPeopleImport(csv(row), org);
    expect(plan.updates).toEqual([expect.objectContaining({ levelId: LEVELS.e2.id })]);
    expect(plan.moves).toEqual([]);
  });

  it('should take someone off the ladder (a blank level) without a move, and place them back without one', () => {
    const off = [...rowOf(LEE, 'boss@acme.test')];
    off[5] = '';
    expect(planPeopleImport(csv(off), ORG)).toMatchObject({
      updates: [expect.objectContaining({ levelId: null })],
      moves: [],
    });
    const unplaced = person(5, 'hr@acme.test', { levelId: null });
    const placed = [...rowOf(unplaced)];
    placed[5] = 'engineer-1';
    expect(planPeopleImport(csv(placed), { ...ORG, people: [...ORG.people, unplaced] })).toMatchObject({
      updates: [expect.objectContaining({ levelId: LEVELS.e1.id })],
      moves: [],
    });
  });

  it('should keep the stored hire date when the file leaves it blank', () => {
    const row = [...rowOf(LEE, 'boss@acme.test')];
    row[6] = '';
    expect(planPeopleImport(csv(row), ORG)).toMatchObject({ unchanged: 1, updates: [] });
  });

  it('should read headers case-insensitively, with spaces or underscores, in any order', () => {
    const text = serializeCsv([
      ['Manager_Email', 'EMAIL', 'Name', 'Title', ' team ', 'Level', 'hireDate'],
      ['lee@acme.test', 'NEW@acme.test', 'New', 'Engineer', 'engineering', 'ENGINEER-1', ''],
    ]);
    const plan = planPeopleImport(text, ORG);
    expect(plan.errors).toEqual([]);
    expect(plan.creates).toEqual([
      expect.objectContaining({ email: 'new@acme.test', managerEmail: 'lee@acme.test', hireDate: null }),
    ]);
  });

  it('should skip blank lines', () => {
    const text = `${serializeCsv([HEADER])}\r\n,,,,,,\r\n${serializeCsv([NEW_ROW])}`;
    const plan = planPeopleImport(text, ORG);
    expect(plan).toMatchObject({ rows: 1, errors: [] });
    expect(plan.creates).toEqual([expect.objectContaining({ line: 4 })]);
  });
});

describe('planPeopleImport errors', () => {
  const errorsOf = (...rows: string[][]) => planPeopleImport(csv(...rows), ORG).errors;
  const withField = (index: number, value: string) => {
    const row = [...NEW_ROW];
    row[index] = value;
    return row;
  };

  it.each([
    [
      'an unknown manager',
      withField(4, 'nobody@acme.test'),
      'manager email',
      /Unknown manager nobody@acme.test/,
    ],
    ['a deactivated manager', withField(4, 'gone@acme.test'), 'manager email', /deactivated/],
    ['a manager email that is not one', withField(4, 'not-an-email'), 'manager email', /not a valid email/],
    ['an unknown level', withField(5, 'Wizard'), 'level', /Unknown level “Wizard”/],
    ['an ambiguous level name', withField(5, 'shared name'), 'level', /several tracks/],
    ['an old version’s level is not named', withField(5, 'Engineer III'), 'level', /Unknown level/],
    ['an unknown team', withField(3, 'Narnia'), 'team', /Unknown team “Narnia”.*create it first/],
    ['an ambiguous team', withField(3, 'TWINS'), 'team', /several teams/],
    ['a bad date', withField(6, '05/01/2026'), 'hire date', /not a date in the form YYYY-MM-DD/],
    ['an impossible date', withField(6, '2026-02-30'), 'hire date', /not a calendar date/],
    ['a bad email', withField(0, 'new-at-acme'), 'email', /not a valid email/],
    ['a missing name', withField(1, '  '), 'name', /Missing name/],
    ['a missing team', withField(3, ''), 'team', /Missing team/],
    ['an unstorable character', withField(2, 'Eng\u0000ineer'), 'title', /cannot be stored/],
    ['a name too long', withField(1, 'x'.repeat(201)), 'name', /Longer than 200/],
    [
      'an email of another organization',
      withField(0, 'hana@globex.test'),
      'email',
      /outside your organization/,
    ],
    ['a deactivated person', withField(0, 'gone@acme.test'), 'email', /deactivated/],
  ])('should report %s with its line and column', (_, row, column, reason) => {
    expect(errorsOf(rowOf(BOSS), row)).toEqual([{ line: 3, column, reason: expect.stringMatching(reason) }]);
  });

  it('should report a duplicate email on the later line, naming the first', () => {
    expect(errorsOf(NEW_ROW, rowOf(LEE), withField(0, 'NEW@acme.test'))).toEqual([
      { line: 4, column: 'email', reason: 'Duplicate email: new@acme.test is already on line 2' },
    ]);
  });

  it('should report a manager cycle within the file on every row of it', () => {
    const a = ['a@acme.test', 'A', 'Eng', 'Engineering', 'b@acme.test', 'engineer-1', ''];
    const b = ['b@acme.test', 'B', 'Eng', 'Engineering', 'a@acme.test', 'engineer-1', ''];
    expect(errorsOf(a, b)).toEqual([
      { line: 2, column: 'manager email', reason: 'Manager cycle: a@acme.test → b@acme.test → a@acme.test' },
      { line: 3, column: 'manager email', reason: 'Manager cycle: a@acme.test → b@acme.test → a@acme.test' },
    ]);
  });

  it('should report a cycle through people already in the organization', () => {
    // Boss would report to Lee, who (stored) reports to Boss.
    expect(errorsOf(rowOf(BOSS, 'lee@acme.test'))).toEqual([
      { line: 2, column: 'manager email', reason: expect.stringMatching(/^Manager cycle: .*lee@acme.test/) },
    ]);
  });

  it('should report someone managing themself', () => {
    expect(errorsOf(withField(4, 'new@acme.test'))).toEqual([
      { line: 2, column: 'manager email', reason: 'Manager cycle: new@acme.test → new@acme.test' },
    ]);
  });

  it('should report every bad row, several problems of one row, in line order', () => {
    const bad = [...NEW_ROW];
    bad[5] = 'Wizard';
    bad[6] = 'yesterday';
    bad[4] = 'ghost@acme.test';
    bad[0] = 'other@acme.test';
    const errors = errorsOf(withField(3, 'Narnia'), rowOf(LEE), bad, withField(0, 'x'));
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'team'],
      [4, 'level'],
      [4, 'hire date'],
      [4, 'manager email'],
      [5, 'email'],
    ]);
  });

  it('should report a row with the wrong number of fields', () => {
    expect(errorsOf(['only', 'three', 'fields'])).toEqual([
      { line: 2, reason: 'Expected 7 fields, found 3' },
    ]);
  });

  it('should report header problems on line 1 and read no rows', () => {
    const text = serializeCsv([['email', 'name', 'name', 'team', 'boss', 'level', 'hire date'], NEW_ROW]);
    expect(planPeopleImport(text, ORG)).toEqual({
      rows: 1,
      errors: [
        { line: 1, column: 'name', reason: 'The column “name” appears twice' },
        { line: 1, column: 'boss', reason: expect.stringMatching(/^Unknown column “boss”/) },
        { line: 1, reason: 'The column “title” is missing' },
        { line: 1, reason: 'The column “manager email” is missing' },
      ],
      creates: [],
      updates: [],
      unchanged: 0,
      moves: [],
    });
  });

  it('should report an empty file', () => {
    expect(planPeopleImport('', ORG).errors).toEqual([{ line: 1, reason: expect.stringContaining('empty') }]);
    expect(planPeopleImport('\r\n', ORG).errors).toHaveLength(1);
  });

  it('should report CSV syntax errors with their lines', () => {
    const text = `${serializeCsv([HEADER])}new@acme.test,"unclosed,x,y,z,w,v\r\n`;
    expect(planPeopleImport(text, ORG).errors).toEqual([
      { line: 2, reason: expect.stringContaining('never closed') },
    ]);
  });

  it('should never plan a row that has an error, and count every data row', () => {
    const rowArb = fc.tuple(
      fc.constantFrom('a@acme.test', 'b@acme.test', 'lee@acme.test', 'bad', ''),
      fc.constantFrom('A', ''),
      fc.constant('T'),
      fc.constantFrom('Engineering', 'Narnia'),
      fc.constantFrom('', 'a@acme.test', 'b@acme.test', 'boss@acme.test', 'ghost@acme.test'),
      fc.constantFrom('engineer-1', 'engineer-2', 'Wizard'),
      fc.constantFrom('', '2024-01-01', '2024-13-01'),
    );
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 8 }), (rows) => {
        const plan = planPeopleImport(csv(...rows), ORG);
        const badLines = new Set(plan.errors.map((error) => error.line));
        const planned = [...plan.creates, ...plan.updates];
        for (const p of planned) expect(badLines.has(p.line)).toBe(false);
        expect(plan.rows).toBe(rows.length);
        expect(planned.length + plan.unchanged + badLines.size).toBe(rows.length);
      }),
    );
  });
});

describe('importEmailsOf', () => {
  it('should list the distinct emails of the email column, lower-cased', () => {
    expect(
      importEmailsOf(csv(NEW_ROW, withEmail('LEE@acme.test'), withEmail('lee@acme.test'), withEmail(''))),
    ).toEqual(['new@acme.test', 'lee@acme.test']);
    expect(importEmailsOf('')).toEqual([]);
    expect(importEmailsOf('name,title\r\nx,y')).toEqual([]);
  });
  const withEmail = (email: string) => [email, ...NEW_ROW.slice(1)];
});

describe('dateProblem', () => {
  it.each([
    ['2024-02-29', undefined],
    ['2023-02-29', /not a calendar date/],
    ['1899-12-31', /before 1900-01-01/],
    ['2024-1-5', /YYYY-MM-DD/],
  ])('should judge %s', (value, problem) => {
    const result = dateProblem(value);
    if (problem === undefined) expect(result).toBeUndefined();
    else expect(result).toMatch(problem);
  });
});
