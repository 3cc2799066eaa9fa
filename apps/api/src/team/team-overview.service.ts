import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import {
  compareTeamSortKeys,
  teamSortKey,
  type TeamMember,
  type TeamOverview,
  type TeamQuery,
  type TeamSort,
  type TeamSortKey,
} from '@trellis/domain';

import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import { decodeCursor, encodeCursor } from '../http/page-cursor';
import { ReadinessService } from '../readiness/readiness.service';
import { toTeamMember } from './team-member.mapper';
import { TeamOverviewRepository, type TeamMemberRow } from './team-overview.repository';

/**
 * GET /api/team. Being a manager is not a role but a fact of the org chart, so
 * anyone may ask: the answer is whoever reports to the caller now (read from the
 * database on every request), possibly no one. A constant number of statements
 * whatever the team size: the overview query, ReadinessService's batch loader
 * (for everyone shown at once), and one audit event per read.
 */
@Injectable()
export class TeamOverviewService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly repository: TeamOverviewRepository,
    private readonly readiness: ReadinessService,
    private readonly audit: AuditService,
  ) {}

  overview(actor: Actor, query: TeamQuery, correlationId: string): Promise<TeamOverview> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const { intervalDays, members } = await this.repository.members(
        manager,
        actor.organizationId,
        actor.personId,
        query,
      );
      // Readiness is computed in the app (libs/domain), so sorting by it needs everyone's;
      // any other order needs only the page's.
      const byReadiness = query.sort === 'readiness';
      let readiness = byReadiness ? await this.readinessOf(manager, actor, members) : null;
      const after = query.cursor ? decodeTeamCursor(query.cursor, query.sort) : null;
      const keyed = members
        .map((row) => ({ row, key: sortKeyOf(query.sort, row, readiness) }))
        .sort((a, b) => compareTeamSortKeys(a.key, b.key));
      const rest = after ? keyed.filter(({ key }) => compareTeamSortKeys(key, after) > 0) : keyed;
      const page = rest.slice(0, query.limit);
      readiness ??= await this.readinessOf(
        manager,
        actor,
        page.map(({ row }) => row),
      );
      const items: TeamMember[] = page.map(({ row }) => toTeamMember(row, readiness.get(row.id) ?? null));
      const last = page[page.length - 1];

      if (items.length > 0) {
        // One event per read of the overview, naming everyone shown (not one per person).
        await this.audit.record(manager, {
          actor,
          action: 'team.read',
          targetType: 'team',
          targetId: null,
          subjectPersonId: null,
          correlationId,
          details: {
            depth: query.depth,
            shown: items.length,
            people: items.map((item) => item.person.id).join(' '),
          },
        });
      }
      return {
        items,
        nextCursor: rest.length > query.limit && last ? encodeTeamCursor(query.sort, last.key) : null,
        total: members.length,
        conversationIntervalDays: intervalDays,
      };
    });
  }

  // Overall readiness of everyone given who has an aspiration, in one batch.
  private async readinessOf(
    manager: EntityManager,
    actor: Actor,
    rows: readonly TeamMemberRow[],
  ): Promise<Map<string, number>> {
    const found = await this.readiness.readinessOf(
      manager,
      actor.organizationId,
      rows.filter((row) => row.target_level_id !== null).map((row) => row.id),
    );
    return new Map([...found].map(([personId, { readiness }]) => [personId, readiness.overall]));
  }
}

const sortKeyOf = (sort: TeamSort, row: TeamMemberRow, readiness: Map<string, number> | null): TeamSortKey =>
  teamSortKey(sort, {
    person: { id: row.id, name: row.name },
    readiness: readiness?.get(row.id) ?? null,
    lastConversationAt: row.last_held_at ? row.last_held_at.toISOString() : null,
  });

// The cursor names its sort, so that a cursor of another order is refused rather than misread.
const encodeTeamCursor = (sort: TeamSort, [primary, name, id]: TeamSortKey): string =>
  encodeCursor([sort, primary === null ? '' : String(primary), name, id]);

const decodeTeamCursor = (cursor: string, sort: TeamSort): TeamSortKey => {
  const [cursorSort, primary, name, id] = decodeCursor(cursor, 4);
  const number = primary === '' ? null : Number(primary);
  if (
    cursorSort !== sort ||
    typeof name !== 'string' ||
    typeof id !== 'string' ||
    typeof primary !== 'string' ||
    (number !== null && !Number.isFinite(number))
  ) {
    throw new DomainError('invalid', 'The cursor is not one this API issued for this order.', [
      { path: 'cursor', message: 'Use the nextCursor of a previous page with the same sort' },
    ]);
  }
  return [number, name, id];
};
