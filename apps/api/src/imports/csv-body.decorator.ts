import { createParamDecorator, ExecutionContext, UnsupportedMediaTypeException } from '@nestjs/common';
import type { Request } from 'express';

import { PEOPLE_IMPORT_CONTENT_TYPE } from '@trellis/domain';

/**
 * The request body as CSV text. Only a `text/csv` body is read as text (the body
 * parser registered in create-app.ts, with its size limit); anything else is 415.
 */
export const CsvBody = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const request = context.switchToHttp().getRequest<Request>();
  const body: unknown = request.body;
  if (!request.is(PEOPLE_IMPORT_CONTENT_TYPE) || typeof body !== 'string') {
    throw new UnsupportedMediaTypeException(`Send the file as ${PEOPLE_IMPORT_CONTENT_TYPE} (UTF-8).`);
  }
  return body;
});
