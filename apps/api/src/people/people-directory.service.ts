import { Injectable } from '@nestjs/common';
import { Brackets } from 'typeorm';

import type { Page, PeopleQuery, Person } from '@trellis/domain';

import { AuditService } from '../audit/audit.service';
import { hasAnyRole, type Actor } from '../auth/actor';
import { ScopeService } from '../auth/scope/scope.service';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import { CursorPart, decodeCursorAs, encodeCursor } from '../http/page-cursor';
import { PersonEntity } from './person.entity';
import { toPerson } from './person.mapper';

// HR and admins see the whole organization's directory; everyone else sees
// themselves, their manager and their own subtree.
const seesWholeOrganization = (actor: Actor) => hasAnyRole(actor, ['hr', 'admin']);

@Injectable()
export class PeopleDirectoryService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
  ) {}

  /** One query: scope, search and keyset pagination all in SQL. */
  list(actor: Actor, query: PeopleQuery): Promise<Page<Person>> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const builder = manager
        .getRepository(PersonEntity)
        .createQueryBuilder('p')
        .where('p.organization_id = :org AND p.active', { org: actor.organizationId })
        .orderBy('p.name', 'ASC')
        .addOrderBy('p.id', 'ASC')
        .take(query.limit + 1);
      if (!seesWholeOrganization(actor)) {
        builder.andWhere(
          new Brackets((scoped) => {
            scoped
              .where(
                'p.id = (SELECT me.manager_id FROM people me WHERE me.id = :me AND me.organization_id = :org)',
                {
                  me: actor.personId,
                },
              )
              .orWhere(this.scope.subtreeCondition('p'), this.scope.subtreeParameters(actor));
          }),
        );
      }
      if (query.q) {
        builder.andWhere('(p.name ILIKE :q OR p.email ILIKE :q OR p.title ILIKE :q)', {
          q: `%${escapeLike(query.q)}%`,
        });
      }
      if (query.teamId) builder.andWhere('p.team_id = :teamId', { teamId: query.teamId });
      if (query.cursor) {
        const [name, id] = decodeCursorAs(query.cursor, [CursorPart.text, CursorPart.uuid]);
        builder.andWhere('(p.name, p.id) > (:cursorName, :cursorId::uuid)', {
          cursorName: name,
          cursorId: id,
        });
      }
      const rows = await builder.getMany();
      const items = rows.slice(0, query.limit);
      const last = items[items.length - 1];
      return {
        items: items.map(toPerson),
        nextCursor: rows.length > query.limit && last ? encodeCursor([last.name, last.id]) : null,
      };
    });
  }

  /**
   * Three queries at most. Outside your scope a person does not exist (404).
   * A manager's, HR's or an admin's read of someone else is audited in the same transaction.
   */
  async get(actor: Actor, personId: string, correlationId: string): Promise<Person> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const target = await manager.findOne(PersonEntity, {
        where: { id: personId, organizationId: actor.organizationId, active: true },
      });
      const me = await manager.findOne(PersonEntity, {
        where: { id: actor.personId, organizationId: actor.organizationId },
        select: { id: true, managerId: true },
      });
      if (!target) throw notFound();
      if (target.id === actor.personId) return toPerson(target);

      const relation = await this.scope.relationTo(manager, actor, target.id);
      const isMyManager = me?.managerId === target.id;
      if (!relation && !isMyManager && !seesWholeOrganization(actor)) throw notFound();
      if (relation || seesWholeOrganization(actor)) {
        await this.audit.record(manager, {
          actor,
          action: 'person.read',
          targetType: 'person',
          targetId: target.id,
          subjectPersonId: target.id,
          correlationId,
          details: { as: relation ?? actor.roles.filter((r) => r !== 'member').join(',') },
        });
      }
      return toPerson(target);
    });
  }
}

const notFound = () => new DomainError('not_found', 'There is no such person.');

// A search term is text, not a pattern.
const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);
