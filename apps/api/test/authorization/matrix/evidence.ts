import { demoId } from '../../../src/demo/demo-id';
import { acmeAll, all, IDS, type MatrixRow } from './support';

const PLAYBOOK = demoId('evidence:acme:priya-playbook');
const SAM_INTERVIEW = demoId('evidence:acme:sam-aisha-interview');

/** Evidence and its reviews. */
export const EVIDENCE_MATRIX: readonly MatrixRow[] = [
  {
    route: 'GET /api/people/:personId/evidence',
    request: { path: `/api/people/${IDS.priya}/evidence` },
    expect: { ...acmeAll(404, 404), priya: 200, morgan: 200 },
    why: 'the person and their chain; HR and admins never get evidence bodies',
  },
  {
    route: 'GET /api/people/:personId/evidence',
    request: { path: `/api/people/${IDS.lee}/evidence?status=accepted` },
    expect: { ...acmeAll(404, 404), lee: 200, jordan: 200 },
    why: "another team's manager gets 404",
  },
  {
    route: 'POST /api/people/:personId/evidence',
    request: {
      path: `/api/people/${IDS.priya}/evidence`,
      // Valid, but tied to a criterion of no ladder: the author is refused with 422, so nothing is written.
      body: {
        title: 'Matrix probe',
        kind: 'course',
        occurredOn: '2026-01-05',
        challenge: 'c',
        actions: 'a',
        outcome: 'o',
        criterionIds: [demoId('matrix:no-such-criterion')],
      },
    },
    expect: { ...acmeAll(404, 404), priya: 422, morgan: 403 },
    why: 'only the person logs their evidence (their manager sees it: 403; others 404)',
  },
  {
    route: 'GET /api/evidence/:id',
    request: { path: `/api/evidence/${PLAYBOOK}` },
    expect: { ...acmeAll(404, 404), priya: 200, morgan: 200 },
    why: 'the author and their chain; HR, admins and peers get 404',
  },
  {
    route: 'PATCH /api/evidence/:id',
    // Valid, but a stale version: the author is refused with 409, so nothing is written.
    request: { path: `/api/evidence/${PLAYBOOK}`, body: { title: 'Matrix probe', version: 999 } },
    expect: { ...acmeAll(404, 404), priya: 409, morgan: 403 },
    why: 'only the author edits (their manager sees it: 403; others 404)',
  },
  {
    route: 'POST /api/evidence/:id/review',
    // Valid, but a stale version: the direct manager is refused with 409, so nothing is written.
    request: {
      path: `/api/evidence/${SAM_INTERVIEW}/review`,
      body: { decision: 'accepted', strength: 'meets', version: 999 },
    },
    expect: { ...acmeAll(404, 404), morgan: 409, sam: 403 },
    why: 'only the direct manager reviews; the author gets 403; everyone else 404',
  },
  {
    route: 'GET /api/reviews/pending',
    request: { path: '/api/reviews/pending' },
    expect: all(200),
    why: 'everyone has a queue; without direct reports it is empty',
  },
];
