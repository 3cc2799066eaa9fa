/** Who is calling, as proven by the access token. Scope is resolved from the database, never from here. */
export interface AuthenticatedUser {
  readonly personId: string;
  readonly organizationId: string;
}

export interface AccessTokenClaims {
  readonly sub: string;
  readonly org: string;
}
