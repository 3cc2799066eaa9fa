import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

import type { Actor } from './actor';

/** The caller with their current roles, resolved by ActorGuard. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<Request & { actor?: Actor }>().actor;
  // ActorGuard runs on every non-public route; a public route must not ask for an actor.
  if (!actor) throw new Error('CurrentActor used on a route without ActorGuard');
  return actor;
});
