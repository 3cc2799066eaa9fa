import { HttpErrorResponse } from '@angular/common/http';

import type { Problem, ProblemFieldError } from '@trellis/domain';

export const UNREACHABLE = "We couldn't reach Trellis. Check your connection and try again.";
export const SERVER_FAILURE = 'Something went wrong on our side. Please try again in a moment.';
export const CHANGED_ELSEWHERE =
  'This changed elsewhere since you opened it. Reload to see the latest version; what you typed stays here.';

export interface ApiFailure {
  // 0 when the API could not be reached at all.
  readonly status: number;
  // The API's own words (RFC 9457 `detail`) when it has some for people.
  readonly message: string;
  // Per-field messages of a 4xx problem, keyed by the field's path (`links.1`).
  readonly fields: readonly ProblemFieldError[];
}

const problemIn = (body: unknown): Partial<Problem> | null =>
  typeof body === 'object' && body !== null && 'status' in body ? (body as Partial<Problem>) : null;

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);

// What to tell the person when a call fails: never a server's internals.
export const describeApiFailure = (thrown: unknown): ApiFailure => {
  // A resource may hand the HTTP error over wrapped in another.
  const error = thrown instanceof Error && thrown.cause instanceof HttpErrorResponse ? thrown.cause : thrown;
  if (!(error instanceof HttpErrorResponse)) return { status: -1, message: SERVER_FAILURE, fields: [] };
  if (error.status === 0) return { status: 0, message: UNREACHABLE, fields: [] };

  const problem = problemIn(error.error);
  if (error.status >= 500) {
    const reference = text(problem?.correlationId);
    return {
      status: error.status,
      message: reference ? `${SERVER_FAILURE} (Reference ${reference})` : SERVER_FAILURE,
      fields: [],
    };
  }
  if (error.status === 409) return { status: 409, message: CHANGED_ELSEWHERE, fields: [] };

  const fields = Array.isArray(problem?.errors) ? problem.errors : [];
  return {
    status: error.status,
    message:
      text(problem?.detail) ??
      (fields.length > 0 ? 'Check the highlighted fields and try again.' : undefined) ??
      text(problem?.title) ??
      SERVER_FAILURE,
    fields,
  };
};

export const isNotFound = (error: unknown): boolean =>
  error instanceof HttpErrorResponse && error.status === 404;

// The message for one field: `links` also collects `links.2`, the errors of its items.
export const fieldMessage = (failure: ApiFailure | null, path: string): string | null =>
  failure?.fields.find((field) => field.path === path || field.path.startsWith(`${path}.`))?.message ?? null;
