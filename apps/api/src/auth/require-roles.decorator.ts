import { SetMetadata } from '@nestjs/common';

import type { Role } from '@trellis/domain';

export const REQUIRED_ROLES = 'trellis:requiredRoles';

/** Role-wide gate (HR, admin): callers without one of the roles get 403. */
export const RequireRoles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);
