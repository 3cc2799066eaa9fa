import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { AdminPeopleQuery, Role } from '@trellis/domain';

/** A person as the admin list reads them, with names of what they point at. */
export interface AdminPersonRow {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly title: string;
  readonly roles: Role[];
  readonly active: boolean;
  readonly hire_date: string | null;
  readonly team_id: string | null;
  readonly team_name: string | null;
  readonly level_id: string | null;
  readonly level_name: string | null;
  readonly manager_id: string | null;
  readonly manager_name: string | null;
  readonly last_sign_in_at: Date | null;
}

/** The target of an admin change and the organization's active admins, locked together. */
export interface LockedPerson {
  readonly id: string;
  readonly email: string;
  readonly roles: Role[];
  readonly active: boolean;
}

// One statement for a page or a single person: the team, level and manager joined,
// and the last sign-in as the start of the newest session family (a refresh adds a
// session to its family, a sign-in starts a new one).
const SELECT_PEOPLE = `
  SELECT p.id, p.name, p.email, p.title, p.roles, p.active,
         to_char(p.hire_date, 'YYYY-MM-DD') AS hire_date,
         t.id AS team_id, t.name AS team_name,
         l.id AS level_id, l.name AS level_name,
         m.id AS manager_id, m.name AS manager_name,
         (SELECT max(f.signed_in_at) FROM (
            SELECT min(s.created_at) AS signed_in_at FROM auth_sessions s
             WHERE s.organization_id = p.organization_id AND s.person_id = p.id
             GROUP BY s.family_id) f) AS last_sign_in_at
    FROM people p
    LEFT JOIN teams t ON t.organization_id = p.organization_id AND t.id = p.team_id
    LEFT JOIN levels l ON l.organization_id = p.organization_id AND l.id = p.level_id
    LEFT JOIN people m ON m.organization_id = p.organization_id AND m.id = p.manager_id
   WHERE p.organization_id = $1 AND p.deleted_at IS NULL`;

export interface PageKey {
  readonly name: string;
  readonly id: string;
}

@Injectable()
export class AdminPeopleRepository {
  /** One page in (name, id) order; `limit + 1` rows so the caller knows whether more follow. */
  page(
    manager: EntityManager,
    organizationId: string,
    query: AdminPeopleQuery,
    after: PageKey | null,
  ): Promise<AdminPersonRow[]> {
    const params: unknown[] = [organizationId];
    const where: string[] = [];
    const bind = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    if (query.query) {
      // Served by the trigram index (migration AddAdminPeopleSearch).
      const pattern = bind(`%${escapeLike(query.query)}%`);
      where.push(`(p.name ILIKE ${pattern} OR p.email ILIKE ${pattern})`);
    }
    if (query.role) where.push(`${bind(query.role)} = ANY(p.roles)`);
    if (query.status) where.push(`p.active = ${bind(query.status === 'active')}`);
    if (after) where.push(`(p.name, p.id) > (${bind(after.name)}, ${bind(after.id)}::uuid)`);
    const sql = `${SELECT_PEOPLE} ${where.map((condition) => `AND ${condition}`).join(' ')}
      ORDER BY p.name, p.id LIMIT ${bind(query.limit + 1)}`;
    return manager.query<AdminPersonRow[]>(sql, params);
  }

  async one(
    manager: EntityManager,
    organizationId: string,
    personId: string,
  ): Promise<AdminPersonRow | null> {
    const rows = await manager.query<AdminPersonRow[]>(`${SELECT_PEOPLE} AND p.id = $2`, [
      organizationId,
      personId,
    ]);
    return rows[0] ?? null;
  }

  /**
   * Locks the target and every active admin of the organization, in id order (so two
   * admins changing each other cannot deadlock), in one statement: the "last admin"
   * rule then holds even when two changes race.
   */
  lockTargetAndAdmins(
    manager: EntityManager,
    organizationId: string,
    personId: string,
  ): Promise<LockedPerson[]> {
    return manager.query<LockedPerson[]>(
      `SELECT p.id, p.email, p.roles, p.active FROM people p
        WHERE p.organization_id = $1 AND p.deleted_at IS NULL
          AND (p.id = $2 OR (p.active AND 'admin' = ANY(p.roles)))
        ORDER BY p.id FOR UPDATE`,
      [organizationId, personId],
    );
  }
}

// A search term is text, not a pattern.
const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);
