import { Injectable } from '@nestjs/common';

import type { Page, Position, PositionInput, PositionListQuery } from '@trellis/domain';

import { AuditService } from '../audit/audit.service';
import { hasAnyRole, type Actor } from '../auth/actor';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import { CursorPart, decodeCursorAs, encodeCursor } from '../http/page-cursor';
import { PositionChain } from './position-chain';
import { PositionEntity } from './position.entity';
import { today, toPosition } from './position.mapper';

/** HR opens seats and reads all of them; a manager reads those of the teams of their chain. */
@Injectable()
export class PositionsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly chain: PositionChain,
    private readonly audit: AuditService,
  ) {}

  /**
   * One query: scope, filters and keyset pagination in SQL, newest seats first.
   * Not a role-wide denial for others: "manager" is not a role, so anyone gets the
   * seats of their own chain, which for someone who manages no team is none.
   */
  list(actor: Actor, query: PositionListQuery): Promise<Page<Position>> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const builder = manager
        .getRepository(PositionEntity)
        .createQueryBuilder('pos')
        .where('pos.organization_id = :org', { org: actor.organizationId })
        .orderBy('pos.opened_on', 'DESC')
        .addOrderBy('pos.id', 'DESC')
        .take(query.limit + 1);
      if (!hasAnyRole(actor, ['hr'])) {
        builder.andWhere(this.chain.teamCondition('pos.team_id'), this.chain.parameters(actor));
      }
      if (query.status) builder.andWhere('pos.status = :status', { status: query.status });
      if (query.teamId) builder.andWhere('pos.team_id = :teamId', { teamId: query.teamId });
      if (query.cursor) {
        const [openedOn, id] = decodeCursorAs(query.cursor, [CursorPart.date, CursorPart.uuid]);
        builder.andWhere('(pos.opened_on, pos.id) < (:cursorOpenedOn::date, :cursorId::uuid)', {
          cursorOpenedOn: openedOn,
          cursorId: id,
        });
      }
      const rows = await builder.getMany();
      const items = rows.slice(0, query.limit);
      const last = items[items.length - 1];
      return {
        items: items.map(toPosition),
        nextCursor: rows.length > query.limit && last ? encodeCursor([last.openedOn, last.id]) : null,
      };
    });
  }

  /** HR only (403 for others). The team and the level must be the organization's (422). Audited. */
  create(actor: Actor, input: PositionInput, correlationId: string): Promise<Position> {
    if (!hasAnyRole(actor, ['hr'])) throw new DomainError('forbidden', 'Only HR opens positions.');
    return this.db.transaction(actor.organizationId, async (manager) => {
      // One statement checks both: the team, and a level of a published version of the ladder.
      const [found] = await manager.query<{ team: boolean; level: boolean }[]>(
        `SELECT EXISTS (SELECT 1 FROM teams t WHERE t.organization_id = $1 AND t.id = $2) AS team,
                EXISTS (SELECT 1 FROM levels l
                          JOIN tracks tr ON tr.organization_id = l.organization_id AND tr.id = l.track_id
                          JOIN frameworks f ON f.organization_id = tr.organization_id AND f.id = tr.framework_id
                         WHERE l.organization_id = $1 AND l.id = $3 AND f.status = 'published') AS level`,
        [actor.organizationId, input.teamId, input.levelId],
      );
      const fieldErrors = [
        ...(found?.team ? [] : [{ path: 'teamId', message: 'Choose a team of your organization' }]),
        ...(found?.level
          ? []
          : [{ path: 'levelId', message: 'Choose a level of your published career ladder' }]),
      ];
      if (fieldErrors.length > 0) {
        throw new DomainError(
          'invalid',
          'The position needs a team and a level of your organization.',
          fieldErrors,
        );
      }
      const position = await manager.save(
        manager.create(PositionEntity, {
          organizationId: actor.organizationId,
          teamId: input.teamId,
          levelId: input.levelId,
          title: input.title,
          status: 'open',
          openedOn: today(),
          filledOn: null,
          filledById: null,
        }),
      );
      await this.audit.record(manager, {
        actor,
        action: 'position.create',
        targetType: 'position',
        targetId: position.id,
        subjectPersonId: null,
        correlationId,
        details: { teamId: position.teamId, levelId: position.levelId },
      });
      return toPosition(position);
    });
  }
}
