import type { AccessLogEntry, Aspiration, Framework, Page, Problem } from '@trellis/domain';

import { startTestApp, TestApp } from '../../test/int/test-app';
import { demoFrameworkId, demoLevelId, demoOrganizationId, demoPersonId } from '../demo/demo-id';

const PRIYA = demoPersonId('acme', 'priya');
const SAM = demoPersonId('acme', 'sam');
const PMM_MANAGER = demoLevelId('acme', 'pmm-manager');
const GLOBEX_LEVEL = demoLevelId('globex', 'pmm-manager');

describe('Aspirations (GET/PUT /api/people/:id/aspiration)', () => {
  let t: TestApp;
  const read = async (email: string, personId: string) =>
    t.http.get(`/api/people/${personId}/aspiration`).set('Authorization', await t.bearer(email));

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('who reads it', () => {
    it('should show Priya her own aspiration toward Manager, Product Marketing', async () => {
      const response = await read('priya@acme.test', PRIYA);
      expect(response.status).toBe(200);
      expect(response.body as Aspiration).toMatchObject({
        personId: PRIYA,
        targetLevelId: PMM_MANAGER,
        sharedWithHr: true,
        version: 1,
      });
    });

    it('should show it to her manager, and write that read into her access log', async () => {
      expect((await read('morgan@acme.test', PRIYA)).status).toBe(200);
      const log = (
        await t.http
          .get('/api/me/access-log')
          .set('Authorization', await t.bearer('priya@acme.test'))
          .expect(200)
      ).body as Page<AccessLogEntry>;
      expect(log.items.some((e) => e.action === 'aspiration.read' && e.actor?.name === 'Morgan Blake')).toBe(
        true,
      );
    });

    it('should show HR an aspiration only when it is shared with HR', async () => {
      expect((await read('harper@acme.test', PRIYA)).status).toBe(200);
      expect((await read('harper@acme.test', SAM)).status).toBe(404);
    });

    it('should hide it from peers, other teams, admins and other organizations (404)', async () => {
      expect((await read('sam@acme.test', PRIYA)).status).toBe(404);
      expect((await read('jordan@acme.test', PRIYA)).status).toBe(404);
      expect((await read('avery@acme.test', PRIYA)).status).toBe(404);
      expect((await read('hana@globex.test', PRIYA)).status).toBe(404);
    });
  });

  it('should answer a read in the same number of SQL statements for anyone', async () => {
    const morgan = await t.bearer('morgan@acme.test');
    const count = async (personId: string) =>
      (
        await t.recordQueries(() =>
          t.http.get(`/api/people/${personId}/aspiration`).set('Authorization', morgan).expect(200),
        )
      ).length;
    const forPriya = await count(PRIYA);
    expect(forPriya).toBeGreaterThan(0);
    expect(await count(SAM)).toBe(forPriya);
  });

  describe('writing it', () => {
    const body = {
      targetLevelId: PMM_MANAGER,
      statement: 'I want to lead the product marketing team for our platform launches.',
      motivations: 'Coaching people through their first launch.',
      strengths: 'Positioning and cross-functional launches.',
      horizon: '2027-06-30',
      sharedWithHr: true,
    };

    it('should let only the person write it: their manager gets 403, anyone else 404', async () => {
      const put = async (email: string) =>
        t.http
          .put(`/api/people/${PRIYA}/aspiration`)
          .set('Authorization', await t.bearer(email))
          .send({ ...body, version: 1 });
      expect((await put('morgan@acme.test')).status).toBe(403);
      expect((await put('lee@acme.test')).status).toBe(404);
      expect((await put('hana@globex.test')).status).toBe(404);
    });

    it('should create a first aspiration without a version (Jordan has none yet)', async () => {
      const jordan = demoPersonId('acme', 'jordan');
      const auth = await t.bearer('jordan@acme.test');
      await t.http.get(`/api/people/${jordan}/aspiration`).set('Authorization', auth).expect(404);
      const created = await t.http
        .put(`/api/people/${jordan}/aspiration`)
        .set('Authorization', auth)
        .send({ ...body, targetLevelId: demoLevelId('acme', 'senior-engineering-manager') })
        .expect(200);
      expect(created.body as Aspiration).toMatchObject({ personId: jordan, version: 1, sharedWithHr: true });
    });

    it('should refuse fields the client may not set, changing nothing', async () => {
      const auth = await t.bearer('priya@acme.test');
      for (const extra of [
        { personId: SAM },
        { organizationId: demoOrganizationId('globex') },
        { status: 'x' },
      ]) {
        const response = await t.http
          .put(`/api/people/${PRIYA}/aspiration`)
          .set('Authorization', auth)
          .send({ ...body, version: 1, ...extra });
        expect(response.status).toBe(400);
      }
      expect(((await read('priya@acme.test', PRIYA)).body as Aspiration).version).toBe(1);
    });

    it("should refuse a target level of another organization's ladder (422 naming the field)", async () => {
      const response = await t.http
        .put(`/api/people/${PRIYA}/aspiration`)
        .set('Authorization', await t.bearer('priya@acme.test'))
        .send({ ...body, targetLevelId: GLOBEX_LEVEL, version: 1 });
      expect(response.status).toBe(422);
      expect((response.body as Problem).errors?.[0]?.path).toBe('targetLevelId');
    });

    it('should refuse a level of a ladder draft: it is not a target until published (422)', async () => {
      const harper = await t.bearer('harper@acme.test');
      const draft = (
        await t.http
          .post(`/api/frameworks/${demoFrameworkId('acme')}/drafts`)
          .set('Authorization', harper)
          .expect(201)
      ).body as { id: string };
      const draftLadder = (
        await t.http.get(`/api/frameworks/${draft.id}`).set('Authorization', harper).expect(200)
      ).body as Framework;
      const draftLevel = draftLadder.tracks.flatMap((track) => track.levels)[0];

      const response = await t.http
        .put(`/api/people/${PRIYA}/aspiration`)
        .set('Authorization', await t.bearer('priya@acme.test'))
        .send({ ...body, targetLevelId: draftLevel?.id, version: 1 });
      expect(response.status).toBe(422);
      expect((response.body as Problem).errors?.[0]?.path).toBe('targetLevelId');
    });

    it('should apply a write with the current version and refuse a stale one (409)', async () => {
      const auth = await t.bearer('priya@acme.test');
      const current = (await read('priya@acme.test', PRIYA)).body as Aspiration;
      const updated = await t.http
        .put(`/api/people/${PRIYA}/aspiration`)
        .set('Authorization', auth)
        .send({ ...body, statement: 'Lead PMM for the platform.', version: current.version })
        .expect(200);
      expect((updated.body as Aspiration).version).toBe(current.version + 1);

      const stale = await t.http
        .put(`/api/people/${PRIYA}/aspiration`)
        .set('Authorization', auth)
        .send({ ...body, statement: 'An edit from an old tab.', version: current.version });
      expect(stale.status).toBe(409);
      expect(((await read('priya@acme.test', PRIYA)).body as Aspiration).statement).toBe(
        'Lead PMM for the platform.',
      );
    });

    it('should let exactly one of two concurrent writes on the same version win', async () => {
      const auth = await t.bearer('priya@acme.test');
      const { version } = (await read('priya@acme.test', PRIYA)).body as Aspiration;
      const write = (statement: string) =>
        t.http
          .put(`/api/people/${PRIYA}/aspiration`)
          .set('Authorization', auth)
          .send({ ...body, statement, version });
      const statuses = (await Promise.all([write('First writer.'), write('Second writer.')])).map(
        (r) => r.status,
      );
      expect(statuses.sort()).toEqual([200, 409]);
      expect(((await read('priya@acme.test', PRIYA)).body as Aspiration).version).toBe(version + 1);
    });

    it('should require the version once an aspiration exists', async () => {
      const response = await t.http
        .put(`/api/people/${PRIYA}/aspiration`)
        .set('Authorization', await t.bearer('priya@acme.test'))
        .send(body);
      expect(response.status).toBe(409);
    });
  });
});
