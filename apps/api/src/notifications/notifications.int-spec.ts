import type { Notification, NotificationPage, NotificationsMarked, Problem } from '@trellis/domain';

import { startTestApp, TestApp } from '../../test/int/test-app';
import { demoOrganizationId, demoPersonId } from '../demo/demo-id';

const ACME = demoOrganizationId('acme');
const PRIYA = demoPersonId('acme', 'priya');
const MORGAN = demoPersonId('acme', 'morgan');
const JORDAN = demoPersonId('acme', 'jordan');

interface StoredNotification {
  id: string;
  person_id: string;
  read_at: Date | null;
}

describe('Notifications (GET /api/notifications, POST …/:id/read, POST …/read-all)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const list = async (email: string, query = '') =>
    (
      await t.http
        .get(`/api/notifications${query}`)
        .set('Authorization', await t.bearer(email))
        .expect(200)
    ).body as NotificationPage;
  const stored = (personId: string) =>
    t.dataSource.query<StoredNotification[]>(
      `SELECT id, person_id, read_at FROM notifications WHERE person_id = $1 ORDER BY created_at DESC, id DESC`,
      [personId],
    );
  // Rows written in one statement share created_at: only the id orders them.
  const plant = (personId: string, count: number, organizationId = ACME) =>
    t.dataSource.query(
      `INSERT INTO notifications (organization_id, person_id, kind, title, link, subject_id)
       SELECT $1, $2, 'fixture', 'Fixture ' || n, '/me', NULL FROM generate_series(1, $3) n`,
      [organizationId, personId, count],
    );
  const walk = async (email: string, limit: number, filter = ''): Promise<string[]> => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query = `?limit=${limit}${filter}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = await list(email, query);
      expect(page.items.length).toBeLessThanOrEqual(limit);
      seen.push(...page.items.map((n) => n.id));
      cursor = page.nextCursor;
    } while (cursor);
    return seen;
  };

  describe('reading', () => {
    it('should show Priya her own notifications only, newest first, with her unread count', async () => {
      const page = await list('priya@acme.test');
      const mine = await stored(PRIYA);
      expect(page.items.map((n) => n.id)).toEqual(mine.map((n) => n.id));
      expect(page.items).toHaveLength(3);
      expect(page.unreadCount).toBe(2);
      expect(page.nextCursor).toBeNull();
      expect(page.items[0]).toMatchObject({
        kind: 'evidence_reviewed',
        title: 'Morgan Blake asked for more on “Win-loss interviews: what 20 lost deals told us”',
        readAt: null,
      });
      expect(page.items[0]?.link).toMatch(/^\/me\/evidence\/[0-9a-f-]{36}$/);
      const times = page.items.map((n) => n.createdAt);
      expect([...times].sort().reverse()).toEqual(times);
    });

    it('should show only the unread with ?unread=true, and only the read with ?unread=false', async () => {
      const unread = await list('priya@acme.test', '?unread=true');
      expect(unread.items).toHaveLength(2);
      expect(unread.items.every((n) => n.readAt === null)).toBe(true);
      expect(unread.unreadCount).toBe(2);
      const read = await list('priya@acme.test', '?unread=false');
      expect(read.items).toHaveLength(1);
      expect(read.items[0]?.readAt).toBe('2026-10-01T17:45:00.000Z');
    });

    it('should never show another person’s notifications, nor another organization’s', async () => {
      const morgans = new Set((await stored(MORGAN)).map((n) => n.id));
      expect((await list('priya@acme.test')).items.some((n) => morgans.has(n.id))).toBe(false);
      const hana = await list('hana@globex.test');
      expect(hana.items.map((n) => n.kind)).toEqual(['aspiration_shared']);
    });

    it('should page through every notification exactly once, even those written in the same instant', async () => {
      await plant(JORDAN, 7);
      const everything = (await stored(JORDAN)).map((n) => n.id);
      expect(everything).toHaveLength(10);
      expect(await walk('jordan@acme.test', 3)).toEqual(everything);
      expect(await walk('jordan@acme.test', 1)).toEqual(everything);
      const unread = (await stored(JORDAN)).filter((n) => n.read_at === null).map((n) => n.id);
      expect(await walk('jordan@acme.test', 4, '&unread=true')).toEqual(unread);
    });

    it('should refuse a bad flag, an unknown parameter, a bad limit and a forged cursor (4xx problems)', async () => {
      const auth = await t.bearer('priya@acme.test');
      const forged = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
      for (const [query, status] of [
        ['?unread=yes', 400],
        ['?read=true', 400],
        ['?limit=0', 400],
        ['?limit=101', 400],
        ['?cursor=not-a-cursor', 422],
        [`?cursor=${forged(['2026-02-31T00:00:00.000000Z', PRIYA])}`, 422],
        [`?cursor=${forged(['yesterday', PRIYA])}`, 422],
        [`?cursor=${forged(['2026-02-01T00:00:00.000000Z', 'not-a-uuid'])}`, 422],
      ] as const) {
        const response = await t.http.get(`/api/notifications${query}`).set('Authorization', auth);
        expect([query, response.status]).toEqual([query, status]);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
      const response = await t.http.get('/api/notifications?cursor=x').set('Authorization', auth);
      expect((response.body as Problem).errors?.[0]?.path).toBe('cursor');
    });

    it('should answer in the same number of SQL statements with 3 or 60 more notifications', async () => {
      const auth = await t.bearer('lee@acme.test');
      const count = async (query: string) => {
        const statements = await t.recordQueries(() =>
          t.http.get(`/api/notifications${query}`).set('Authorization', auth).expect(200),
        );
        // The page and the unread count; the rest is the transactions and the caller's roles.
        expect(statements.filter((sql) => /FROM "notifications"/.test(sql))).toHaveLength(2);
        return statements.length;
      };
      const before = [await count(''), await count('?unread=true&limit=2')];
      const lee = demoPersonId('acme', 'lee');
      await plant(lee, 60);
      const page = await list('lee@acme.test', '?limit=2');
      const after = [await count(''), await count(`?unread=true&limit=2&cursor=${page.nextCursor ?? ''}`)];
      expect(after).toEqual(before);
    });
  });

  describe('marking read', () => {
    it('should mark one read, keep the first time when marked again, and lower the unread count', async () => {
      const auth = await t.bearer('priya@acme.test');
      const [target] = (await stored(PRIYA)).filter((n) => n.read_at === null);
      if (!target) throw new Error('Priya has an unread notification in the demo');
      const first = (
        await t.http.post(`/api/notifications/${target.id}/read`).set('Authorization', auth).expect(200)
      ).body as Notification;
      expect(first.id).toBe(target.id);
      expect(first.readAt).not.toBeNull();
      const again = (
        await t.http.post(`/api/notifications/${target.id}/read`).set('Authorization', auth).expect(200)
      ).body as Notification;
      expect(again.readAt).toBe(first.readAt);
      expect((await list('priya@acme.test')).unreadCount).toBe(1);
    });

    it('should answer 404 for someone else’s notification and leave it unread', async () => {
      const [morgans] = (await stored(MORGAN)).filter((n) => n.read_at === null);
      if (!morgans) throw new Error('Morgan has an unread notification in the demo');
      for (const email of ['priya@acme.test', 'harper@acme.test', 'avery@acme.test', 'hana@globex.test']) {
        const response = await t.http
          .post(`/api/notifications/${morgans.id}/read`)
          .set('Authorization', await t.bearer(email));
        expect([email, response.status]).toEqual([email, 404]);
      }
      const unknown = await t.http
        .post('/api/notifications/00000000-0000-4000-8000-000000000000/read')
        .set('Authorization', await t.bearer('priya@acme.test'));
      expect(unknown.status).toBe(404);
      expect((await stored(MORGAN)).find((n) => n.id === morgans.id)?.read_at).toBeNull();
    });

    it('should refuse an id that is not a UUID (400)', async () => {
      await t.http
        .post('/api/notifications/not-an-id/read')
        .set('Authorization', await t.bearer('priya@acme.test'))
        .expect(400);
    });

    it('should mark all of mine read, say how many, and touch no one else’s', async () => {
      const auth = await t.bearer('sam@acme.test');
      const sam = demoPersonId('acme', 'sam');
      const unreadBefore = (await stored(sam)).filter((n) => n.read_at === null).length;
      const othersUnread = async () =>
        (
          await t.dataSource.query<{ n: number }[]>(
            `SELECT count(*)::int AS n FROM notifications WHERE person_id <> $1 AND read_at IS NULL`,
            [sam],
          )
        )[0]?.n;
      const others = await othersUnread();
      expect(unreadBefore).toBeGreaterThan(0);
      const marked = (await t.http.post('/api/notifications/read-all').set('Authorization', auth).expect(200))
        .body as NotificationsMarked;
      expect(marked).toEqual({ marked: unreadBefore });
      expect((await list('sam@acme.test')).unreadCount).toBe(0);
      expect(await othersUnread()).toBe(others);
      const again = (await t.http.post('/api/notifications/read-all').set('Authorization', auth).expect(200))
        .body as NotificationsMarked;
      expect(again).toEqual({ marked: 0 });
    });

    it('should mark with one UPDATE each, however many there are', async () => {
      const auth = await t.bearer('jordan@acme.test');
      const [one] = (await stored(JORDAN)).filter((n) => n.read_at === null);
      const markOne = await t.recordQueries(() =>
        t.http
          .post(`/api/notifications/${one?.id ?? ''}/read`)
          .set('Authorization', auth)
          .expect(200),
      );
      await plant(JORDAN, 50);
      const markAll = await t.recordQueries(() =>
        t.http.post('/api/notifications/read-all').set('Authorization', auth).expect(200),
      );
      for (const statements of [markOne, markAll]) {
        expect(statements.filter((sql) => /"notifications"/.test(sql))).toEqual([
          expect.stringMatching(/^UPDATE "notifications"/),
        ]);
      }
    });
  });
});
