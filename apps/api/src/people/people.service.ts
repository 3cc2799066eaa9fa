import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import type { Me } from '@trellis/domain';

import type { AuthenticatedUser } from '../auth/authenticated-user';
import { DomainError } from '../http/domain-error';
import { PersonEntity } from './person.entity';
import { toPerson } from './person.mapper';

@Injectable()
export class PeopleService {
  constructor(@InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>) {}

  /** The caller, their manager and their direct reports: two queries whatever the team size. */
  async findMe(user: AuthenticatedUser): Promise<Me> {
    const me = await this.people.findOne({
      where: { id: user.personId, organizationId: user.organizationId, active: true },
      relations: { manager: true },
    });
    if (!me) throw new DomainError('unauthenticated', 'Your account is no longer active.');
    const directReports = await this.people.find({
      where: { organizationId: user.organizationId, managerId: me.id, active: true },
      order: { name: 'ASC' },
    });
    return {
      ...toPerson(me),
      roles: me.roles,
      manager: me.manager ? toPerson(me.manager) : null,
      directReports: directReports.map(toPerson),
    };
  }
}
