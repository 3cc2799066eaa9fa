import type { MatrixRow } from './support';

/** The ladder editor: drafts, changes against the published version, publish (HR and admins). */
export const LADDER_MATRIX: readonly MatrixRow[] = [];
