import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

import { correlationIdOf } from './correlation-id';

/** The request's correlation id, for audit events written by the service. */
export const CorrelationId = createParamDecorator((_data: unknown, context: ExecutionContext): string =>
  correlationIdOf(context.switchToHttp().getRequest<Request>()),
);
