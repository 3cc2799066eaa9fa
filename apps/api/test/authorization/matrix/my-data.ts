import type { MatrixRow } from './support';

/** Notifications and the export of my data. */
export const MY_DATA_MATRIX: readonly MatrixRow[] = [];
