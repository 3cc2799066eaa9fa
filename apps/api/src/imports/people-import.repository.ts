import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type {
  ImportLevel,
  ImportOrganization,
  ImportPerson,
  ImportTeam,
  PeopleImportMove,
  PlannedPerson,
} from '@trellis/domain';

/** A planned row with its id (chosen up front for new people) and its manager's. */
export interface StoredPerson extends PlannedPerson {
  readonly id: string;
  readonly managerId: string | null;
}

// The SQL of the org chart import. Every method is one statement whatever the
// number of rows: rows travel as parallel arrays and are unnested in SQL.

@Injectable()
export class PeopleImportRepository {
  /** The organization as the import's rules need it: four statements. */
  async snapshot(
    manager: EntityManager,
    organizationId: string,
    emails: string[],
  ): Promise<ImportOrganization> {
    const people = await manager.query<ImportPerson[]>(
      `SELECT p.id, p.email, p.name, p.title, p.team_id AS "teamId", p.manager_id AS "managerId",
              p.level_id AS "levelId", to_char(p.hire_date, 'YYYY-MM-DD') AS "hireDate",
              (p.active AND p.deleted_at IS NULL) AS active
         FROM people p
        WHERE p.organization_id = $1`,
      [organizationId],
    );
    const teams = await manager.query<ImportTeam[]>(
      `SELECT t.id, t.name FROM teams t WHERE t.organization_id = $1`,
      [organizationId],
    );
    // Every published level (a person may still hold one of an older version);
    // only the latest published ladder's may be named in a file.
    const levels = await manager.query<ImportLevel[]>(
      `WITH latest AS (
         SELECT f.id FROM frameworks f
          WHERE f.organization_id = $1 AND f.status = 'published'
          ORDER BY f.published_at DESC NULLS LAST, f.version DESC
          LIMIT 1)
       SELECT l.id, l.key, l.name, l.rank, t.key AS "trackKey", t.kind AS "trackKind", t.discipline,
              (f.id IN (SELECT id FROM latest)) AS current
         FROM levels l
         JOIN tracks t ON t.organization_id = l.organization_id AND t.id = l.track_id
         JOIN frameworks f ON f.organization_id = t.organization_id AND f.id = t.framework_id
        WHERE l.organization_id = $1 AND f.status = 'published'`,
      [organizationId],
    );
    const elsewhere = await manager.query<{ email: string }[]>(
      `SELECT email FROM trellis_emails_taken_elsewhere($1::text[]) AS email`,
      [emails],
    );
    return { people, teams, levels, emailsElsewhere: new Set(elsewhere.map((row) => row.email)) };
  }

  /** Whether this transaction now holds the organization's import lock (released at commit or rollback). */
  async tryLock(manager: EntityManager, organizationId: string): Promise<boolean> {
    const [row] = await manager.query<{ locked: boolean }[]>(
      `SELECT pg_try_advisory_xact_lock(hashtextextended('trellis.people-import:' || $1, 0)) AS locked`,
      [organizationId],
    );
    return row?.locked === true;
  }

  // New people with ids chosen by the caller, so that managers created by the same
  // import are known up front: foreign keys are checked at the end of the statement,
  // so a row may name a manager inserted further down the same INSERT. Role member,
  // no password (they cannot sign in until invited).
  async insertPeople(manager: EntityManager, organizationId: string, rows: readonly StoredPerson[]) {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO people (id, organization_id, email, name, title, team_id, level_id, manager_id, hire_date,
                           roles, password_hash)
       SELECT f.id, $1, f.email, f.name, f.title, f.team_id, f.level_id, f.manager_id, f.hire_date, '{member}', NULL
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::uuid[], $8::uuid[], $9::date[])
              AS f(id, email, name, title, team_id, level_id, manager_id, hire_date)`,
      [
        organizationId,
        rows.map((r) => r.id),
        rows.map((r) => r.email),
        rows.map((r) => r.name),
        rows.map((r) => r.title),
        rows.map((r) => r.teamId),
        rows.map((r) => r.levelId),
        rows.map((r) => r.managerId),
        rows.map((r) => r.hireDate),
      ],
    );
  }

  async updatePeople(manager: EntityManager, organizationId: string, rows: readonly StoredPerson[]) {
    if (rows.length === 0) return;
    await manager.query(
      `UPDATE people p
          SET name = f.name, title = f.title, team_id = f.team_id, level_id = f.level_id,
              manager_id = f.manager_id, hire_date = f.hire_date, updated_at = now()
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::uuid[], $7::uuid[], $8::date[])
              AS f(id, name, title, team_id, level_id, manager_id, hire_date)
        WHERE p.organization_id = $1 AND p.id = f.id`,
      [
        organizationId,
        rows.map((r) => r.id),
        rows.map((r) => r.name),
        rows.map((r) => r.title),
        rows.map((r) => r.teamId),
        rows.map((r) => r.levelId),
        rows.map((r) => r.managerId),
        rows.map((r) => r.hireDate),
      ],
    );
  }

  /**
   * One statement for every move: a hire (external) for each new person on the
   * ladder, on their hire date or today, and the level or team changes of people
   * already here, today.
   */
  async recordMoves(
    manager: EntityManager,
    organizationId: string,
    hires: readonly StoredPerson[],
    moves: readonly (PeopleImportMove & { personId: string })[],
  ) {
    const onLadder = hires.filter((h) => h.levelId !== null);
    if (onLadder.length === 0 && moves.length === 0) return;
    const all = [
      ...onLadder.map((h) => ({
        personId: h.id,
        kind: 'hire',
        occurredOn: h.hireDate,
        internal: false,
        fromLevelId: null,
        toLevelId: h.levelId,
        fromTeamId: null,
        toTeamId: h.teamId,
      })),
      ...moves.map((m) => ({ ...m, occurredOn: null, internal: true })),
    ];
    await manager.query(
      `INSERT INTO moves (organization_id, person_id, kind, occurred_on, internal,
                          from_level_id, to_level_id, from_team_id, to_team_id)
       SELECT $1, f.person_id, f.kind, COALESCE(f.occurred_on, CURRENT_DATE), f.internal,
              f.from_level_id, f.to_level_id, f.from_team_id, f.to_team_id
         FROM unnest($2::uuid[], $3::text[], $4::date[], $5::boolean[], $6::uuid[], $7::uuid[], $8::uuid[], $9::uuid[])
              AS f(person_id, kind, occurred_on, internal, from_level_id, to_level_id, from_team_id, to_team_id)`,
      [
        organizationId,
        all.map((m) => m.personId),
        all.map((m) => m.kind),
        all.map((m) => m.occurredOn),
        all.map((m) => m.internal),
        all.map((m) => m.fromLevelId),
        all.map((m) => m.toLevelId),
        all.map((m) => m.fromTeamId),
        all.map((m) => m.toTeamId),
      ],
    );
  }
}
