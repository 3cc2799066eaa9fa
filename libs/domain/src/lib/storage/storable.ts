// Limits of what Postgres stores, checked at the edge so that bad input is a 4xx,
// never a database error.

/** The largest value of a Postgres `integer` column (versions, ranks). */
export const MAX_STORED_INTEGER = 2_147_483_647;

/** Postgres `text` cannot hold U+0000. */
export const hasNulCharacter = (text: string): boolean => text.includes('\u0000');
