import type { DataSource } from 'typeorm';

import { serializeCsv } from '@trellis/domain';

import { demoOrganizationId } from '../demo/demo-id';

// Fixtures for the import's tests and benchmark: an organization's active people
// as import rows (so a file of them changes nothing), and generated new people.

export const IMPORT_HEADER = ['email', 'name', 'title', 'team', 'manager email', 'level', 'hire date'];

/** One import row, in IMPORT_HEADER's order. */
export type ImportRow = [string, string, string, string, string, string, string];

export interface OrganizationRows {
  readonly organizationId: string;
  readonly rows: ImportRow[];
  /** A level key of the latest published ladder per (track key, rank), to promote someone. */
  readonly levelKeys: ReadonlyMap<string, string>;
  readonly teams: readonly string[];
}

/** Read on an owner connection (row-level security does not apply). */
export const organizationRows = async (
  owner: DataSource,
  org: 'acme' | 'globex',
): Promise<OrganizationRows> => {
  const organizationId = demoOrganizationId(org);
  const people = await owner.query<{ row: ImportRow }[]>(
    `SELECT ARRAY[p.email, p.name, p.title, COALESCE(t.name, ''), COALESCE(m.email, ''), COALESCE(l.key, ''),
                  COALESCE(to_char(p.hire_date, 'YYYY-MM-DD'), '')] AS row
       FROM people p
       LEFT JOIN teams t ON t.id = p.team_id
       LEFT JOIN people m ON m.id = p.manager_id
       LEFT JOIN levels l ON l.id = p.level_id
      WHERE p.organization_id = $1 AND p.active AND p.deleted_at IS NULL
      ORDER BY p.email`,
    [organizationId],
  );
  const levels = await owner.query<{ track: string; rank: number; key: string }[]>(
    `SELECT tr.key AS track, l.rank, l.key FROM levels l
       JOIN tracks tr ON tr.id = l.track_id JOIN frameworks f ON f.id = tr.framework_id
      WHERE l.organization_id = $1 AND f.status = 'published'`,
    [organizationId],
  );
  const teams = await owner.query<{ name: string }[]>(
    `SELECT name FROM teams WHERE organization_id = $1 ORDER BY name`,
    [organizationId],
  );
  return {
    organizationId,
    rows: people.map((p) => p.row),
    levelKeys: new Map(levels.map((l) => [`${l.track}#${l.rank}`, l.key])),
    teams: teams.map((t) => t.name),
  };
};

/** `count` new engineers in `team`, reporting to `managerEmail`, with unique emails. */
export const newPeopleRows = (
  count: number,
  options: { prefix: string; domain: string; team: string; managerEmail: string; level: string },
): ImportRow[] =>
  Array.from({ length: count }, (_, index): ImportRow => {
    const n = String(index + 1).padStart(5, '0');
    return [
      `${options.prefix}-${n}@${options.domain}`,
      `New Person ${n}`,
      'Software Engineer',
      options.team,
      options.managerEmail,
      options.level,
      '2026-01-05',
    ];
  });

export const importCsv = (rows: readonly (readonly string[])[]): string =>
  serializeCsv([IMPORT_HEADER, ...rows]);
