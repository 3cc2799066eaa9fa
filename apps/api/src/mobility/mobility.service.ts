import { Injectable } from '@nestjs/common';

import {
  MAX_TREND_QUARTERS,
  mobilityPathsReport,
  mobilityTrends,
  quarterStartsBetween,
  teamMobility,
  trendWindow,
  type MobilityPathsFilter,
  type MobilityPathsReport,
  type MobilityTeamsQuery,
  type MobilityTeamsReport,
  type MobilityTrends,
  type MobilityTrendsQuery,
} from '@trellis/domain';

import type { Actor } from '../auth/actor';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import { invalidRequest } from '../http/invalid-request';
import { MobilityRepository } from './mobility.repository';

const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * HR's map of mobility: plain rows loaded in a fixed number of statements and
 * handed to the pure rules of libs/domain. Aggregates only; no one's record is
 * read, so nothing is audited.
 */
@Injectable()
export class MobilityService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly rows: MobilityRepository,
  ) {}

  paths(actor: Actor, filter: MobilityPathsFilter): Promise<MobilityPathsReport> {
    const org = actor.organizationId;
    return this.db.transaction(org, async (manager) => {
      const moves = await this.rows.moves(manager, org);
      const levels = await this.rows.levels(manager, org);
      const teams = await this.rows.teams(manager, org);
      return mobilityPathsReport(moves, filter, levels, teams);
    });
  }

  /** Moves per quarter by kind: one counting statement, empty quarters filled in by libs/domain. */
  trends(actor: Actor, query: MobilityTrendsQuery): Promise<MobilityTrends> {
    const org = actor.organizationId;
    const window = trendWindow(query, today());
    // Checked here rather than in the schema: the default `to` is today.
    if (quarterStartsBetween(window.from, window.to).length > MAX_TREND_QUARTERS)
      throw invalidRequest([
        { path: 'from', message: `Ask for at most ${MAX_TREND_QUARTERS} quarters at a time` },
      ]);
    return this.db.transaction(org, async (manager) => {
      const counts = await this.rows.quarterlyMoveCounts(manager, org, { ...query, ...window });
      return mobilityTrends(window, counts);
    });
  }

  teams(actor: Actor, query: MobilityTeamsQuery): Promise<MobilityTeamsReport> {
    const org = actor.organizationId;
    const asOf = query.asOf ?? today();
    return this.db.transaction(org, async (manager) => {
      const allTeams = await this.rows.teams(manager, org);
      const teams = query.teamId ? allTeams.filter((team) => team.id === query.teamId) : allTeams;
      if (teams.length === 0 && query.teamId) throw new DomainError('not_found', 'There is no such team.');
      return teamMobility({
        asOf,
        teams,
        moves: await this.rows.moves(manager, org),
        people: await this.rows.people(manager, org),
        levels: await this.rows.levels(manager, org),
        lastHeldConversations: await this.rows.lastHeldConversations(manager, org, asOf),
        sharedAspirations: await this.rows.sharedAspirations(manager, org),
        openPositions: await this.rows.openPositions(manager, org),
        conversationIntervalDays: await this.rows.conversationIntervalDays(manager, org),
      });
    });
  }
}
