import type {
  Framework,
  FrameworkDocument,
  FrameworkSummary,
  LevelDiff,
  Page,
  Problem,
} from '@trellis/domain';

import { startTestApp, TestApp } from '../../test/int/test-app';
import { demoOrganizationId } from '../demo/demo-id';
import { importFrameworkDocument } from './framework-document.store';
import { SEED_LADDER } from './seed-ladder';

const ACME = demoOrganizationId('acme');
const GLOBEX = demoOrganizationId('globex');

describe('Career frameworks (GET /api/frameworks…, import, export)', () => {
  let t: TestApp;
  let acmeLadderId: string;
  let globexLadderId: string;
  let levelIds: ReadonlyMap<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    // A published ladder of our own in each organization, beside whatever the demo seed holds.
    const acme = await importFrameworkDocument(
      t.dataSource.manager,
      ACME,
      { ...SEED_LADDER, name: 'Spec ladder' },
      { status: 'published' },
    );
    acmeLadderId = acme.frameworkId;
    levelIds = acme.levelIds;
    globexLadderId = (
      await importFrameworkDocument(
        t.dataSource.manager,
        GLOBEX,
        { ...SEED_LADDER, name: 'Spec ladder' },
        {
          status: 'published',
        },
      )
    ).frameworkId;
  });
  afterAll(() => t.close());

  describe('reading', () => {
    it('should return the Framework shape with nine criteria and an expectation at every level', async () => {
      const response = await t.http
        .get(`/api/frameworks/${acmeLadderId}`)
        .set('Authorization', await t.bearer('priya@acme.test'))
        .expect(200);
      const framework = response.body as Framework;
      const levels = framework.tracks.flatMap((track) => track.levels);
      expect(framework).toMatchObject({
        id: acmeLadderId,
        name: 'Spec ladder',
        version: 1,
        status: 'published',
      });
      expect(framework.tracks).toHaveLength(6);
      expect(levels).toHaveLength(21);
      expect(framework.criteria).toHaveLength(9);
      for (const criterion of framework.criteria) {
        expect(criterion.expectations.map((e) => e.levelId).sort()).toEqual(levels.map((l) => l.id).sort());
      }
    });

    it('should link the tracks that are known paths (IC → manager, PMM → PM)', async () => {
      const framework = (
        await t.http
          .get(`/api/frameworks/${acmeLadderId}`)
          .set('Authorization', await t.bearer('priya@acme.test'))
          .expect(200)
      ).body as Framework;
      const track = (discipline: string, kind: string) =>
        framework.tracks.find((tr) => tr.discipline === discipline && tr.kind === kind);
      const pmmIc = track('Product Marketing', 'ic');
      expect(pmmIc?.linkedTrackIds).toEqual(
        expect.arrayContaining([
          track('Product Marketing', 'management')?.id,
          track('Product Management', 'ic')?.id,
        ]),
      );
    });

    it("should answer 404 for another organization's framework", async () => {
      await t.http
        .get(`/api/frameworks/${globexLadderId}`)
        .set('Authorization', await t.bearer('priya@acme.test'))
        .expect(404);
      await t.http
        .get(`/api/frameworks/${acmeLadderId}`)
        .set('Authorization', await t.bearer('hana@globex.test'))
        .expect(404);
    });

    it('should answer 400 for an id that is not a UUID', async () => {
      await t.http
        .get('/api/frameworks/not-a-uuid')
        .set('Authorization', await t.bearer('priya@acme.test'))
        .expect(400);
    });

    it('should paginate the list with an opaque cursor', async () => {
      const auth = await t.bearer('priya@acme.test');
      const all = (await t.http.get('/api/frameworks').set('Authorization', auth).expect(200))
        .body as Page<FrameworkSummary>;
      expect(all.items.map((f) => f.id)).toContain(acmeLadderId);
      expect(all.items.map((f) => f.id)).not.toContain(globexLadderId);

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: Record<string, string> = { limit: '1', ...(cursor ? { cursor } : {}) };
        const page = (await t.http.get('/api/frameworks').query(query).set('Authorization', auth).expect(200))
          .body as Page<FrameworkSummary>;
        expect(page.items.length).toBeLessThanOrEqual(1);
        seen.push(...page.items.map((f) => f.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all.items.map((f) => f.id));
    });

    it('should refuse a cursor it did not issue and a page size over the cap', async () => {
      const auth = await t.bearer('priya@acme.test');
      const bad = await t.http
        .get('/api/frameworks')
        .query({ cursor: 'garbage' })
        .set('Authorization', auth)
        .expect(422);
      expect((bad.body as Problem).errors?.[0]?.path).toBe('cursor');
      await t.http.get('/api/frameworks').query({ limit: '1000' }).set('Authorization', auth).expect(400);
    });
  });

  describe('level diff (GET /api/frameworks/:id/diff)', () => {
    it('should show what changes from PMM II to Manager, Product Marketing (a track switch)', async () => {
      const response = await t.http
        .get(`/api/frameworks/${acmeLadderId}/diff`)
        .query({ from: levelIds.get('pmm-2'), to: levelIds.get('pmm-manager') })
        .set('Authorization', await t.bearer('sam@acme.test'))
        .expect(200);
      const diff = response.body as LevelDiff;
      expect(diff.from.levelName).toBe('Product Marketing Manager II');
      expect(diff.sameDiscipline).toBe(true);
      expect(diff.sameTrack).toBe(false);
      expect(diff.criteria).toHaveLength(9);
      expect(diff.criteria.some((c) => c.change === 'raised')).toBe(true);
    });

    it('should diff across disciplines for a lateral move (PMM II → Product Manager)', async () => {
      const diff = (
        await t.http
          .get(`/api/frameworks/${acmeLadderId}/diff`)
          .query({ from: levelIds.get('pmm-2'), to: levelIds.get('pm') })
          .set('Authorization', await t.bearer('sam@acme.test'))
          .expect(200)
      ).body as LevelDiff;
      expect(diff.sameDiscipline).toBe(false);
      expect(diff.to.discipline).toBe('Product Management');
    });

    it('should name the parameter that is not a level of this framework', async () => {
      const response = await t.http
        .get(`/api/frameworks/${acmeLadderId}/diff`)
        .query({ from: levelIds.get('pmm-2'), to: '00000000-0000-4000-8000-000000000000' })
        .set('Authorization', await t.bearer('sam@acme.test'))
        .expect(422);
      expect((response.body as Problem).errors).toEqual([expect.objectContaining({ path: 'to' })]);
    });

    it('should require both levels', async () => {
      const response = await t.http
        .get(`/api/frameworks/${acmeLadderId}/diff`)
        .set('Authorization', await t.bearer('sam@acme.test'))
        .expect(400);
      expect((response.body as Problem).errors?.map((e) => e.path)).toEqual(
        expect.arrayContaining(['from', 'to']),
      );
    });
  });

  describe('import and export (HR and admins)', () => {
    it('should forbid an IC to import or export (403, a role-wide denial)', async () => {
      const auth = await t.bearer('priya@acme.test');
      await t.http.post('/api/frameworks/import').set('Authorization', auth).send(SEED_LADDER).expect(403);
      await t.http.get(`/api/frameworks/${acmeLadderId}/export`).set('Authorization', auth).expect(403);
    });

    it('should round-trip: export → import → export gives the same document', async () => {
      const auth = await t.bearer('harper@acme.test');
      const first = (
        await t.http.get(`/api/frameworks/${acmeLadderId}/export`).set('Authorization', auth).expect(200)
      ).body as FrameworkDocument;
      expect(first.format).toBe('trellis.framework/v1');

      const imported = (
        await t.http
          .post('/api/frameworks/import')
          .set('Authorization', auth)
          .send({ ...first, version: 2 })
          .expect(201)
      ).body as FrameworkSummary;
      expect(imported).toMatchObject({ name: 'Spec ladder', version: 2, status: 'draft' });

      const second = (
        await t.http.get(`/api/frameworks/${imported.id}/export`).set('Authorization', auth).expect(200)
      ).body as FrameworkDocument;
      expect(JSON.stringify({ ...second, version: 1 })).toBe(JSON.stringify(first));
    });

    it('should keep drafts from people who do not edit the ladder', async () => {
      const draft = (
        await t.http
          .post('/api/frameworks/import')
          .set('Authorization', await t.bearer('avery@acme.test'))
          .send({ ...SEED_LADDER, name: 'Draft ladder' })
          .expect(201)
      ).body as FrameworkSummary;
      await t.http
        .get(`/api/frameworks/${draft.id}`)
        .set('Authorization', await t.bearer('priya@acme.test'))
        .expect(404);
      await t.http
        .get(`/api/frameworks/${draft.id}`)
        .set('Authorization', await t.bearer('harper@acme.test'))
        .expect(200);
    });

    it('should refuse a second import of the same name and version with 409', async () => {
      const auth = await t.bearer('harper@acme.test');
      await t.http
        .post('/api/frameworks/import')
        .set('Authorization', auth)
        .send({ ...SEED_LADDER, name: 'Twice' })
        .expect(201);
      await t.http
        .post('/api/frameworks/import')
        .set('Authorization', auth)
        .send({ ...SEED_LADDER, name: 'Twice' })
        .expect(409);
    });

    it('should name the path of every bad field and store nothing', async () => {
      const auth = await t.bearer('harper@acme.test');
      const [first, ...rest] = SEED_LADDER.criteria;
      if (!first) throw new Error('the seed ladder has criteria');
      const broken = {
        ...SEED_LADDER,
        name: 'Broken ladder',
        criteria: [{ ...first, expectations: [{ ...first.expectations[0], proficiency: 9 }] }, ...rest],
      };
      const response = await t.http
        .post('/api/frameworks/import')
        .set('Authorization', auth)
        .send(broken)
        .expect(422);
      expect((response.body as Problem).errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            path: expect.stringMatching(/^\/criteria\/\d+\/expectations\/0\/proficiency$/),
          }),
        ]),
      );
      const list = (await t.http.get('/api/frameworks').set('Authorization', auth).expect(200))
        .body as Page<FrameworkSummary>;
      expect(list.items.map((f) => f.name)).not.toContain('Broken ladder');
    });
  });
});
