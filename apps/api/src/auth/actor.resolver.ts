import { Injectable } from '@nestjs/common';
import type { Request } from 'express';

import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import { PersonEntity } from '../people/person.entity';
import type { Actor } from './actor';
import type { AuthenticatedUser } from './authenticated-user';

export type RequestWithActor = Omit<Request, 'user'> & { user?: AuthenticatedUser; actor?: Actor };

/** Loads the caller's current roles once per request (one query) and keeps them on the request. */
@Injectable()
export class ActorResolver {
  constructor(private readonly db: TenantDatabase) {}

  async resolve(request: RequestWithActor): Promise<Actor> {
    if (request.actor) return request.actor;
    const user = request.user;
    if (!user) throw new DomainError('unauthenticated', 'Sign in to continue.');
    const person = await this.db.transaction(user.organizationId, (manager) =>
      manager.findOne(PersonEntity, {
        where: { id: user.personId, organizationId: user.organizationId, active: true },
        select: { id: true, roles: true, sessionVersion: true },
      }),
    );
    if (!person) throw new DomainError('unauthenticated', 'Your account is no longer active.');
    // A password change moved the session version on: tokens issued before it are dead.
    if (person.sessionVersion !== user.sessionVersion) {
      throw new DomainError('unauthenticated', 'Your session has ended. Sign in again.');
    }
    request.actor = { ...user, roles: person.roles };
    return request.actor;
  }
}
