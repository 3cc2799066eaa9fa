import { DomainError } from './domain-error';

/**
 * Opaque keyset cursors: the sort key of the last item of a page, base64url JSON.
 * Keyset (not offset) pagination stays correct and fast while rows are added.
 */
export const encodeCursor = (key: readonly (string | number)[]): string =>
  Buffer.from(JSON.stringify(key)).toString('base64url');

export const decodeCursor = (cursor: string, arity: number): (string | number)[] => {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === arity &&
      key.every((part) => typeof part === 'string' || typeof part === 'number')
    ) {
      return key;
    }
  } catch {
    // fall through to the problem below
  }
  throw new DomainError('invalid', 'The cursor is not one this API issued.', [
    { path: 'cursor', message: 'Use the nextCursor of a previous page' },
  ]);
};
