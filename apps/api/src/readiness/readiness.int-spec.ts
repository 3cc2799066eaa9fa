import type { Problem, ReadinessAnswer, ReadinessDetail } from '@trellis/domain';

import { addEvidence } from '../../test/int/evidence-fixtures';
import { startTestApp, TestApp } from '../../test/int/test-app';
import { TenantDatabase } from '../database/tenant-database';
import {
  demoFrameworkId,
  demoFrameworkRowId,
  demoId,
  demoLevelId,
  demoOrganizationId,
  demoPersonId,
} from '../demo/demo-id';
import { importFrameworkDocument } from '../frameworks/framework-document.store';
import { SEED_LADDER } from '../frameworks/seed-ladder';
import { ReadinessService } from './readiness.service';

const acme = (key: string) => demoPersonId('acme', key);
const PRIYA = acme('priya');
const SAM = acme('sam');
const ACME = demoOrganizationId('acme');
const criterion = (key: string) => demoFrameworkRowId('acme', `criterion:${key}`);
const evidenceId = (key: string) => demoId(`evidence:acme:${key}`);

const statusByKey = (readiness: ReadinessDetail, ids: (key: string) => string) => {
  const keys = [
    'exceptional-work',
    'execution',
    'beyond-your-swim-lane',
    'cross-functional-impact',
    'customer-empathy',
    'data-informed-decisions',
    'strategic-thinking',
    'leadership-without-authority',
    'servant-leadership',
  ];
  return Object.fromEntries(
    keys.map((key) => [key, readiness.criteria.find((c) => c.criterionId === ids(key))?.status]),
  );
};

