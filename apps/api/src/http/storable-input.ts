import type { NextFunction, Request, Response } from 'express';

import { hasNulCharacter } from '@trellis/domain';

import { DomainError } from './domain-error';

/**
 * JSON.parse reviver for request bodies: Postgres text cannot hold U+0000, so a
 * body carrying one (in a value or a key) is refused as malformed (400) before any
 * handler sees it, instead of failing deep in a query.
 */
export const refuseNulCharacters = (key: string, value: unknown): unknown => {
  if (hasNulCharacter(key) || (typeof value === 'string' && hasNulCharacter(value))) {
    throw new SyntaxError('The body holds a NUL character, which cannot be stored');
  }
  return value;
};

/** The same for the URL: path segments and query strings reach SQL too. */
export const refuseNulInUrl = (request: Request, _response: Response, next: NextFunction): void => {
  if (/%00/.test(request.originalUrl) || hasNulCharacter(request.originalUrl)) {
    next(
      new DomainError('invalid', 'The address holds a NUL character, which cannot be stored.', [
        { path: '(url)', message: 'Remove the NUL character (%00)' },
      ]),
    );
    return;
  }
  next();
};
