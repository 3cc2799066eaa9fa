import type { MatrixRow } from './support';

/** The organization admin's operations on people. */
export const ADMIN_MATRIX: readonly MatrixRow[] = [];
