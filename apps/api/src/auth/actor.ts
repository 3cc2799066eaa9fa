import type { Role } from '@trellis/domain';

import type { AuthenticatedUser } from './authenticated-user';

/** The caller with their roles as the database holds them now (never from token claims). */
export interface Actor extends AuthenticatedUser {
  readonly roles: readonly Role[];
}

export const hasAnyRole = (actor: Actor, roles: readonly Role[]): boolean =>
  roles.some((role) => actor.roles.includes(role));
