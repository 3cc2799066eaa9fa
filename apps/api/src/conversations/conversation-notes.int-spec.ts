import type { Notes, Problem } from '@trellis/domain';

import { startTestApp, TestApp } from '../../test/int/test-app';
import { demoConversationId, demoPersonId } from '../demo/demo-id';

const PRIYA = demoPersonId('acme', 'priya');
const MORGAN = demoPersonId('acme', 'morgan');
const PLAN_REVIEW = demoConversationId('acme', 'priya-plan-review');
const PRIYA_ASPIRATION = demoConversationId('acme', 'priya-aspiration');
const SAM_LATERAL_MOVE = demoConversationId('acme', 'sam-lateral-move');

// From the demo's held plan review (apps/api/src/demo/acme/conversations-personas.ts).
const MORGANS_PRIVATE = 'Closer than she thinks on execution';
const PRIYAS_PRIVATE = 'Stop calling the mid-market work strategy';
const SHARED = 'Reviewed Priya’s plan toward Manager, Product Marketing.';

const OUTSIDERS = [
  'sam@acme.test',
  'jordan@acme.test',
  'lee@acme.test',
  'harper@acme.test',
  'avery@acme.test',
  'hana@globex.test',
];

describe('Conversation notes (GET/PUT /api/conversations/:id/notes/shared and /notes/private)', () => {
  let t: TestApp;
  const notesPath = (id: string, visibility: 'shared' | 'private') =>
    `/api/conversations/${id}/notes/${visibility}`;
  const read = async (email: string, id: string, visibility: 'shared' | 'private') =>
    t.http.get(notesPath(id, visibility)).set('Authorization', await t.bearer(email));
  const write = async (email: string, id: string, visibility: 'shared' | 'private', body: object) =>
    t.http
      .put(notesPath(id, visibility))
      .set('Authorization', await t.bearer(email))
      .send(body);
  const notesOf = async (email: string, id: string, visibility: 'shared' | 'private') =>
    (await read(email, id, visibility)).body as Notes;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('who reads what', () => {
    it('should show both participants the shared notes', async () => {
      for (const email of ['priya@acme.test', 'morgan@acme.test']) {
        const notes = await notesOf(email, PLAN_REVIEW, 'shared');
        expect(notes.body).toContain(SHARED);
        expect(notes).toMatchObject({ version: 1, updatedById: MORGAN });
      }
    });

    it("should give each participant their own private notes: Priya never reads Morgan's", async () => {
      const priyas = await read('priya@acme.test', PLAN_REVIEW, 'private');
      expect(priyas.status).toBe(200);
      expect((priyas.body as Notes).body).toContain(PRIYAS_PRIVATE);
      expect(priyas.text).not.toContain(MORGANS_PRIVATE);
      expect((priyas.body as Notes).updatedById).toBe(PRIYA);

      const morgans = await read('morgan@acme.test', PLAN_REVIEW, 'private');
      expect((morgans.body as Notes).body).toContain(MORGANS_PRIVATE);
      expect(morgans.text).not.toContain(PRIYAS_PRIVATE);
    });

    it('should not exist for anyone else (404): peers, skip-levels, other teams, HR, admins, other organizations', async () => {
      for (const email of OUTSIDERS) {
        for (const visibility of ['shared', 'private'] as const) {
          const response = await read(email, PLAN_REVIEW, visibility);
          expect([email, visibility, response.status]).toEqual([email, visibility, 404]);
          expect(response.text).not.toMatch(/Closer than she thinks|Stop calling|Reviewed Priya/);
          const put = await write(email, PLAN_REVIEW, visibility, { body: 'Overwritten', version: 1 });
          expect([email, visibility, put.status]).toEqual([email, visibility, 404]);
        }
      }
      expect((await notesOf('morgan@acme.test', PLAN_REVIEW, 'private')).body).toContain(MORGANS_PRIVATE);
    });

    it("should hide notes from a skip-level manager (404): Morgan above Jordan never reads Lee's", async () => {
      const JORDAN = demoPersonId('acme', 'jordan');
      const LEE_ASPIRATION = demoConversationId('acme', 'lee-aspiration');
      await t.dataSource.query(`UPDATE people SET manager_id = $1 WHERE id = $2`, [MORGAN, JORDAN]);
      try {
        for (const visibility of ['shared', 'private'] as const) {
          expect((await read('morgan@acme.test', LEE_ASPIRATION, visibility)).status).toBe(404);
          expect((await read('lee@acme.test', LEE_ASPIRATION, visibility)).status).toBe(200);
        }
      } finally {
        await t.dataSource.query(`UPDATE people SET manager_id = NULL WHERE id = $1`, [JORDAN]);
      }
    });

    it('should start empty at version 0 before anyone writes', async () => {
      for (const visibility of ['shared', 'private'] as const) {
        expect(await notesOf('priya@acme.test', PRIYA_ASPIRATION, visibility)).toEqual({
          body: '',
          version: 0,
          updatedAt: null,
          updatedById: null,
        });
      }
    });
  });

  describe('writing, without losing anyone’s update', () => {
    it('should create private notes per author: the first write of each sends version 0', async () => {
      const priyas = await write('priya@acme.test', PRIYA_ASPIRATION, 'private', {
        body: 'Ask about the budget',
        version: 0,
      });
      expect(priyas.status).toBe(200);
      expect(priyas.body as Notes).toMatchObject({
        body: 'Ask about the budget',
        version: 1,
        updatedById: PRIYA,
      });
      // Morgan still has none of his own, and never sees hers.
      expect(await notesOf('morgan@acme.test', PRIYA_ASPIRATION, 'private')).toMatchObject({
        body: '',
        version: 0,
      });
      const morgans = await write('morgan@acme.test', PRIYA_ASPIRATION, 'private', {
        body: 'Check with Harper',
        version: 0,
      });
      expect(morgans.status).toBe(200);
      expect((await notesOf('priya@acme.test', PRIYA_ASPIRATION, 'private')).body).toBe(
        'Ask about the budget',
      );
    });

    it("should let a private write only ever touch the caller's own note", async () => {
      // Both private notes of the plan review are at version 1: Priya's write changes hers alone.
      const response = await write('priya@acme.test', PLAN_REVIEW, 'private', {
        body: 'Mine, rewritten',
        version: 1,
      });
      expect(response.status).toBe(200);
      expect((await notesOf('morgan@acme.test', PLAN_REVIEW, 'private')).body).toContain(MORGANS_PRIVATE);
      expect((await notesOf('morgan@acme.test', PLAN_REVIEW, 'private')).version).toBe(1);
    });

    it('should take turns on the shared notes and refuse a stale version (409), keeping the newer text', async () => {
      const first = await write('morgan@acme.test', PRIYA_ASPIRATION, 'shared', {
        body: 'Agenda: the PMM seat',
        version: 0,
      });
      expect(first.status).toBe(200);
      const second = await write('priya@acme.test', PRIYA_ASPIRATION, 'shared', {
        body: 'Agenda: the PMM seat, timing',
        version: 1,
      });
      expect(second.body as Notes).toMatchObject({ version: 2, updatedById: PRIYA });

      const stale = await write('morgan@acme.test', PRIYA_ASPIRATION, 'shared', {
        body: 'From an old tab',
        version: 1,
      });
      expect(stale.status).toBe(409);
      expect((stale.body as Problem).detail).toMatch(/Reload/);
      // A second first write, and a version that was never issued, are stale too.
      expect(
        (await write('morgan@acme.test', PRIYA_ASPIRATION, 'shared', { body: 'x', version: 0 })).status,
      ).toBe(409);
      expect(
        (await write('morgan@acme.test', PRIYA_ASPIRATION, 'shared', { body: 'x', version: 7 })).status,
      ).toBe(409);
      expect(await notesOf('morgan@acme.test', PRIYA_ASPIRATION, 'shared')).toMatchObject({
        body: 'Agenda: the PMM seat, timing',
        version: 2,
      });
    });

    it('should let exactly one of two concurrent writes on the same version win', async () => {
      const { version } = await notesOf('priya@acme.test', PRIYA_ASPIRATION, 'shared');
      const statuses = (
        await Promise.all([
          write('priya@acme.test', PRIYA_ASPIRATION, 'shared', { body: 'Priya typed this', version }),
          write('morgan@acme.test', PRIYA_ASPIRATION, 'shared', { body: 'Morgan typed this', version }),
        ])
      ).map((response) => response.status);
      expect(statuses.sort()).toEqual([200, 409]);
      expect((await notesOf('priya@acme.test', PRIYA_ASPIRATION, 'shared')).version).toBe(version + 1);
    });

    it('should let exactly one of two concurrent first writes win', async () => {
      const statuses = (
        await Promise.all([
          write('sam@acme.test', SAM_LATERAL_MOVE, 'shared', { body: 'Sam first', version: 0 }),
          write('morgan@acme.test', SAM_LATERAL_MOVE, 'shared', { body: 'Morgan first', version: 0 }),
        ])
      ).map((response) => response.status);
      expect(statuses.sort()).toEqual([200, 409]);
      expect((await notesOf('sam@acme.test', SAM_LATERAL_MOVE, 'shared')).version).toBe(1);
    });

    it.each([
      ['no version', { body: 'x' }, 'version'],
      ['a negative version', { body: 'x', version: -1 }, 'version'],
      ['a version Postgres cannot store', { body: 'x', version: 2 ** 31 }, 'version'],
      ['a body over 20,000 characters', { body: 'x'.repeat(20_001), version: 0 }, 'body'],
      ['an author of its own choosing', { body: 'x', version: 0, authorId: MORGAN }, '(body)'],
      ['a visibility of its own choosing', { body: 'x', version: 0, visibility: 'shared' }, '(body)'],
    ])('should refuse %s (400) and store nothing', async (_what, body, path) => {
      const rows = async () =>
        (await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM conversation_notes`))[0]
          ?.n;
      const before = await rows();
      const response = await write('sam@acme.test', SAM_LATERAL_MOVE, 'private', body);
      expect(response.status).toBe(400);
      expect((response.body as Problem).errors?.map((e) => e.path)).toContain(path);
      expect(await rows()).toBe(before);
    });
  });

  it('should audit every write without its text, and never put notes in notifications', async () => {
    const marker = 'CONFIDENTIAL-NOTE-MARKER';
    const current = await notesOf('morgan@acme.test', PLAN_REVIEW, 'shared');
    expect(
      (
        await write('morgan@acme.test', PLAN_REVIEW, 'shared', {
          body: `${marker} shared`,
          version: current.version,
        })
      ).status,
    ).toBe(200);
    const own = await notesOf('morgan@acme.test', PLAN_REVIEW, 'private');
    expect(
      (
        await write('morgan@acme.test', PLAN_REVIEW, 'private', {
          body: `${marker} private`,
          version: own.version,
        })
      ).status,
    ).toBe(200);
    const audit = await t.dataSource.query<
      { action: string; actor_id: string; details: Record<string, unknown> }[]
    >(
      `SELECT action, actor_id, details FROM audit_events
        WHERE action = 'conversation_note.write' AND details->>'conversationId' = $1 AND actor_id = $2`,
      [PLAN_REVIEW, MORGAN],
    );
    expect(audit.map((event) => event.details['visibility']).sort()).toEqual(['private', 'shared']);
    const everything = JSON.stringify(
      await t.dataSource.query(
        `SELECT details FROM audit_events UNION ALL SELECT to_jsonb(n) FROM notifications n`,
      ),
    );
    expect(everything).not.toContain(marker);
    expect(everything).not.toContain(MORGANS_PRIVATE);
  });

  it('should answer a read in the same number of SQL statements whether notes exist or not', async () => {
    const priya = await t.bearer('priya@acme.test');
    const statements = async (id: string) =>
      (
        await t.recordQueries(() =>
          t.http.get(notesPath(id, 'private')).set('Authorization', priya).expect(200),
        )
      ).length;
    expect(await statements(PLAN_REVIEW)).toBe(
      await statements(demoConversationId('acme', 'priya-aspiration')),
    );
  });
});
