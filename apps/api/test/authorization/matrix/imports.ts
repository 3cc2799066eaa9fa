import type { MatrixRow } from './support';

/** Org chart import (HR and admins). */
export const IMPORTS_MATRIX: readonly MatrixRow[] = [];
