import {
  ACTION_KINDS,
  CONVERSATION_STATUSES,
  CONVERSATION_TOPICS,
  EVIDENCE_KINDS,
  EVIDENCE_STATUSES,
  GROWTH_STATUSES,
  MOVE_KINDS,
} from '@trellis/domain';

import { startTestApp, TestApp } from '../../test/int/test-app';
import { PasswordHasher } from '../auth/password-hasher';
import { demoOrganizationId } from './demo-id';
import { seedDemoOrganizations } from './demo-seed';

const ACME = demoOrganizationId('acme');
const GLOBEX = demoOrganizationId('globex');

describe('The demo organizations (seeded by the start command)', () => {
  let t: TestApp;
  const rows = <T>(sql: string, params: unknown[] = []): Promise<T[]> => t.dataSource.query<T[]>(sql, params);
  const values = async (sql: string, params: unknown[] = []): Promise<string[]> =>
    (await rows<{ value: string }>(sql, params)).map((row) => row.value);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('should insert nothing and change nothing when seeded a second time', async () => {
    const tables = await values(
      `SELECT tablename AS value FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`,
    );
    const fingerprint = () =>
      Promise.all(
        tables.map(async (table) => {
          const [row] = await values(
            `SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS value FROM "${table}" x`,
          );
          return `${table}:${row}`;
        }),
      );
    const before = await fingerprint();

    const report = await seedDemoOrganizations(t.dataSource, t.app.get(PasswordHasher));

    expect(Object.entries(report).filter(([, inserted]) => inserted !== 0)).toEqual([]);
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(['people', 'moves', 'evidence', 'conversations', 'notifications']),
    );
    expect(await fingerprint()).toEqual(before);
  });

  it('should give Acme at least 60 active people in at least 6 teams, everyone on the ladder with a level', async () => {
    const [acme] = await rows<{ people: number; teams: number; unlevelled: number }>(
      `SELECT count(*) FILTER (WHERE p.active)::int AS people,
              count(DISTINCT p.team_id) FILTER (WHERE p.active)::int AS teams,
              count(*) FILTER (WHERE p.level_id IS NULL AND t.name NOT IN ('People', 'Operations'))::int AS unlevelled
         FROM people p JOIN teams t ON t.id = p.team_id WHERE p.organization_id = $1`,
      [ACME],
    );
    expect(acme?.people).toBeGreaterThanOrEqual(60);
    expect(acme?.teams).toBeGreaterThanOrEqual(6);
    expect(acme?.unlevelled).toBe(0);
  });

  it('should give the personas the levels of their titles and only them a password', async () => {
    const personas = await rows<{ email: string; level: string }>(
      `SELECT p.email, l.key AS level FROM people p JOIN levels l ON l.id = p.level_id
        WHERE p.email IN ('morgan@acme.test', 'priya@acme.test', 'sam@acme.test', 'jordan@acme.test', 'lee@acme.test')
        ORDER BY p.email`,
    );
    expect(personas).toEqual([
      { email: 'jordan@acme.test', level: 'engineering-manager' },
      { email: 'lee@acme.test', level: 'senior-engineer' },
      { email: 'morgan@acme.test', level: 'pmm-director' },
      { email: 'priya@acme.test', level: 'senior-pmm' },
      { email: 'sam@acme.test', level: 'pmm-2' },
    ]);
    const withPassword = await values(
      `SELECT email AS value FROM people WHERE password_hash IS NOT NULL ORDER BY 1`,
    );
    expect(withPassword).toEqual(
      [
        'avery@acme.test',
        'diego@globex.test',
        'hana@globex.test',
        'harper@acme.test',
        'jordan@acme.test',
        'lee@acme.test',
        'mei@globex.test',
        'morgan@acme.test',
        'priya@acme.test',
        'sam@acme.test',
      ].sort(),
    );
  });

  it('should hold three years of moves of every kind, consistent with where people are now', async () => {
    const kinds = await values(
      `SELECT DISTINCT kind AS value FROM moves WHERE organization_id = $1 AND occurred_on >= '2023-11-22' ORDER BY 1`,
      [ACME],
    );
    expect(kinds).toEqual([...MOVE_KINDS].sort());
    // The last move of everyone still here lands on their current level and team; leavers are inactive.
    const inconsistent = await rows(
      `SELECT p.email FROM people p
         JOIN LATERAL (SELECT * FROM moves m WHERE m.person_id = p.id ORDER BY m.occurred_on DESC LIMIT 1) last ON true
        WHERE (last.kind = 'exit') = p.active
           OR (last.kind <> 'exit' AND (last.to_level_id <> p.level_id OR last.to_team_id <> p.team_id))`,
    );
    expect(inconsistent).toEqual([]);
    const priya = await values(
      `SELECT m.kind || ':' || l.key AS value FROM moves m JOIN levels l ON l.id = m.to_level_id
         JOIN people p ON p.id = m.person_id WHERE p.email = 'priya@acme.test' ORDER BY m.occurred_on`,
    );
    expect(priya).toEqual(['hire:pmm-2', 'promotion:senior-pmm']);
  });

  it('should hold evidence in every review state and kind, reviewed by the direct manager', async () => {
    expect(await values(`SELECT DISTINCT status AS value FROM evidence ORDER BY 1`)).toEqual(
      [...EVIDENCE_STATUSES].sort(),
    );
    expect(await values(`SELECT DISTINCT kind AS value FROM evidence ORDER BY 1`)).toEqual(
      [...EVIDENCE_KINDS].sort(),
    );
    const misreviewed = await rows(
      `SELECT e.title FROM evidence e
         LEFT JOIN evidence_reviews r ON r.evidence_id = e.id
         JOIN people p ON p.id = e.person_id
        WHERE (e.status = 'submitted') <> (r.id IS NULL)
           OR r.reviewer_id <> p.manager_id OR r.decision <> e.status OR r.evidence_version <> e.version
           OR (e.status = 'accepted' AND r.strength IS NULL)`,
    );
    expect(misreviewed).toEqual([]);
    const priyaStatuses = await values(
      `SELECT DISTINCT e.status AS value FROM evidence e JOIN people p ON p.id = e.person_id
        WHERE p.email = 'priya@acme.test' ORDER BY 1`,
    );
    expect(priyaStatuses).toEqual([...EVIDENCE_STATUSES].sort());
  });

  it('should hold plans with every action kind and status', async () => {
    expect(await values(`SELECT DISTINCT kind AS value FROM growth_actions ORDER BY 1`)).toEqual(
      [...ACTION_KINDS].sort(),
    );
    expect(await values(`SELECT DISTINCT status AS value FROM growth_actions ORDER BY 1`)).toEqual(
      [...GROWTH_STATUSES].sort(),
    );
    expect(await values(`SELECT DISTINCT status AS value FROM goals ORDER BY 1`)).toEqual(
      [...GROWTH_STATUSES].sort(),
    );
  });

  it('should hold conversations in every state and topic, only between reports and their managers', async () => {
    expect(await values(`SELECT DISTINCT status AS value FROM conversations ORDER BY 1`)).toEqual(
      [...CONVERSATION_STATUSES].sort(),
    );
    expect(await values(`SELECT DISTINCT topic AS value FROM conversations ORDER BY 1`)).toEqual(
      [...CONVERSATION_TOPICS].sort(),
    );
    const strays = await rows(
      `SELECT c.id FROM conversations c JOIN people r ON r.id = c.report_id WHERE r.manager_id <> c.manager_id`,
    );
    expect(strays).toEqual([]);
    // Every held conversation has a shared note and a private note from each participant.
    const heldWithoutNotes = await rows(
      `SELECT c.id FROM conversations c WHERE c.status = 'held' AND 3 <> (
         SELECT count(*) FROM conversation_notes n WHERE n.conversation_id = c.id
            AND (n.visibility = 'shared' OR n.author_id IN (c.report_id, c.manager_id)))`,
    );
    expect(heldWithoutNotes).toEqual([]);
    const [items] = await rows<{ done: number; linked: number }>(
      `SELECT count(*) FILTER (WHERE done)::int AS done, count(growth_action_id)::int AS linked FROM action_items`,
    );
    expect(items?.done).toBeGreaterThan(0);
    expect(items?.linked).toBeGreaterThan(0);
  });

  it('should have Priya ask Morgan for a conversation about her aspiration', async () => {
    const priya = await rows<{ status: string; topic: string; manager: string }>(
      `SELECT c.status, c.topic, m.email AS manager FROM conversations c
         JOIN people p ON p.id = c.report_id JOIN people m ON m.id = c.manager_id
        WHERE p.email = 'priya@acme.test' AND c.requester_id = p.id AND c.status = 'requested'`,
    );
    expect(priya).toEqual([{ status: 'requested', topic: 'aspiration', manager: 'morgan@acme.test' }]);
  });

  it('should leave a report of Jordan without a held career conversation for over 90 days', async () => {
    const overdue = await values(
      `SELECT p.email AS value FROM people p JOIN people m ON m.id = p.manager_id
        WHERE m.email = 'jordan@acme.test' AND p.active AND NOT EXISTS (
          SELECT 1 FROM conversations c WHERE c.report_id = p.id AND c.status = 'held'
             AND c.held_at > timestamptz '2026-11-22' - interval '90 days')`,
    );
    expect(overdue).toEqual(expect.arrayContaining(['noah.fischer@acme.test', 'zara.ahmed@acme.test']));
  });

  it('should have Priya report to Morgan and aim for Manager, Product Marketing, shared with HR; Sam not shared', async () => {
    const aspirations = await rows<{ email: string; manager: string; target: string; shared: boolean }>(
      `SELECT p.email, m.email AS manager, l.key AS target, a.shared_with_hr AS shared
         FROM aspirations a JOIN people p ON p.id = a.person_id JOIN people m ON m.id = p.manager_id
         JOIN levels l ON l.id = a.target_level_id
        WHERE p.email IN ('priya@acme.test', 'sam@acme.test') ORDER BY p.email`,
    );
    expect(aspirations).toEqual([
      { email: 'priya@acme.test', manager: 'morgan@acme.test', target: 'pmm-manager', shared: true },
      { email: 'sam@acme.test', manager: 'morgan@acme.test', target: 'pm', shared: false },
    ]);
  });

  it('should open a Manager, Product Marketing seat on Product Marketing', async () => {
    const seats = await rows(
      `SELECT p.status, l.key AS level, t.name AS team FROM positions p
         JOIN levels l ON l.id = p.level_id JOIN teams t ON t.id = p.team_id
        WHERE p.organization_id = $1 AND p.title = 'Manager, Product Marketing'`,
      [ACME],
    );
    expect(seats).toEqual([{ status: 'open', level: 'pmm-manager', team: 'Product Marketing' }]);
  });

  it('should give Globex rows of its own, with its own published ladder', async () => {
    const [globex] = await rows<Record<string, number>>(
      `SELECT (SELECT count(*) FROM people WHERE organization_id = $1)::int AS people,
              (SELECT count(*) FROM frameworks WHERE organization_id = $1 AND status = 'published')::int AS frameworks,
              (SELECT count(*) FROM moves WHERE organization_id = $1)::int AS moves,
              (SELECT count(*) FROM aspirations WHERE organization_id = $1)::int AS aspirations,
              (SELECT count(*) FROM conversations WHERE organization_id = $1)::int AS conversations`,
      [GLOBEX],
    );
    expect(globex).toEqual({
      people: expect.any(Number) as number,
      frameworks: 1,
      moves: expect.any(Number) as number,
      aspirations: 1,
      conversations: 1,
    });
    expect(globex?.people).toBeGreaterThanOrEqual(5);
  });

  it('should never point from one organization into another', async () => {
    const crossings = await rows(
      `SELECT 'manager' AS ref, p.id FROM people p JOIN people m ON m.id = p.manager_id
        WHERE m.organization_id <> p.organization_id
       UNION ALL SELECT 'level', p.id FROM people p JOIN levels l ON l.id = p.level_id
        WHERE l.organization_id <> p.organization_id
       UNION ALL SELECT 'team', p.id FROM people p JOIN teams t ON t.id = p.team_id
        WHERE t.organization_id <> p.organization_id
       UNION ALL SELECT 'reviewer', r.id FROM evidence_reviews r JOIN people p ON p.id = r.reviewer_id
        WHERE p.organization_id <> r.organization_id
       UNION ALL SELECT 'conversation', c.id FROM conversations c JOIN people p ON p.id IN (c.report_id, c.manager_id)
        WHERE p.organization_id <> c.organization_id
       UNION ALL SELECT 'move', m.id FROM moves m JOIN levels l ON l.id IN (m.from_level_id, m.to_level_id)
        WHERE l.organization_id <> m.organization_id`,
    );
    expect(crossings).toEqual([]);
    const acmeFrameworks = await values(`SELECT id AS value FROM frameworks WHERE organization_id = $1`, [
      ACME,
    ]);
    const globexFrameworks = await values(`SELECT id AS value FROM frameworks WHERE organization_id = $1`, [
      GLOBEX,
    ]);
    expect(acmeFrameworks).toHaveLength(1);
    expect(acmeFrameworks).not.toEqual(globexFrameworks);
  });
});
