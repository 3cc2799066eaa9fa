import type {
  Evidence,
  FrameworkChangesAnswer,
  FrameworkDocument,
  FrameworkListItem,
  Page,
  Problem,
  ReadinessDetail,
} from '@trellis/domain';

import { startTestApp, TestApp } from '../../test/int/test-app';
import {
  demoFrameworkId,
  demoFrameworkRowId,
  demoId,
  demoLevelId,
  demoOrganizationId,
  demoPersonId,
} from '../demo/demo-id';
import { importFrameworkDocument } from './framework-document.store';
import { SEED_LADDER } from './seed-ladder';

const ACME = demoOrganizationId('acme');
const ACME_LADDER = demoFrameworkId('acme');
const GLOBEX_LADDER = demoFrameworkId('globex');
const PRIYA = demoPersonId('acme', 'priya');
const PRIYA_EVIDENCE = demoId('evidence:acme:priya-insights-launch');
const PERSONAS = ['morgan', 'priya', 'sam', 'jordan', 'lee', 'harper', 'avery']
  .map((name) => `'${name}@acme.test'`)
  .join(', ');

interface DocumentRead {
  framework: FrameworkListItem;
  document: FrameworkDocument;
}

/** The document with one expectation edited (criterion and level by key). */
const withExpectation = (
  document: FrameworkDocument,
  criterionKey: string,
  levelKey: string,
  change: { proficiency?: number; description?: string },
): FrameworkDocument => ({
  ...document,
  criteria: document.criteria.map((criterion) =>
    criterion.key !== criterionKey
      ? criterion
      : {
          ...criterion,
          expectations: criterion.expectations.map((e) => (e.level === levelKey ? { ...e, ...change } : e)),
        },
  ),
});

/** The document without a level (and the expectations at it). */
const withoutLevel = (document: FrameworkDocument, levelKey: string): FrameworkDocument => ({
  ...document,
  tracks: document.tracks.map((track) => ({
    ...track,
    levels: track.levels.filter((level) => level.key !== levelKey),
  })),
  criteria: document.criteria.map((criterion) => ({
    ...criterion,
    expectations: criterion.expectations.filter((e) => e.level !== levelKey),
  })),
});

/** The document with `n` more criteria, each with an expectation at every level. */
const withMoreCriteria = (document: FrameworkDocument, n: number): FrameworkDocument => {
  const levels = document.tracks.flatMap((track) => track.levels.map((level) => level.key));
  return {
    ...document,
    criteria: [
      ...document.criteria,
      ...Array.from({ length: n }, (_, i) => ({
        key: `extra-${i}`,
        name: `Extra criterion ${i}`,
        theme: 'Extra',
        description: 'Added to grow the ladder.',
        expectations: levels.map((level) => ({ level, proficiency: 1, description: `At ${level}` })),
      })),
    ],
  };
};

