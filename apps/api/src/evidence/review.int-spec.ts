import type { Evidence, EvidenceWithHistory, Page, PendingReview, Problem } from '@trellis/domain';

import { addEvidence } from '../../test/int/evidence-fixtures';
import { startTestApp, TestApp } from '../../test/int/test-app';
import { demoFrameworkRowId, demoId, demoLevelId, demoPersonId } from '../demo/demo-id';

const PRIYA = demoPersonId('acme', 'priya');
const SAM = demoPersonId('acme', 'sam');
const MORGAN = demoPersonId('acme', 'morgan');
const criterion = (key: string) => demoFrameworkRowId('acme', `criterion:${key}`);
const evidenceId = (key: string) => demoId(`evidence:acme:${key}`);
const ESCALATION = evidenceId('priya-escalation-path');
const AISHA = evidenceId('sam-aisha-interview');
const WIN_LOSS = evidenceId('priya-win-loss');

describe('Evidence reviews (POST /api/evidence/:id/review, GET /api/reviews/pending)', () => {
  let t: TestApp;
  const review = async (email: string, id: string, body: object) =>
    t.http
      .post(`/api/evidence/${id}/review`)
      .set('Authorization', await t.bearer(email))
      .send(body);
  const read = async (email: string, id: string) =>
    (await t.http.get(`/api/evidence/${id}`).set('Authorization', await t.bearer(email)))
      .body as EvidenceWithHistory;
  const pending = async (email: string, query = '') =>
    t.http.get(`/api/reviews/pending${query}`).set('Authorization', await t.bearer(email));
  const setManager = (personId: string, managerId: string) =>
    t.dataSource.query('UPDATE people SET manager_id = $2 WHERE id = $1', [personId, managerId]);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('the queue', () => {
    it("should show Morgan his reports' submitted evidence, oldest first, with the bar beside it", async () => {
      const response = await pending('morgan@acme.test');
      expect(response.status).toBe(200);
      const { items, nextCursor } = response.body as Page<PendingReview>;
      expect(nextCursor).toBeNull();
      expect(items.map((item) => item.evidence.id)).toEqual([ESCALATION, AISHA]);
      const [priya, sam] = items;
      expect(priya).toMatchObject({
        person: { id: PRIYA, name: 'Priya Raman', title: 'Senior Product Marketing Manager' },
        bar: {
          levelId: demoLevelId('acme', 'pmm-manager'),
          levelName: 'Manager, Product Marketing',
          source: 'target',
        },
        previousReview: null,
      });
      expect(priya?.criteria.map((c) => c.criterionId).sort()).toEqual(
        [criterion('leadership-without-authority'), criterion('cross-functional-impact')].sort(),
      );
      expect(
        priya?.criteria.every((c) => (c.expectation?.proficiency ?? 0) === 3 && c.expectation?.description),
      ).toBe(true);
      // Sam's bar is the Product Manager level he aims for, not his PMM level.
      expect(sam?.bar).toMatchObject({ levelId: demoLevelId('acme', 'pm'), source: 'target' });
    });

    it('should page through the queue with the cursor', async () => {
      const first = (await pending('morgan@acme.test', '?limit=1')).body as Page<PendingReview>;
      expect(first.items.map((item) => item.evidence.id)).toEqual([ESCALATION]);
      const second = (await pending('morgan@acme.test', `?limit=1&cursor=${first.nextCursor ?? ''}`))
        .body as Page<PendingReview>;
      expect(second.items.map((item) => item.evidence.id)).toEqual([AISHA]);
      expect(second.nextCursor).toBeNull();
    });

    it('should give someone without reports, HR or an admin an empty queue (200)', async () => {
      for (const email of ['priya@acme.test', 'harper@acme.test', 'avery@acme.test', 'hana@globex.test']) {
        const response = await pending(email);
        expect(response.status).toBe(200);
        expect((response.body as Page<PendingReview>).items).toEqual([]);
      }
      // Jordan's queue holds his own reports' evidence (Lee's RFC among it), never Morgan's reports'.
      const jordan = (await pending('jordan@acme.test')).body as Page<PendingReview>;
      const names = jordan.items.map((item) => item.person.name);
      expect(names).toContain('Lee Park');
      expect(names).not.toContain('Priya Raman');
      expect(names).not.toContain('Sam Okafor');
    });

    it('should answer in the same number of SQL statements with 2 or 40 more items waiting', async () => {
      const morgan = await t.bearer('morgan@acme.test');
      const count = async () =>
        (
          await t.recordQueries(() =>
            t.http.get('/api/reviews/pending?limit=100').set('Authorization', morgan).expect(200),
          )
        ).length;
      const before = await count();
      await addEvidence(t, PRIYA, 20, 'submitted');
      await addEvidence(t, SAM, 20, 'submitted');
      expect(
        ((await pending('morgan@acme.test', '?limit=100')).body as Page<PendingReview>).items,
      ).toHaveLength(42);
      expect(await count()).toBe(before);
      await t.dataSource.query(
        `DELETE FROM evidence_criteria WHERE evidence_id IN (SELECT id FROM evidence WHERE title LIKE 'Bulk piece %');
         DELETE FROM evidence WHERE title LIKE 'Bulk piece %'`,
      );
    });
  });

  describe('reviewing', () => {
    it('should let Morgan accept Priya’s evidence: the status follows, Priya is told, it leaves the queue', async () => {
      const { version } = await read('morgan@acme.test', ESCALATION);
      const response = await review('morgan@acme.test', ESCALATION, {
        decision: 'accepted',
        strength: 'meets',
        comment: 'Exactly leadership without authority.',
        version,
      });
      expect(response.status).toBe(200);
      expect(response.body as Evidence).toMatchObject({
        status: 'accepted',
        version: version + 1,
        review: {
          decision: 'accepted',
          strength: 'meets',
          reviewerId: MORGAN,
          comment: 'Exactly leadership without authority.',
        },
      });
      const notifications = await t.dataSource.query<{ kind: string; link: string; title: string }[]>(
        `SELECT kind, link, title FROM notifications WHERE person_id = $1 AND subject_id = $2 AND kind = 'evidence_reviewed'`,
        [PRIYA, ESCALATION],
      );
      expect(notifications).toEqual([
        {
          kind: 'evidence_reviewed',
          link: `/me/evidence/${ESCALATION}`,
          title: 'Morgan Blake accepted “One escalation path for Sales and Support”',
        },
      ]);
      const audit = await t.dataSource.query<{ action: string }[]>(
        `SELECT action FROM audit_events WHERE target_id = $1 AND action = 'evidence.review'`,
        [ESCALATION],
      );
      expect(audit).toHaveLength(1);
      const queue = (await pending('morgan@acme.test')).body as Page<PendingReview>;
      expect(queue.items.map((item) => item.evidence.id)).toEqual([AISHA]);
    });

    it('should refuse the author (403), HR, admins, peers and other organizations (404)', async () => {
      const body = { decision: 'accepted', strength: 'exceeds' };
      expect((await review('sam@acme.test', AISHA, body)).status).toBe(403);
      for (const email of [
        'priya@acme.test',
        'harper@acme.test',
        'avery@acme.test',
        'jordan@acme.test',
        'hana@globex.test',
      ]) {
        expect((await review(email, AISHA, body)).status).toBe(404);
      }
      expect((await read('sam@acme.test', AISHA)).status).toBe('submitted');
    });

    it('should let a skip-level manager read but not review (403); the direct manager reviews', async () => {
      await setManager(SAM, PRIYA);
      try {
        const { version } = await read('morgan@acme.test', AISHA);
        const skip = await review('morgan@acme.test', AISHA, {
          decision: 'accepted',
          strength: 'meets',
          version,
        });
        expect(skip.status).toBe(403);
        expect((skip.body as Problem).detail).toBe(
          'Only Sam Okafor’s direct manager reviews their evidence.',
        );
        const direct = await review('priya@acme.test', AISHA, {
          decision: 'needs_more',
          comment: 'Add the three gaps you found.',
          version,
        });
        expect(direct.status).toBe(200);
        expect((direct.body as Evidence).review).toMatchObject({ decision: 'needs_more', strength: null });
      } finally {
        await setManager(SAM, MORGAN);
      }
    });

    it('should refuse an incomplete review (400) and a stale version (409), changing nothing', async () => {
      const before = await read('morgan@acme.test', WIN_LOSS);
      for (const body of [
        { decision: 'accepted' },
        { decision: 'needs_more' },
        { decision: 'declined', comment: '  ' },
        { decision: 'approved', comment: 'x' },
        { decision: 'accepted', strength: 'meets', status: 'accepted' },
      ]) {
        expect((await review('morgan@acme.test', WIN_LOSS, body)).status).toBe(400);
      }
      const stale = await review('morgan@acme.test', WIN_LOSS, {
        decision: 'accepted',
        strength: 'meets',
        version: before.version + 5,
      });
      expect(stale.status).toBe(409);
      expect(await read('morgan@acme.test', WIN_LOSS)).toEqual(before);
    });

    it('should show the last review beside evidence resubmitted after "needs more"', async () => {
      const current = await read('priya@acme.test', WIN_LOSS);
      await t.http
        .patch(`/api/evidence/${WIN_LOSS}`)
        .set('Authorization', await t.bearer('priya@acme.test'))
        .send({ outcome: 'Two roadmap decisions changed because of it.', version: current.version })
        .expect(200);
      // Reviewing the version read before the edit is refused.
      const late = await review('morgan@acme.test', WIN_LOSS, {
        decision: 'accepted',
        strength: 'meets',
        version: current.version,
      });
      expect(late.status).toBe(409);
      const item = ((await pending('morgan@acme.test')).body as Page<PendingReview>).items.find(
        (candidate) => candidate.evidence.id === WIN_LOSS,
      );
      expect(item?.evidence.review).toBeNull();
      expect(item?.previousReview).toMatchObject({ decision: 'needs_more', reviewerId: MORGAN });
      const history = (await read('priya@acme.test', WIN_LOSS)).reviews;
      expect(history).toHaveLength(1);
    });
  });
});
