import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import type {
  MoveKind,
  PrecedentMove,
  PrecedentPerson,
  QuarterKindCount,
  ReportLevel,
  TrackKind,
} from '@trellis/domain';

// Plain rows for the pure mobility rules of libs/domain: one statement per kind
// of row, whatever the organization's size. Dates leave Postgres as YYYY-MM-DD
// text. Counts and dates only: no conversation or evidence content is selected.

export interface MobilityLevel extends ReportLevel {
  trackKind: TrackKind;
  rank: number;
  lead: boolean;
}

interface LevelRow {
  id: string;
  name: string;
  rank: number;
  is_lead: boolean;
  track_id: string;
  track_name: string;
  track_kind: TrackKind;
  discipline: string;
}

interface MoveRow {
  id: string;
  person_id: string;
  kind: PrecedentMove['kind'];
  occurred_on: string;
  internal: boolean;
  from_level_id: string | null;
  from_team_id: string | null;
  to_level_id: string | null;
  to_team_id: string | null;
}

@Injectable()
export class MobilityRepository {
  async levels(manager: EntityManager, organizationId: string): Promise<MobilityLevel[]> {
    // Every framework version: moves keep pointing at the levels of their time.
    const rows: LevelRow[] = await manager.query(
      `SELECT l.id, l.name, l.rank, l.is_lead, t.id AS track_id, t.name AS track_name,
              t.kind AS track_kind, t.discipline
         FROM levels l
         JOIN tracks t ON t.organization_id = l.organization_id AND t.id = l.track_id
        WHERE l.organization_id = $1`,
      [organizationId],
    );
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      rank: row.rank,
      lead: row.is_lead,
      trackId: row.track_id,
      trackName: row.track_name,
      trackKind: row.track_kind,
      discipline: row.discipline,
    }));
  }

  teams(manager: EntityManager, organizationId: string): Promise<{ id: string; name: string }[]> {
    return manager.query(`SELECT id, name FROM teams WHERE organization_id = $1 ORDER BY name, id`, [
      organizationId,
    ]);
  }

  async moves(manager: EntityManager, organizationId: string): Promise<PrecedentMove[]> {
    const rows: MoveRow[] = await manager.query(
      `SELECT id, person_id, kind, to_char(occurred_on, 'YYYY-MM-DD') AS occurred_on, internal,
              from_level_id, from_team_id, to_level_id, to_team_id
         FROM moves
        WHERE organization_id = $1`,
      [organizationId],
    );
    return rows.map((row) => ({
      id: row.id,
      personId: row.person_id,
      kind: row.kind,
      occurredOn: row.occurred_on,
      internal: row.internal,
      fromLevelId: row.from_level_id,
      fromTeamId: row.from_team_id,
      toLevelId: row.to_level_id,
      toTeamId: row.to_team_id,
    }));
  }

  /**
   * Moves per calendar quarter and kind in [from, to], counted by Postgres in
   * one statement. The filters mean what mobilityPathsReport's mean: a team or
   * a discipline matches when the move leaves or lands on it; disciplines are
   * compared ignoring case (as matchesMoveFilter does). Served by
   * moves_organization_id_occurred_on_idx.
   */
  async quarterlyMoveCounts(
    manager: EntityManager,
    organizationId: string,
    filter: { from: string; to: string; teamId?: string; discipline?: string; kind?: MoveKind },
  ): Promise<QuarterKindCount[]> {
    const rows: { quarter_start: string; kind: MoveKind; count: number }[] = await manager.query(
      `SELECT to_char(date_trunc('quarter', m.occurred_on::timestamp), 'YYYY-MM-DD') AS quarter_start,
              m.kind, count(*)::int AS count
         FROM moves m
        WHERE m.organization_id = $1
          AND m.occurred_on BETWEEN $2::date AND $3::date
          AND ($4::uuid IS NULL OR m.from_team_id = $4::uuid OR m.to_team_id = $4::uuid)
          AND ($5::text IS NULL OR m.kind = $5::text)
          AND ($6::text IS NULL OR EXISTS (
                SELECT 1
                  FROM levels l
                  JOIN tracks t ON t.organization_id = l.organization_id AND t.id = l.track_id
                 WHERE l.organization_id = m.organization_id
                   AND l.id IN (m.from_level_id, m.to_level_id)
                   AND lower(t.discipline) = lower($6::text)))
        GROUP BY date_trunc('quarter', m.occurred_on::timestamp), m.kind`,
      [
        organizationId,
        filter.from,
        filter.to,
        filter.teamId ?? null,
        filter.kind ?? null,
        filter.discipline ?? null,
      ],
    );
    return rows.map((row) => ({ quarterStart: row.quarter_start, kind: row.kind, count: row.count }));
  }

  async people(manager: EntityManager, organizationId: string): Promise<PrecedentPerson[]> {
    const rows: {
      id: string;
      team_id: string | null;
      level_id: string | null;
      hire_date: string | null;
      active: boolean;
    }[] = await manager.query(
      `SELECT id, team_id, level_id, to_char(hire_date, 'YYYY-MM-DD') AS hire_date, active
         FROM people
        WHERE organization_id = $1 AND deleted_at IS NULL`,
      [organizationId],
    );
    return rows.map((row) => ({
      id: row.id,
      teamId: row.team_id,
      levelId: row.level_id,
      hireDate: row.hire_date,
      active: row.active,
    }));
  }

  /** Per report, the day (UTC) of their last held career conversation on or before `asOf`. */
  async lastHeldConversations(
    manager: EntityManager,
    organizationId: string,
    asOf: string,
  ): Promise<{ personId: string; heldOn: string }[]> {
    const rows: { person_id: string; held_on: string }[] = await manager.query(
      `SELECT report_id AS person_id,
              to_char(max(coalesce(held_at, scheduled_at, updated_at)) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS held_on
         FROM conversations
        WHERE organization_id = $1 AND status = 'held' AND deleted_at IS NULL
          AND coalesce(held_at, scheduled_at, updated_at) < ($2::date + 1)::timestamp AT TIME ZONE 'UTC'
        GROUP BY report_id`,
      [organizationId, asOf],
    );
    return rows.map((row) => ({ personId: row.person_id, heldOn: row.held_on }));
  }

  /** Only the aspirations their authors shared with HR. */
  async sharedAspirations(
    manager: EntityManager,
    organizationId: string,
  ): Promise<{ personId: string; targetLevelId: string }[]> {
    const rows: { person_id: string; target_level_id: string }[] = await manager.query(
      `SELECT person_id, target_level_id
         FROM aspirations
        WHERE organization_id = $1 AND shared_with_hr AND deleted_at IS NULL`,
      [organizationId],
    );
    return rows.map((row) => ({ personId: row.person_id, targetLevelId: row.target_level_id }));
  }

  async openPositions(
    manager: EntityManager,
    organizationId: string,
  ): Promise<{ teamId: string; levelId: string }[]> {
    const rows: { team_id: string; level_id: string }[] = await manager.query(
      `SELECT team_id, level_id FROM positions
        WHERE organization_id = $1 AND status = 'open' AND deleted_at IS NULL`,
      [organizationId],
    );
    return rows.map((row) => ({ teamId: row.team_id, levelId: row.level_id }));
  }

  async conversationIntervalDays(manager: EntityManager, organizationId: string): Promise<number> {
    const rows: { days: number }[] = await manager.query(
      `SELECT conversation_interval_days AS days FROM organizations WHERE id = $1`,
      [organizationId],
    );
    return rows[0]?.days ?? 90;
  }
}
