import { demoFrameworkRowId, demoId } from '../../../src/demo/demo-id';
import { acmeAll, IDS, type MatrixRow } from './support';

// Demo rows, by the seed's id scheme (apps/api/src/demo/rows/growth-rows.ts).
const PRIYA_GOAL = demoId('goal:acme:priya:leadership-without-authority');
const PRIYA_ACTION = demoId('growth-action:acme:priya:leadership-without-authority:0');
const LEE_GOAL = demoId('goal:acme:lee:beyond-your-swim-lane');
const GLOBEX_CRITERION = demoFrameworkRowId('globex', 'criterion:execution');

/** Growth plans, goals and actions. */
export const GROWTH_PLAN_MATRIX: readonly MatrixRow[] = [
  {
    route: 'GET /api/people/:personId/growth-plan',
    request: { path: `/api/people/${IDS.priya}/growth-plan` },
    expect: { ...acmeAll(404, 404), priya: 200, morgan: 200 },
    why: 'the person and their management chain; HR never reads plans, nor do admins or peers',
  },
  {
    route: 'GET /api/people/:personId/growth-plan',
    request: { path: `/api/people/${IDS.lee}/growth-plan` },
    expect: { ...acmeAll(404, 404), lee: 200, jordan: 200 },
    why: "another team's manager gets 404",
  },
  {
    route: 'GET /api/people/:personId/growth-plan',
    request: { path: `/api/people/${IDS.morgan}/growth-plan` },
    expect: { ...acmeAll(404, 404), morgan: 200 },
    why: 'no plan yet: the person reads an empty one; reports do not read their manager’s plan',
  },
  {
    route: 'POST /api/people/:personId/growth-plan/goals',
    request: {
      path: `/api/people/${IDS.priya}/growth-plan/goals`,
      // Valid, but on another organization's criterion: the owner gets 422, so nothing is written.
      body: { criterionId: GLOBEX_CRITERION, title: 'Matrix probe' },
    },
    expect: { ...acmeAll(404, 404), priya: 422, morgan: 403 },
    why: 'only the person adds goals (their manager sees the plan: 403; others 404)',
  },
  {
    route: 'PATCH /api/goals/:id',
    request: { path: `/api/goals/${PRIYA_GOAL}`, body: { title: 'Matrix probe', version: 999 } },
    expect: { ...acmeAll(404, 404), priya: 409, morgan: 403 },
    why: 'only the person edits a goal (a stale version: 409, nothing written); the chain 403',
  },
  {
    route: 'POST /api/goals/:id/actions',
    request: { path: `/api/goals/${LEE_GOAL}/actions`, body: { kind: 'course', title: 'Matrix probe' } },
    expect: { ...acmeAll(404, 404), lee: 201, jordan: 403 },
    why: 'only the person adds actions (Lee adds one course); the chain 403, anyone else 404',
  },
  {
    route: 'PATCH /api/actions/:id',
    request: { path: `/api/actions/${PRIYA_ACTION}`, body: { status: 'done', version: 999 } },
    expect: { ...acmeAll(404, 404), priya: 409, morgan: 403 },
    why: 'only the person edits an action (a stale version: 409, nothing written); the chain 403',
  },
];
