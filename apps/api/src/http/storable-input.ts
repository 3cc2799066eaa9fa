import { BadRequestException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

import { hasNulCharacter, isStorableText } from '@trellis/domain';

/**
 * JSON.parse reviver for request bodies: text Postgres cannot store as sent (U+0000,
 * lone surrogates), in a value or a key, is refused as malformed (400) before any
 * handler sees it, instead of failing deep in a query or being silently altered.
 */
export const refuseUnstorableText = (key: string, value: unknown): unknown => {
  if (!isStorableText(key) || (typeof value === 'string' && !isStorableText(value))) {
    throw new SyntaxError('The body holds text that cannot be stored (a NUL character or broken unicode)');
  }
  return value;
};

/** The same for the URL: path segments and query strings reach SQL too. */
export const refuseNulInUrl = (request: Request, _response: Response, next: NextFunction): void => {
  if (/%00/.test(request.originalUrl) || hasNulCharacter(request.originalUrl)) {
    next(new BadRequestException('The address holds a NUL character (%00), which cannot be stored.'));
    return;
  }
  next();
};