describe('Ladder editor (drafts, save, changes, publish)', () => {
  let t: TestApp;
  let harper: string;
  let draftId: string;

  const as = async (email: string) => t.bearer(email);
  const readDocument = async (id: string) =>
    (await t.http.get(`/api/frameworks/${id}/document`).set('Authorization', harper).expect(200))
      .body as DocumentRead;
  const save = (id: string, revision: number, document: unknown, auth = harper) =>
    t.http.put(`/api/frameworks/${id}/document`).set('Authorization', auth).send({ revision, document });
  const publish = (id: string, revision: number, auth = harper) =>
    t.http.post(`/api/frameworks/${id}/publish`).set('Authorization', auth).send({ revision });
  const auditCount = async (action: string, targetId: string) =>
    (
      await t.dataSource.query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM audit_events WHERE action = $1 AND target_id = $2',
        [action, targetId],
      )
    )[0]?.n;

  beforeAll(async () => {
    t = await startTestApp();
    harper = await as('harper@acme.test');
  });
  afterAll(() => t.close());

  describe('starting a draft', () => {
    it('should mark the published demo ladder as the current version of its name', async () => {
      const list = (await t.http.get('/api/frameworks').set('Authorization', harper).expect(200))
        .body as Page<FrameworkListItem>;
      expect(list.items.find((item) => item.id === ACME_LADDER)).toMatchObject({
        status: 'published',
        current: true,
        supersededById: null,
        revision: 1,
      });
    });

    it('should copy the published version as the next version, once per name (409 naming the draft)', async () => {
      const response = await t.http
        .post(`/api/frameworks/${ACME_LADDER}/drafts`)
        .set('Authorization', harper)
        .expect(201);
      const draft = response.body as FrameworkListItem;
      draftId = draft.id;
      expect(draft).toMatchObject({
        version: 2,
        status: 'draft',
        revision: 1,
        current: false,
        publishedAt: null,
      });
      expect(await auditCount('framework.draft.create', draftId)).toBe(1);

      const [published, copy] = await Promise.all([readDocument(ACME_LADDER), readDocument(draftId)]);
      expect(JSON.stringify({ ...copy.document, version: 1 })).toBe(JSON.stringify(published.document));

      const again = await t.http
        .post(`/api/frameworks/${ACME_LADDER}/drafts`)
        .set('Authorization', await as('avery@acme.test'))
        .expect(409);
      expect((again.body as Problem).detail).toMatch(
        /A draft of "Trellis career ladder" \(version 2\) already exists/,
      );
      // An import cannot start a second draft of the name either.
      await t.http
        .post('/api/frameworks/import')
        .set('Authorization', harper)
        .send({ ...SEED_LADDER, version: 7 })
        .expect(409);
    });

    it('should refuse a draft of a draft, others (403) and other organizations (404)', async () => {
      await t.http.post(`/api/frameworks/${draftId}/drafts`).set('Authorization', harper).expect(409);
      await t.http
        .post(`/api/frameworks/${ACME_LADDER}/drafts`)
        .set('Authorization', await as('morgan@acme.test'))
        .expect(403);
      const hana = await as('hana@globex.test');
      for (const path of ['drafts', 'publish']) {
        await t.http
          .post(`/api/frameworks/${draftId}/${path}`)
          .set('Authorization', hana)
          .send({ revision: 1 })
          .expect(404);
      }
      await t.http.get(`/api/frameworks/${draftId}/document`).set('Authorization', hana).expect(404);
      await t.http.get(`/api/frameworks/${draftId}/changes`).set('Authorization', hana).expect(404);
      await save(draftId, 1, SEED_LADDER, hana).expect(404);
      // And the draft does not exist for people who do not edit the ladder.
      await t.http
        .get(`/api/frameworks/${draftId}`)
        .set('Authorization', await as('priya@acme.test'))
        .expect(404);
    });
  });

  describe('saving', () => {
    it('should replace the draft with the document and move the revision on', async () => {
      const { framework, document } = await readDocument(draftId);
      const edited = withExpectation(document, 'execution', 'pmm-manager', {
        description: 'Runs launches across teams.',
      });
      const saved = (await save(draftId, framework.revision, edited).expect(200)).body as FrameworkListItem;
      expect(saved).toMatchObject({ id: draftId, revision: framework.revision + 1, status: 'draft' });
      const after = await readDocument(draftId);
      expect(after.framework.revision).toBe(saved.revision);
      expect(after.document).toEqual(edited);
      expect(await auditCount('framework.draft.save', draftId)).toBe(1);
    });

    it('should refuse a stale revision (409) and keep what the other editor saved', async () => {
      const { framework, document } = await readDocument(draftId);
      const response = await save(draftId, framework.revision - 1, withoutLevel(document, 'pmm-1')).expect(
        409,
      );
      expect((response.body as Problem).detail).toMatch(/Reload it/);
      expect((await readDocument(draftId)).document).toEqual(document);
    });

    it('should let exactly one of two concurrent saves on the same revision win', async () => {
      const { framework, document } = await readDocument(draftId);
      const statuses = (
        await Promise.all([
          save(
            draftId,
            framework.revision,
            withExpectation(document, 'execution', 'pmm-1', { description: 'A' }),
          ),
          save(
            draftId,
            framework.revision,
            withExpectation(document, 'execution', 'pmm-1', { description: 'B' }),
          ),
        ])
      ).map((response) => response.status);
      expect(statuses.sort()).toEqual([200, 409]);
      expect((await readDocument(draftId)).framework.revision).toBe(framework.revision + 1);
    });

    it('should keep the name and version (422), name every bad field under /document, and store nothing', async () => {
      const { framework, document } = await readDocument(draftId);
      const renamed = await save(draftId, framework.revision, {
        ...document,
        name: 'Other',
        version: 9,
      }).expect(422);
      expect((renamed.body as Problem).errors?.map((e) => e.path)).toEqual([
        '/document/name',
        '/document/version',
      ]);
      const broken = withExpectation(document, 'execution', 'pmm-1', { proficiency: 9 });
      const invalid = await save(draftId, framework.revision, broken).expect(422);
      expect((invalid.body as Problem).errors?.[0]?.path).toMatch(
        /^\/document\/criteria\/\d+\/expectations\/\d+\/proficiency$/,
      );
      await t.http
        .put(`/api/frameworks/${draftId}/document`)
        .set('Authorization', harper)
        .send({ revision: framework.revision, document, extra: true })
        .expect(400);
      expect(await readDocument(draftId)).toEqual({ framework, document });
    });

    it('should keep published versions frozen (409)', async () => {
      const { document } = await readDocument(ACME_LADDER);
      const response = await save(ACME_LADDER, 1, document).expect(409);
      expect((response.body as Problem).detail).toMatch(/Published versions are frozen/);
    });

    it('should refuse to rewrite a draft something points at, rather than delete under it', async () => {
      const { framework, document } = await readDocument(draftId);
      const [level] = await t.dataSource.query<{ id: string }[]>(
        `SELECT l.id FROM levels l JOIN tracks t ON t.id = l.track_id WHERE t.framework_id = $1 AND l.key = 'pmm-1'`,
        [draftId],
      );
      const seat = demoId('position:acme:pmm-manager');
      const [{ level_id: seatLevel }] = await t.dataSource.query<{ level_id: string }[]>(
        'SELECT level_id FROM positions WHERE id = $1',
        [seat],
      );
      // Only a bug (or a hand-written statement like this one) could do this.
      await t.dataSource.query('UPDATE positions SET level_id = $2 WHERE id = $1', [seat, level?.id]);
      try {
        const response = await save(draftId, framework.revision, document).expect(409);
        expect((response.body as Problem).detail).toMatch(/positions: 1/);
      } finally {
        await t.dataSource.query('UPDATE positions SET level_id = $2 WHERE id = $1', [seat, seatLevel]);
      }
      expect((await readDocument(draftId)).framework.revision).toBe(framework.revision);
    });
  });

  describe('changes against the published version', () => {
    it('should list the changed expectation with before and after, by key', async () => {
      const answer = (
        await t.http.get(`/api/frameworks/${draftId}/changes`).set('Authorization', harper).expect(200)
      ).body as FrameworkChangesAnswer;
      expect(answer.framework.id).toBe(draftId);
      expect(answer.against).toMatchObject({ id: ACME_LADDER, current: true });
      expect(answer.changes.expectations).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            criterionKey: 'execution',
            levelKey: 'pmm-manager',
            change: 'changed',
            after: expect.objectContaining({ description: 'Runs launches across teams.' }),
          }),
        ]),
      );
      expect(answer.changes.levels).toEqual({ added: [], removed: [], changed: [] });
    });

    it('should be for HR and admins only (403)', async () => {
      await t.http
        .get(`/api/frameworks/${ACME_LADDER}/changes`)
        .set('Authorization', await as('priya@acme.test'))
        .expect(403);
    });
  });

  describe('publishing', () => {
    it('should refuse to publish a draft that removes a level people sit on, saying how many (409)', async () => {
      const { framework, document } = await readDocument(draftId);
      const saved = (
        await save(draftId, framework.revision, withoutLevel(document, 'senior-pmm')).expect(200)
      ).body as FrameworkListItem;
      const response = await publish(draftId, saved.revision).expect(409);
      const problem = response.body as Problem;
      expect(problem.detail).toMatch(/removes a level still in use/);
      expect(problem.errors).toEqual([
        {
          path: '/levels/senior-pmm',
          message: expect.stringMatching(
            /^"Senior Product Marketing Manager" \(senior-pmm\) is removed but still in use: \d+ (person sits|people sit) on it/,
          ),
        },
      ]);
      // Nothing changed: still a draft, Priya still on the published level.
      const restored = (await save(draftId, saved.revision, document).expect(200)).body as FrameworkListItem;
      expect(restored.status).toBe('draft');
      const [priya] = await t.dataSource.query<{ level_id: string }[]>(
        'SELECT level_id FROM people WHERE id = $1',
        [PRIYA],
      );
      expect(priya?.level_id).toBe(demoLevelId('acme', 'senior-pmm'));
    });

    it('should refuse a stale revision (409)', async () => {
      const { framework } = await readDocument(draftId);
      await publish(draftId, framework.revision - 1).expect(409);
    });

    it('should publish, move people, aspirations and open seats to the new levels, and keep readiness and evidence', async () => {
      const priyaAuth = await as('priya@acme.test');
      const readiness = async () =>
        (await t.http.get(`/api/people/${PRIYA}/readiness`).set('Authorization', priyaAuth).expect(200))
          .body as ReadinessDetail;
      const before = await readiness();

      // A changed expectation on a level Priya is not aiming at, beside the description above.
      const { framework, document } = await readDocument(draftId);
      const saved = (
        await save(
          draftId,
          framework.revision,
          withExpectation(document, 'execution', 'pmm-1', { proficiency: 2 }),
        ).expect(200)
      ).body as FrameworkListItem;
      const publishing = await publish(draftId, saved.revision);
      expect(publishing.body).toMatchObject({ status: 'published' });
      const published = publishing.body as FrameworkListItem;
      expect(published).toMatchObject({ id: draftId, status: 'published', current: true, version: 2 });
      expect(published.publishedAt).not.toBeNull();
      expect(await auditCount('framework.publish', draftId)).toBe(1);

      const newLevel = async (key: string) =>
        (
          await t.dataSource.query<{ id: string }[]>(
            `SELECT l.id FROM levels l JOIN tracks t ON t.id = l.track_id WHERE t.framework_id = $1 AND l.key = $2`,
            [draftId, key],
          )
        )[0]?.id;
      const [priya] = await t.dataSource.query<{ level_id: string; target: string }[]>(
        `SELECT p.level_id, a.target_level_id AS target FROM people p
           JOIN aspirations a ON a.person_id = p.id AND a.deleted_at IS NULL WHERE p.id = $1`,
        [PRIYA],
      );
      expect(priya).toEqual({
        level_id: await newLevel('senior-pmm'),
        target: await newLevel('pmm-manager'),
      });
      const [seat] = await t.dataSource.query<{ level_id: string }[]>(
        'SELECT level_id FROM positions WHERE id = $1',
        [demoId('position:acme:pmm-manager')],
      );
      expect(seat?.level_id).toBe(await newLevel('pmm-manager'));
      // Nobody in Acme is left on a level of the old version.
      const [left] = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM people p JOIN levels l ON l.id = p.level_id JOIN tracks t ON t.id = l.track_id
          WHERE p.organization_id = $1 AND t.framework_id = $2`,
        [ACME, ACME_LADDER],
      );
      expect(left?.n).toBe(0);

      // Readiness now reads version 2 and still counts the evidence written against version 1.
      const after = await readiness();
      expect(after.frameworkId).toBe(draftId);
      expect(after.criteriaDemonstrated).toBe(before.criteriaDemonstrated);
      expect(after.overall).toBe(before.overall);
      const evidenceByKey = (r: ReadinessDetail, criterionKey: (id: string) => string | undefined) =>
        Object.fromEntries(r.criteria.map((c) => [criterionKey(c.criterionId), [...c.evidenceIds].sort()]));
      const keyOf = async (frameworkId: string) => {
        const rows = await t.dataSource.query<{ id: string; key: string }[]>(
          'SELECT id, key FROM criteria WHERE framework_id = $1',
          [frameworkId],
        );
        const keys = new Map(rows.map((row) => [row.id, row.key]));
        return (id: string) => keys.get(id);
      };
      expect(evidenceByKey(after, await keyOf(draftId))).toEqual(
        evidenceByKey(before, await keyOf(ACME_LADDER)),
      );
      expect(after.criteria.find((c) => c.evidenceIds.includes(PRIYA_EVIDENCE))).toBeDefined();

      // Her evidence still names the version 1 criteria it was written against, which are still there.
      const evidence = (
        await t.http.get(`/api/evidence/${PRIYA_EVIDENCE}`).set('Authorization', priyaAuth).expect(200)
      ).body as Evidence;
      expect(evidence.criterionIds).toContain(demoFrameworkRowId('acme', 'criterion:execution'));
      const old = (
        await t.http.get(`/api/frameworks/${ACME_LADDER}`).set('Authorization', priyaAuth).expect(200)
      ).body as { criteria: { id: string }[] };
      expect(old.criteria.map((c) => c.id)).toEqual(expect.arrayContaining(evidence.criterionIds));

      // The list says which version is current, and what replaced the old one.
      const list = (await t.http.get('/api/frameworks').set('Authorization', priyaAuth).expect(200))
        .body as Page<FrameworkListItem>;
      expect(list.items.find((item) => item.id === ACME_LADDER)).toMatchObject({
        status: 'published',
        current: false,
        supersededById: draftId,
      });
      expect(list.items.find((item) => item.id === draftId)).toMatchObject({
        current: true,
        supersededById: null,
      });
    });

    it('should keep the new version frozen too, and refuse to publish it twice (409)', async () => {
      const { framework, document } = await readDocument(draftId);
      await save(draftId, framework.revision, document).expect(409);
      await publish(draftId, framework.revision).expect(409);
    });

    it('should start the next draft at version 3, and compare it with version 2', async () => {
      const next = (
        await t.http.post(`/api/frameworks/${draftId}/drafts`).set('Authorization', harper).expect(201)
      ).body as FrameworkListItem;
      expect(next.version).toBe(3);
      const answer = (
        await t.http.get(`/api/frameworks/${next.id}/changes`).set('Authorization', harper).expect(200)
      ).body as FrameworkChangesAnswer;
      expect(answer.against?.id).toBe(draftId);
      expect(answer.changes.count).toBe(0);
      // A published version is compared with the one it replaced.
      const v2 = (
        await t.http.get(`/api/frameworks/${draftId}/changes`).set('Authorization', harper).expect(200)
      ).body as FrameworkChangesAnswer;
      expect(v2.against?.id).toBe(ACME_LADDER);
      expect(v2.changes.expectations.map((e) => `${e.criterionKey}@${e.levelKey}`).sort()).toEqual([
        'execution@pmm-1',
        'execution@pmm-manager',
      ]);
    });

    it('should not publish anything for Globex when Acme publishes', async () => {
      const list = (
        await t.http
          .get('/api/frameworks')
          .set('Authorization', await as('hana@globex.test'))
          .expect(200)
      ).body as Page<FrameworkListItem>;
      expect(list.items.find((item) => item.id === GLOBEX_LADDER)).toMatchObject({ current: true });
      expect(list.items.every((item) => item.version === 1)).toBe(true);
    });
  });

  describe('constant SQL statements whatever the size', () => {
    // A ladder of its own per size: its name, a published version, people sat on its levels.
    const ladder = async (name: string, extraCriteria: number, people: number) => {
      const document = withMoreCriteria({ ...SEED_LADDER, name }, extraCriteria);
      const published = await importFrameworkDocument(t.dataSource.manager, ACME, document, {
        status: 'published',
      });
      const level = published.levelIds.get('pmm-2');
      // Acme people other than the personas move onto this ladder (the personas' levels matter above).
      await t.dataSource.query(
        `UPDATE people SET level_id = $2 WHERE id IN (
           SELECT id FROM people WHERE organization_id = $1 AND email NOT IN (${PERSONAS}) ORDER BY id LIMIT $3)`,
        [ACME, level, people],
      );
      return { id: published.frameworkId, document };
    };

    const measure = async (name: string, extraCriteria: number, people: number) => {
      const { id } = await ladder(name, extraCriteria, people);
      const counts: Record<string, number> = {};
      const record = async (label: string, work: () => Promise<unknown>) => {
        counts[label] = (await t.recordQueries(work)).length;
      };
      let draft = '';
      await record('POST drafts', async () => {
        draft = (
          (await t.http.post(`/api/frameworks/${id}/drafts`).set('Authorization', harper).expect(201))
            .body as FrameworkListItem
        ).id;
      });
      let read: DocumentRead | undefined;
      await record('GET document', async () => {
        read = (
          await t.http.get(`/api/frameworks/${draft}/document`).set('Authorization', harper).expect(200)
        ).body as DocumentRead;
      });
      if (!read) throw new Error('the document was read');
      const edited = withExpectation(read.document, 'execution', 'pmm-2', { proficiency: 4 });
      let revision = 0;
      await record('PUT document', async () => {
        revision = (
          (await save(draft, read?.framework.revision ?? 0, edited).expect(200)).body as FrameworkListItem
        ).revision;
      });
      await record('GET changes', () =>
        t.http.get(`/api/frameworks/${draft}/changes`).set('Authorization', harper).expect(200),
      );
      await record('POST publish', () => publish(draft, revision).expect(200));
      await record('GET list', () => t.http.get('/api/frameworks').set('Authorization', harper).expect(200));
      return counts;
    };

    it('should answer every endpoint in as many statements for 9 criteria and 3 people as for 69 and 20', async () => {
      const small = await measure('Small ladder', 0, 3);
      const large = await measure('Large ladder', 60, 20);
      expect(large).toEqual(small);
    });
  });
});
