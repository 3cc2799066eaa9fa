import type { MatrixRow } from './support';

/** Growth plans, goals and actions. */
export const GROWTH_PLAN_MATRIX: readonly MatrixRow[] = [];
