import type { AccessLogEntry, AuditEvent, Page, Person } from '@trellis/domain';

import { startTestApp, TestApp } from '../../test/int/test-app';
import { demoPersonId } from '../demo/demo-id';

const acme = (key: string) => demoPersonId('acme', key);
const PRIYA = acme('priya');
const SAM = acme('sam');
const LEE = acme('lee');
const MORGAN = acme('morgan');

describe('People directory and scope (GET /api/people…, access log, audit)', () => {
  let t: TestApp;
  const list = async (email: string, query: Record<string, string> = {}) =>
    (
      await t.http
        .get('/api/people')
        .query(query)
        .set('Authorization', await t.bearer(email))
        .expect(200)
    ).body as Page<Person>;
  const setManager = (personId: string, managerId: string) =>
    t.dataSource.query('UPDATE people SET manager_id = $2 WHERE id = $1', [personId, managerId]);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('the directory', () => {
    it('should show an IC themselves and their manager only', async () => {
      const names = (await list('priya@acme.test', { limit: '100' })).items.map((p) => p.email);
      expect(names).toEqual(expect.arrayContaining(['priya@acme.test', 'morgan@acme.test']));
      expect(names).not.toContain('sam@acme.test');
      expect(names).not.toContain('lee@acme.test');
    });

    it("should show a manager their reports and not another team's", async () => {
      const emails = (await list('morgan@acme.test', { limit: '100' })).items.map((p) => p.email);
      expect(emails).toEqual(
        expect.arrayContaining(['morgan@acme.test', 'priya@acme.test', 'sam@acme.test']),
      );
      expect(emails).not.toContain('lee@acme.test');
      expect(emails).not.toContain('jordan@acme.test');
    });

    it('should show HR the whole organization and nobody from another', async () => {
      const emails = (await list('harper@acme.test', { limit: '100' })).items.map((p) => p.email);
      expect(emails).toEqual(expect.arrayContaining(['lee@acme.test', 'priya@acme.test', 'avery@acme.test']));
      expect(emails.some((email) => email.endsWith('@globex.test'))).toBe(false);
    });

    it('should search by name and page with a cursor', async () => {
      expect((await list('harper@acme.test', { q: 'priya' })).items.map((p) => p.email)).toEqual([
        'priya@acme.test',
      ]);
      expect((await list('harper@acme.test', { q: '%' })).items).toEqual([]);

      const everyone = (await list('harper@acme.test', { limit: '100' })).items.map((p) => p.id);
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Page<Person> = await list('harper@acme.test', {
          limit: '7',
          ...(cursor ? { cursor } : {}),
        });
        paged.push(...page.items.map((p) => p.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(everyone.length).toBeLessThan(100);
      expect(paged).toEqual(everyone);
    });
  });

  describe('one person', () => {
    it('should let an IC read their manager but not a peer (404, not 403)', async () => {
      const auth = await t.bearer('priya@acme.test');
      await t.http.get(`/api/people/${MORGAN}`).set('Authorization', auth).expect(200);
      await t.http.get(`/api/people/${SAM}`).set('Authorization', auth).expect(404);
      await t.http.get(`/api/people/${LEE}`).set('Authorization', auth).expect(404);
    });

    it("should hide another organization's people entirely", async () => {
      await t.http
        .get(`/api/people/${PRIYA}`)
        .set('Authorization', await t.bearer('hana@globex.test'))
        .expect(404);
    });

    it('should answer 400 for an id that is not a UUID', async () => {
      await t.http
        .get('/api/people/nope')
        .set('Authorization', await t.bearer('harper@acme.test'))
        .expect(400);
    });

    it('should let a skip-level manager reach the whole subtree', async () => {
      await setManager(SAM, PRIYA);
      try {
        const sam = (
          await t.http
            .get(`/api/people/${SAM}`)
            .set('Authorization', await t.bearer('morgan@acme.test'))
            .expect(200)
        ).body as Person;
        expect(sam.managerId).toBe(PRIYA);
        await t.http
          .get(`/api/people/${SAM}`)
          .set('Authorization', await t.bearer('priya@acme.test'))
          .expect(200);
      } finally {
        await setManager(SAM, MORGAN);
      }
    });

    it("should take a reassigned report out of the old manager's reach on the very next request", async () => {
      const jordan = await t.bearer('jordan@acme.test');
      await t.http.get(`/api/people/${LEE}`).set('Authorization', jordan).expect(200);
      await setManager(LEE, MORGAN);
      try {
        await t.http.get(`/api/people/${LEE}`).set('Authorization', jordan).expect(404);
        await t.http
          .get(`/api/people/${LEE}`)
          .set('Authorization', await t.bearer('morgan@acme.test'))
          .expect(200);
      } finally {
        await setManager(LEE, acme('jordan'));
      }
    });
  });

  describe('audit and the access log', () => {
    it("should write one audit event per manager read and show it in the person's access log", async () => {
      await t.http
        .get(`/api/people/${PRIYA}`)
        .set('Authorization', await t.bearer('morgan@acme.test'))
        .set('X-Correlation-Id', 'morgan-reads-priya-1')
        .expect(200);
      const log = (
        await t.http
          .get('/api/me/access-log')
          .set('Authorization', await t.bearer('priya@acme.test'))
          .expect(200)
      ).body as Page<AccessLogEntry>;
      expect(log.items[0]).toMatchObject({ action: 'person.read', actor: { name: 'Morgan Blake' } });

      const trail = (
        await t.http
          .get('/api/audit')
          .query({ subjectPersonId: PRIYA })
          .set('Authorization', await t.bearer('avery@acme.test'))
          .expect(200)
      ).body as Page<AuditEvent>;
      expect(trail.items.filter((e) => e.correlationId === 'morgan-reads-priya-1')).toHaveLength(1);
    });

    it("should not log an IC reading themselves or their own manager's entry", async () => {
      const auth = await t.bearer('sam@acme.test');
      await t.http.get(`/api/people/${SAM}`).set('Authorization', auth).expect(200);
      await t.http.get(`/api/people/${MORGAN}`).set('Authorization', auth).expect(200);
      const morganLog = (
        await t.http
          .get('/api/me/access-log')
          .set('Authorization', await t.bearer('morgan@acme.test'))
          .expect(200)
      ).body as Page<AccessLogEntry>;
      expect(morganLog.items.some((e) => e.actor?.name === 'Sam Okafor')).toBe(false);
    });

    it('should log HR reads too', async () => {
      await t.http
        .get(`/api/people/${LEE}`)
        .set('Authorization', await t.bearer('harper@acme.test'))
        .expect(200);
      const log = (
        await t.http
          .get('/api/me/access-log')
          .set('Authorization', await t.bearer('lee@acme.test'))
          .expect(200)
      ).body as Page<AccessLogEntry>;
      expect(log.items.map((e) => e.actor?.name)).toContain('Harper Quinn');
    });

    it('should keep the audit trail for admins (403 for anyone else)', async () => {
      await t.http
        .get('/api/audit')
        .set('Authorization', await t.bearer('priya@acme.test'))
        .expect(403);
      await t.http
        .get('/api/audit')
        .set('Authorization', await t.bearer('harper@acme.test'))
        .expect(403);
      await t.http
        .get('/api/audit')
        .set('Authorization', await t.bearer('avery@acme.test'))
        .expect(200);
    });
  });
});
