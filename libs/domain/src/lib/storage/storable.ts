import { z } from 'zod';

// Limits of what Postgres stores, checked at the edge so that bad input is a 4xx,
// never a database error.

/** The largest value of a Postgres `integer` column (versions, ranks). */
export const MAX_STORED_INTEGER = 2_147_483_647;

/** Postgres `text` cannot hold U+0000. */
export const hasNulCharacter = (text: string): boolean => text.includes('\u0000');

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text Postgres stores exactly as sent: no NUL, and well-formed UTF-16 (a lone
 * surrogate would be silently replaced by U+FFFD on the way to UTF-8).
 */
export const isStorableText = (text: string): boolean => !hasNulCharacter(text) && !LONE_SURROGATE.test(text);

/** The earliest calendar date an input may carry: nothing in a career is older. */
export const EARLIEST_DATE = '1900-01-01';

/**
 * A YYYY-MM-DD input date Postgres stores: the ISO pattern alone lets year 0000
 * through, which Postgres refuses (a 500 instead of a 4xx).
 */
export const storableDate = (error: string) =>
  z.iso.date({ error }).refine((date) => date >= EARLIEST_DATE, { error: 'Give a date from 1900 on' });
