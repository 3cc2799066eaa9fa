import { z } from 'zod';

import { hasNulCharacter, MAX_STORED_INTEGER } from '@trellis/domain';

import { DomainError } from './domain-error';

/**
 * Opaque keyset cursors: the sort key of the last item of a page, base64url JSON.
 * Keyset (not offset) pagination stays correct and fast while rows are added.
 */
export const encodeCursor = (key: readonly (string | number)[]): string =>
  Buffer.from(JSON.stringify(key)).toString('base64url');

const isCursorPart = (part: unknown): part is string | number =>
  (typeof part === 'string' && !hasNulCharacter(part) && part.length <= 512) ||
  (typeof part === 'number' && Number.isInteger(part) && Math.abs(part) <= MAX_STORED_INTEGER);

export const decodeCursor = (cursor: string, arity: number): (string | number)[] => {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // A forged cursor must fail here, not as a database error: strings free of NUL,
    // numbers that fit a Postgres integer.
    if (Array.isArray(key) && key.length === arity && key.every(isCursorPart)) {
      return key;
    }
  } catch {
    // fall through to the problem below
  }
  throw forgedCursor();
};

const forgedCursor = () =>
  new DomainError('invalid', 'The cursor is not one this API issued.', [
    { path: 'cursor', message: 'Use the nextCursor of a previous page' },
  ]);

// --- Typed cursor parts -------------------------------------------------------
// Every part is checked before it reaches SQL, so that a forged cursor is a 422
// problem naming the cursor, never a failed cast (a 500) in Postgres.

const TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?Z)?$/;

/** A real calendar date or UTC instant Postgres accepts: no 31 February, no hour 24, no year 0. */
const isRealTime = (value: string, withTime: boolean): boolean => {
  const match = TIME.exec(value);
  if (!match || (match[4] !== undefined) !== withTime) return false;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
  const time = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return (
    year >= 1 &&
    time.getUTCFullYear() === year &&
    time.getUTCMonth() === month - 1 &&
    time.getUTCDate() === day &&
    time.getUTCHours() === hour &&
    time.getUTCMinutes() === minute &&
    time.getUTCSeconds() === second
  );
};

export const CursorPart = {
  text: z.string(),
  integer: z.number().int(),
  uuid: z.uuid(),
  /** YYYY-MM-DD. */
  date: z.string().refine((value) => isRealTime(value, false)),
  /** ISO 8601 in UTC with up to six fractional digits (Postgres keeps microseconds). */
  instant: z.string().refine((value) => isRealTime(value, true)),
} as const;

/** Decodes a cursor this API issued into typed parts, e.g. `[CursorPart.instant, CursorPart.uuid]`. */
export const decodeCursorAs = <const Parts extends readonly [z.ZodType, ...z.ZodType[]]>(
  cursor: string,
  parts: Parts,
): { -readonly [K in keyof Parts]: z.infer<Parts[K]> } => {
  const parsed = z
    .tuple(parts as unknown as [z.ZodType, ...z.ZodType[]])
    .safeParse(decodeCursor(cursor, parts.length));
  if (!parsed.success) throw forgedCursor();
  return parsed.data as { -readonly [K in keyof Parts]: z.infer<Parts[K]> };
};

/**
 * SQL for the cursor part of a timestamptz column: UTC to the microsecond, as
 * Postgres stores it. A millisecond JavaScript Date would skip or repeat rows
 * written within the same millisecond (all those of one transaction share now()).
 */
export const cursorInstantSql = (column: string): string =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
