import type { MatrixRow } from './support';

/** Readiness toward the target level. */
export const READINESS_MATRIX: readonly MatrixRow[] = [];
