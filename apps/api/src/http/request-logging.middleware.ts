import { Inject, Injectable, Logger, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

import { APP_CONFIG, ResolvedConfig } from '../config/config.module';
import { CORRELATION_HEADER, correlationIdOf } from './correlation-id';

/** One log line per request: method, route, status, duration and correlation id. */
@Injectable()
export class RequestLoggingMiddleware implements NestMiddleware {
  private readonly logger = new Logger('HTTP');

  constructor(@Inject(APP_CONFIG) private readonly config: ResolvedConfig) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    const correlationId = correlationIdOf(request);
    response.setHeader(CORRELATION_HEADER, correlationId);
    response.on('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      // The route pattern, not the raw URL, so that ids and query strings stay out of logs.
      const route = request.route
        ? `${request.baseUrl}${String((request.route as { path: string }).path)}`
        : request.path;
      const line = `${request.method} ${route} ${response.statusCode} ${durationMs.toFixed(1)}ms`;
      if (this.config.logFormat === 'pretty') {
        this.logger.log(`${line} [${correlationId}]`);
        return;
      }
      const status = response.statusCode;
      this.logger.log({ message: line, method: request.method, route, status, durationMs, correlationId });
    });
    next();
  }
}
