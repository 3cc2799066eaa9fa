/** Who is calling, as proven by the access token. Scope is resolved from the database, never from here. */
export interface AuthenticatedUser {
  readonly personId: string;
  readonly organizationId: string;
  /** The person's session version when the token was issued; a different one now means it was revoked. */
  readonly sessionVersion: number;
}

export interface AccessTokenClaims {
  readonly sub: string;
  readonly org: string;
  readonly sv: number;
}
