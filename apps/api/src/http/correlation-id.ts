import { randomUUID } from 'node:crypto';

import type { Request } from 'express';

export const CORRELATION_HEADER = 'x-correlation-id';
const ACCEPTABLE_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** The caller's correlation id when it looks sane, else a fresh one; kept on the request. */
export const correlationIdOf = (request: Request): string => {
  const existing = (request as Request & { correlationId?: string }).correlationId;
  if (existing) return existing;
  const offered = request.header(CORRELATION_HEADER);
  const id = offered && ACCEPTABLE_ID.test(offered) ? offered : randomUUID();
  (request as Request & { correlationId?: string }).correlationId = id;
  return id;
};
