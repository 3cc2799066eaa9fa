import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

import type { Role } from '@trellis/domain';

import { DomainError } from '../http/domain-error';
import { hasAnyRole } from './actor';
import { ActorResolver, type RequestWithActor } from './actor.resolver';
import { IS_PUBLIC } from './public.decorator';
import { REQUIRED_ROLES } from './require-roles.decorator';

/**
 * Runs after the JWT guard on every non-public route: resolves the caller's
 * current roles from the database once per request (a deactivated person is out
 * at once) and enforces @RequireRoles with them (403 for a role-wide denial).
 */
@Injectable()
export class ActorGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const actor = await this.actors.resolve(context.switchToHttp().getRequest<RequestWithActor>());
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required?.length && !hasAnyRole(actor, required)) {
      throw new DomainError('forbidden', `This needs one of the roles: ${required.join(', ')}.`);
    }
    return true;
  }
}
