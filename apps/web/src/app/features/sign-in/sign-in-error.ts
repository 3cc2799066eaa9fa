import { HttpErrorResponse } from '@angular/common/http';

import type { Problem, ProblemFieldError } from '@trellis/domain';

export const WRONG_CREDENTIALS = 'Email or password is incorrect';
export const UNREACHABLE = "We couldn't reach Trellis. Check your connection and try again.";
export const SERVER_FAILURE = 'Something went wrong on our side. Please try again in a moment.';

export interface SignInFailure {
  readonly message: string;
  // The per-field messages of a 400 problem.
  readonly fields: readonly ProblemFieldError[];
}

// Reads only what this page shows from an RFC 9457 body. `isProblem` from
// @trellis/domain would validate all of it, but it brings zod (~90 kB gzip)
// into the one page everybody loads first.
const problemIn = (body: unknown): Partial<Problem> | null =>
  typeof body === 'object' && body !== null && 'title' in body && 'status' in body
    ? (body as Partial<Problem>)
    : null;

const stringOrUndefined = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);

// What to tell the person when signing in fails. The API's own words when it
// has some for them; never a server's internals.
export const describeSignInFailure = (error: unknown): SignInFailure => {
  if (!(error instanceof HttpErrorResponse)) return { message: SERVER_FAILURE, fields: [] };
  if (error.status === 0) return { message: UNREACHABLE, fields: [] };

  const problem = problemIn(error.error);
  if (error.status >= 500) {
    const correlationId = stringOrUndefined(problem?.correlationId);
    return {
      message: correlationId ? `${SERVER_FAILURE} (Reference ${correlationId})` : SERVER_FAILURE,
      fields: [],
    };
  }

  const fields = Array.isArray(problem?.errors) ? problem.errors : [];
  const detail = stringOrUndefined(problem?.detail);
  if (detail) return { message: detail, fields };
  if (error.status === 401) return { message: WRONG_CREDENTIALS, fields };
  if (fields.length > 0) return { message: 'Check the highlighted fields and try again.', fields };
  return { message: stringOrUndefined(problem?.title) ?? SERVER_FAILURE, fields };
};
