import type { MatrixRow } from './support';

/** Career conversations, their notes and action items. */
export const CONVERSATIONS_MATRIX: readonly MatrixRow[] = [];
