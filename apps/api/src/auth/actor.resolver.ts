import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request } from 'express';
import { Repository } from 'typeorm';

import { DomainError } from '../http/domain-error';
import { PersonEntity } from '../people/person.entity';
import type { Actor } from './actor';
import type { AuthenticatedUser } from './authenticated-user';

export type RequestWithActor = Omit<Request, 'user'> & { user?: AuthenticatedUser; actor?: Actor };

/** Loads the caller's current roles once per request (one query) and keeps them on the request. */
@Injectable()
export class ActorResolver {
  constructor(@InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>) {}

  async resolve(request: RequestWithActor): Promise<Actor> {
    if (request.actor) return request.actor;
    const user = request.user;
    if (!user) throw new DomainError('unauthenticated', 'Sign in to continue.');
    const person = await this.people.findOne({
      where: { id: user.personId, organizationId: user.organizationId, active: true },
      select: { id: true, roles: true },
    });
    if (!person) throw new DomainError('unauthenticated', 'Your account is no longer active.');
    request.actor = { ...user, roles: person.roles };
    return request.actor;
  }
}
