import { Injectable } from '@nestjs/common';

import type { Me } from '@trellis/domain';

import type { AuthenticatedUser } from '../auth/authenticated-user';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import { PersonEntity } from './person.entity';
import { toPerson } from './person.mapper';

@Injectable()
export class PeopleService {
  constructor(private readonly db: TenantDatabase) {}

  /** The caller, their manager and their direct reports: two queries whatever the team size. */
  findMe(user: AuthenticatedUser): Promise<Me> {
    return this.db.transaction(user.organizationId, async (manager) => {
      const me = await manager.findOne(PersonEntity, {
        where: { id: user.personId, organizationId: user.organizationId, active: true },
        relations: { manager: true },
      });
      if (!me) throw new DomainError('unauthenticated', 'Your account is no longer active.');
      const directReports = await manager.find(PersonEntity, {
        where: { organizationId: user.organizationId, managerId: me.id, active: true },
        order: { name: 'ASC' },
      });
      return {
        ...toPerson(me),
        roles: me.roles,
        manager: me.manager ? toPerson(me.manager) : null,
        directReports: directReports.map(toPerson),
      };
    });
  }
}
