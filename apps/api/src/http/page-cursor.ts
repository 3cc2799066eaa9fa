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
  throw new DomainError('invalid', 'The cursor is not one this API issued.', [
    { path: 'cursor', message: 'Use the nextCursor of a previous page' },
  ]);
};
