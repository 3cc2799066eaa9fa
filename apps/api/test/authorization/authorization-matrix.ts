import { ADMIN_MATRIX } from './matrix/admin';
import { CONVERSATIONS_MATRIX } from './matrix/conversations';
import { CORE_MATRIX } from './matrix/core';
import { EVIDENCE_MATRIX } from './matrix/evidence';
import { GROWTH_PLAN_MATRIX } from './matrix/growth-plan';
import { IMPORTS_MATRIX } from './matrix/imports';
import { LADDER_MATRIX } from './matrix/ladder';
import { MOBILITY_MATRIX } from './matrix/mobility';
import { MY_DATA_MATRIX } from './matrix/my-data';
import { POSITIONS_MATRIX } from './matrix/positions';
import { READINESS_MATRIX } from './matrix/readiness';
import type { MatrixRow } from './matrix/support';
import { TEAM_MATRIX } from './matrix/team';

export { emailOf, IDS, PERSONAS, PUBLIC_ROUTES, type MatrixRow, type Persona } from './matrix/support';

/**
 * The access rules of DESIGN.md as data, one file per feature under matrix/.
 * Every route of the API must be in one of them or in PUBLIC_ROUTES.
 */
export const AUTHORIZATION_MATRIX: readonly MatrixRow[] = [
  ...CORE_MATRIX,
  ...GROWTH_PLAN_MATRIX,
  ...EVIDENCE_MATRIX,
  ...READINESS_MATRIX,
  ...CONVERSATIONS_MATRIX,
  ...MY_DATA_MATRIX,
  ...TEAM_MATRIX,
  ...POSITIONS_MATRIX,
  ...MOBILITY_MATRIX,
  ...LADDER_MATRIX,
  ...IMPORTS_MATRIX,
  ...ADMIN_MATRIX,
];
