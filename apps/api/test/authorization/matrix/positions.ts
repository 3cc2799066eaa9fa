import { demoId, demoLevelId } from '../../../src/demo/demo-id';
import { acme, acmeAll, all, IDS, type MatrixRow } from './support';

const PMM_MANAGER_SEAT = demoId('position:acme:pmm-manager');
const GLOBEX_SEAT = demoId('position:globex:platform-senior');

/** Positions and their bench: HR reads and writes them all; managers read their chain's teams'. */
export const POSITIONS_MATRIX: readonly MatrixRow[] = [
  {
    route: 'GET /api/positions',
    request: { path: '/api/positions?status=open' },
    expect: all(200),
    why: "filtered to your scope, never refused: HR sees the organization's, a manager their chain's teams', others none",
  },
  {
    route: 'POST /api/positions',
    request: {
      path: '/api/positions',
      body: {
        teamId: demoId('team:acme:Growth'),
        levelId: demoLevelId('acme', 'engineering-manager'),
        title: 'Matrix probe seat',
      },
    },
    expect: { ...acmeAll(403, 422), harper: 201 },
    why: "HR only opens seats; another organization's HR cannot name Acme's team and level (422)",
  },
  {
    route: 'GET /api/positions/:id/bench',
    request: { path: `/api/positions/${PMM_MANAGER_SEAT}/bench` },
    expect: { ...acmeAll(404, 404), harper: 200, morgan: 200 },
    why: "HR, and the manager of the seat's team chain; anyone else, and other organizations, 404",
  },
  {
    route: 'GET /api/positions/:id/bench',
    request: { path: `/api/positions/${GLOBEX_SEAT}/bench` },
    expect: acmeAll(404, 200),
    why: "another organization's seat does not exist for you",
  },
  {
    route: 'POST /api/positions/:id/fill',
    // Someone of another organization: HR gets as far as validating the person, so nothing changes.
    request: { path: `/api/positions/${PMM_MANAGER_SEAT}/fill`, body: { personId: IDS.hana } },
    expect: { ...acmeAll(403, 404), harper: 422 },
    why: "HR only fills seats; another organization's HR finds no such seat",
  },
  {
    route: 'POST /api/positions/:id/fill',
    request: { path: `/api/positions/${GLOBEX_SEAT}/fill`, body: { personId: acme('priya') } },
    expect: { ...acmeAll(403, 422), harper: 404 },
    why: "Acme's HR cannot see Globex's seat; Globex's HR cannot give it to an Acme person",
  },
];
