import type { EvidenceWithHistory, Page, TeamOverview } from '@trellis/domain';

import { startTestApp, TestApp } from '../../test/int/test-app';
import { demoId } from '../demo/demo-id';
import { acmePerson } from './team-fixtures';

const PRIYA = acmePerson('priya');
const MORGAN = acmePerson('morgan');
const JORDAN = acmePerson('jordan');
// Reviewed by Morgan (accepted) before the move.
const PRIYA_EVIDENCE = demoId('evidence:acme:priya-insights-launch');
// Held by Priya and Morgan in September, with shared and private notes.
const PRIYA_MORGAN_CONVERSATION = demoId('conversation:acme:priya-plan-review');

/**
 * A change of manager (DESIGN.md: a manager's reach is computed from the org
 * chart on every request): Priya moves from Morgan to Jordan.
 */
describe('Continuity across a change of manager', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const status = async (persona: string, path: string) =>
    (await t.http.get(path).set('Authorization', tokens[persona] ?? '')).status;
  const get = async <T>(persona: string, path: string): Promise<T> => {
    const response = await t.http.get(path).set('Authorization', tokens[persona] ?? '');
    expect(response.status).toBe(200);
    return response.body as T;
  };
  // Her record, as the endpoints that show it.
  const RECORD = [
    `/api/people/${PRIYA}/aspiration`,
    `/api/people/${PRIYA}/growth-plan`,
    `/api/people/${PRIYA}/evidence`,
    `/api/evidence/${PRIYA_EVIDENCE}`,
    `/api/people/${PRIYA}/readiness`,
    `/api/people/${PRIYA}`,
  ];
  const CONVERSATION = [
    `/api/conversations/${PRIYA_MORGAN_CONVERSATION}`,
    `/api/conversations/${PRIYA_MORGAN_CONVERSATION}/notes/shared`,
  ];

  beforeAll(async () => {
    t = await startTestApp();
    // Signed in once, before the move: the tokens carry no reach, so none needs renewing.
    for (const persona of ['priya', 'morgan', 'jordan'])
      tokens[persona] = await t.bearer(`${persona}@acme.test`);
  });
  afterAll(() => t.close());

  it('should show Priya’s record to Morgan, not to Jordan, before the move', async () => {
    for (const path of RECORD) {
      expect([path, await status('morgan', path)]).toEqual([path, 200]);
      expect([path, await status('jordan', path)]).toEqual([path, 404]);
    }
  });

  describe('after Priya moves to Jordan', () => {
    beforeAll(() => t.dataSource.query(`UPDATE people SET manager_id = $1 WHERE id = $2`, [JORDAN, PRIYA]));

    it('should show Jordan her aspiration, plan, evidence, review history and readiness at once', async () => {
      for (const path of RECORD) expect([path, await status('jordan', path)]).toEqual([path, 200]);
      const evidence = await get<EvidenceWithHistory>('jordan', `/api/evidence/${PRIYA_EVIDENCE}`);
      expect(evidence.reviews.map((review) => review.reviewerId)).toContain(MORGAN);
      const team = await get<TeamOverview>('jordan', '/api/team');
      expect(team.items.find((item) => item.person.id === PRIYA)).toMatchObject({
        manager: { id: JORDAN },
        aspiration: { targetLevelId: expect.any(String) as string },
        // Jordan has not talked with her yet: the clock starts with him.
        lastConversationAt: null,
        flags: expect.arrayContaining(['no_conversation']) as string[],
      });
    });

    it('should take her record out of Morgan’s reach on his very next request (404)', async () => {
      for (const path of RECORD) expect([path, await status('morgan', path)]).toEqual([path, 404]);
      const team = await get<TeamOverview>('morgan', '/api/team');
      expect(team.items.map((item) => item.person.name)).toEqual(['Sam Okafor']);
    });

    it('should keep the Priya–Morgan conversation with the two people who were in it', async () => {
      for (const path of CONVERSATION) {
        expect([path, await status('priya', path)]).toEqual([path, 200]);
        expect([path, await status('morgan', path)]).toEqual([path, 200]);
        expect([path, await status('jordan', path)]).toEqual([path, 404]);
      }
      const morganPrivate = `/api/conversations/${PRIYA_MORGAN_CONVERSATION}/notes/private`;
      expect(await status('morgan', morganPrivate)).toBe(200);
      expect(await status('jordan', morganPrivate)).toBe(404);
      const listed = await get<Page<{ id: string }>>('jordan', '/api/conversations?limit=100');
      expect(listed.items.map((c) => c.id)).not.toContain(PRIYA_MORGAN_CONVERSATION);
    });

    it('should let Jordan review her evidence now, and Morgan no longer', async () => {
      const [submitted] = await t.dataSource.query<{ id: string; version: number }[]>(
        `SELECT id, version FROM evidence WHERE person_id = $1 AND status = 'submitted' LIMIT 1`,
        [PRIYA],
      );
      const review = (persona: string) =>
        t.http
          .post(`/api/evidence/${submitted?.id}/review`)
          .set('Authorization', tokens[persona] ?? '')
          .send({
            decision: 'needs_more',
            comment: 'Add the pipeline numbers.',
            version: submitted?.version,
          });
      expect((await review('morgan')).status).toBe(404);
      expect((await review('jordan')).status).toBe(200);
    });
  });
});
