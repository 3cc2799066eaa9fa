import type { MatrixRow } from './support';

/** Evidence and its reviews. */
export const EVIDENCE_MATRIX: readonly MatrixRow[] = [];
