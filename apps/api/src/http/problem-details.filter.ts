import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ZodValidationException } from 'nestjs-zod';
import { ZodError } from 'zod';

import { Problem, PROBLEM_CONTENT_TYPE, ProblemFieldError } from '@trellis/domain';

import { correlationIdOf } from './correlation-id';
import { DOMAIN_ERROR_STATUS, DomainError, RateLimitedError } from './domain-error';

const PROBLEM_TYPE_BASE = 'https://trellis.dev/problems/';

/**
 * The one place errors become HTTP: RFC 9457 problem details with a correlation
 * id. Unexpected errors are logged in full and answered with a generic body
 * (no stack, no SQL).
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const correlationId = correlationIdOf(request);
    const problem = this.toProblem(exception, correlationId, request.originalUrl.split('?')[0] ?? '');

    if (problem.status >= 500) {
      this.logger.error({
        message: `Unhandled error: ${exception instanceof Error ? exception.message : String(exception)}`,
        correlationId,
        stack: exception instanceof Error ? exception.stack : undefined,
      });
    }
    if (exception instanceof RateLimitedError) {
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).json(problem);
  }

  private toProblem(exception: unknown, correlationId: string, instance: string): Problem {
    const base = { correlationId, instance };
    if (exception instanceof ZodValidationException) {
      const error = exception.getZodError();
      return {
        ...base,
        type: `${PROBLEM_TYPE_BASE}validation`,
        title: 'The request is not valid',
        status: HttpStatus.BAD_REQUEST,
        detail: 'One or more fields are invalid; see errors.',
        errors: error instanceof ZodError ? fieldErrorsOf(error) : [],
      };
    }
    if (exception instanceof DomainError) {
      return {
        ...exception.extensions,
        ...base,
        type: `${PROBLEM_TYPE_BASE}${exception.code.replace(/_/g, '-')}`,
        title: titleOf(DOMAIN_ERROR_STATUS[exception.code]),
        status: DOMAIN_ERROR_STATUS[exception.code],
        detail: exception.message,
        ...(exception.errors ? { errors: [...exception.errors] } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const message = typeof body === 'object' && body && 'message' in body ? body.message : body;
      return {
        ...base,
        type: 'about:blank',
        title: titleOf(status),
        status,
        ...(status < 500 && typeof message === 'string' && message !== titleOf(status)
          ? { detail: message }
          : {}),
      };
    }
    const clientError = clientErrorStatusOf(exception);
    if (clientError) {
      return { ...base, type: 'about:blank', title: titleOf(clientError), status: clientError };
    }
    return {
      ...base,
      type: 'about:blank',
      title: 'Internal Server Error',
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      detail: `Something went wrong on our side. Quote ${correlationId} when reporting it.`,
    };
  }
}

export const fieldErrorsOf = (error: ZodError): ProblemFieldError[] =>
  error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));

// Errors raised by Express middleware before Nest sees the request (body too
// large, unsupported charset…) carry their status and mark themselves exposable.
const clientErrorStatusOf = (exception: unknown): number | undefined => {
  if (typeof exception !== 'object' || exception === null) return undefined;
  const { status, expose } = exception as { status?: unknown; expose?: unknown };
  return expose === true && typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const titleOf = (status: number): string =>
  TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
