// Typed errors thrown by services; the problem-details filter maps each code to a status.
export const DOMAIN_ERROR_STATUS = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid: 422,
} as const;

export type DomainErrorCode = keyof typeof DOMAIN_ERROR_STATUS;

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Field-level errors, each naming the path of the bad field. */
    readonly errors?: readonly { path: string; message: string }[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