describe('Readiness (GET /api/people/:id/readiness)', () => {
  let t: TestApp;
  const read = async (email: string, personId: string) =>
    t.http.get(`/api/people/${personId}/readiness`).set('Authorization', await t.bearer(email));

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('should explain Priya’s readiness for Manager, Product Marketing, criterion by criterion', async () => {
    const response = await read('priya@acme.test', PRIYA);
    expect(response.status).toBe(200);
    const readiness = response.body as ReadinessDetail;
    expect(readiness).toMatchObject({
      view: 'full',
      personId: PRIYA,
      targetLevelId: demoLevelId('acme', 'pmm-manager'),
      frameworkId: demoFrameworkId('acme'),
      currentLevelId: demoLevelId('acme', 'senior-pmm'),
      lateral: false,
      criteriaDemonstrated: 5,
      criteriaRequired: 9,
      target: {
        levelName: 'Manager, Product Marketing',
        trackKind: 'management',
        discipline: 'Product Marketing',
      },
    });
    expect(readiness.overall).toBeCloseTo(5 / 9);
    expect(statusByKey(readiness, criterion)).toEqual({
      'exceptional-work': 'demonstrating',
      execution: 'exceeding',
      'beyond-your-swim-lane': 'demonstrating',
      'cross-functional-impact': 'exceeding',
      'customer-empathy': 'not_started',
      'data-informed-decisions': 'not_started',
      'strategic-thinking': 'developing',
      'leadership-without-authority': 'not_started',
      'servant-leadership': 'demonstrating',
    });
    const execution = readiness.criteria.find((c) => c.criterionId === criterion('execution'));
    expect(execution).toMatchObject({
      name: expect.any(String),
      evidenceIds: [evidenceId('priya-insights-launch')],
      missing: '',
      required: true,
      weight: 1,
      expectation: { proficiency: 3 },
    });
    const empathy = readiness.criteria.find((c) => c.criterionId === criterion('customer-empathy'));
    expect(empathy?.missing).toMatch(/^No accepted evidence yet\. Expected at this level: /);
    expect(readiness.diff).toMatchObject({ sameDiscipline: true, sameTrack: false });
  });

  it('should count Sam’s PMM evidence against the Product Manager criteria (a lateral move)', async () => {
    const readiness = (await read('sam@acme.test', SAM)).body as ReadinessDetail;
    expect(readiness).toMatchObject({
      view: 'full',
      targetLevelId: demoLevelId('acme', 'pm'),
      currentLevelId: demoLevelId('acme', 'pmm-2'),
      lateral: true,
      criteriaDemonstrated: 3,
      criteriaRequired: 9,
      target: { discipline: 'Product Management' },
      diff: { sameDiscipline: false },
    });
    expect(statusByKey(readiness, criterion)).toMatchObject({
      'customer-empathy': 'demonstrating',
      execution: 'demonstrating',
      'cross-functional-impact': 'demonstrating',
      'data-informed-decisions': 'not_started',
    });
    expect(
      readiness.criteria.find((c) => c.criterionId === criterion('customer-empathy'))?.evidenceIds,
    ).toEqual([evidenceId('sam-onboarding-interviews')]);
  });

  it('should show the manager the full readiness and audit the read', async () => {
    const response = await read('morgan@acme.test', SAM);
    expect(response.status).toBe(200);
    expect((response.body as ReadinessAnswer).view).toBe('full');
    const audit = await t.dataSource.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM audit_events WHERE action = 'readiness.read' AND subject_person_id = $1`,
      [SAM],
    );
    expect(Number(audit[0]?.n)).toBeGreaterThan(0);
  });

  it('should give HR the summary only, and only for an aspiration shared with HR', async () => {
    const priya = await read('harper@acme.test', PRIYA);
    expect(priya.status).toBe(200);
    expect(priya.body).toEqual({
      view: 'summary',
      personId: PRIYA,
      targetLevelId: demoLevelId('acme', 'pmm-manager'),
      overall: expect.closeTo(5 / 9) as number,
      criteriaDemonstrated: 5,
      criteriaRequired: 9,
    });
    // Sam does not share his aspiration with HR.
    expect((await read('harper@acme.test', SAM)).status).toBe(404);
  });

  it('should hide it from admins, peers, other teams and other organizations (404)', async () => {
    for (const email of [
      'avery@acme.test',
      'sam@acme.test',
      'jordan@acme.test',
      'lee@acme.test',
      'hana@globex.test',
    ]) {
      expect((await read(email, PRIYA)).status).toBe(404);
    }
  });

  it('should say clearly when there is no aspiration to be ready for (404)', async () => {
    const morgan = await read('morgan@acme.test', acme('morgan'));
    expect(morgan.status).toBe(404);
    expect((morgan.body as Problem).detail).toMatch(/have not said where you want to go yet/);
  });

  it('should count evidence written against an older published version of the ladder', async () => {
    const before = (await read('priya@acme.test', PRIYA)).body as ReadinessDetail;
    // Version 2 of the ladder: new ids for every row, the same keys.
    const v2 = await importFrameworkDocument(
      t.dataSource.manager,
      ACME,
      { ...SEED_LADDER, version: 2 },
      {
        status: 'published',
      },
    );
    const v2Level = v2.levelIds.get('pmm-manager');
    await t.dataSource.query('UPDATE aspirations SET target_level_id = $2 WHERE person_id = $1', [
      PRIYA,
      v2Level,
    ]);
    try {
      const after = (await read('priya@acme.test', PRIYA)).body as ReadinessDetail;
      expect(after).toMatchObject({
        frameworkId: v2.frameworkId,
        targetLevelId: v2Level,
        currentLevelId: v2.levelIds.get('senior-pmm'),
        overall: before.overall,
        criteriaDemonstrated: 5,
      });
      const v2Criterion = (key: string) => v2.criterionIds.get(key) ?? '';
      expect(statusByKey(after, v2Criterion)).toEqual(statusByKey(before, criterion));
    } finally {
      await t.dataSource.query('UPDATE aspirations SET target_level_id = $2 WHERE person_id = $1', [
        PRIYA,
        demoLevelId('acme', 'pmm-manager'),
      ]);
    }
  });

  it('should answer in the same number of SQL statements with 5 or 80 more accepted pieces', async () => {
    const morgan = await t.bearer('morgan@acme.test');
    const count = async () =>
      (
        await t.recordQueries(() =>
          t.http.get(`/api/people/${PRIYA}/readiness`).set('Authorization', morgan).expect(200),
        )
      ).length;
    const before = await count();
    await addEvidence(t, PRIYA, 80);
    expect(await count()).toBe(before);
    // The bulk pieces (execution, customer empathy, rated "meets") add customer empathy.
    expect(((await read('priya@acme.test', PRIYA)).body as ReadinessDetail).criteriaDemonstrated).toBe(6);
  });

  it('should load many people’s readiness in as many statements as one person’s (for the team overview)', async () => {
    const service = t.app.get(ReadinessService);
    const db = t.app.get(TenantDatabase);
    const people = await t.dataSource.query<{ id: string }[]>(
      `SELECT person_id AS id FROM aspirations WHERE organization_id = $1 AND deleted_at IS NULL`,
      [ACME],
    );
    expect(people.length).toBeGreaterThan(5);
    const load = async (ids: string[]) => {
      let size = 0;
      const statements = await t.recordQueries(() =>
        db.transaction(ACME, async (manager) => {
          size = (await service.readinessOf(manager, ACME, ids)).size;
        }),
      );
      return { size, statements: statements.length };
    };
    const one = await load([PRIYA]);
    const many = await load([...people.map((p) => p.id), acme('morgan')]);
    expect(one.size).toBe(1);
    expect(many.size).toBe(people.length);
    expect(many.statements).toBe(one.statements);
  });
});
