import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { TeamFlag, TeamQuery, TrackKind } from '@trellis/domain';

import {
  aspirationChangedSince,
  conversationDueAt,
  conversationFactsJoin,
  requestWaitingSince,
} from './conversation-cadence';

// A management chain deeper than this is a data error (or a cycle): stop walking.
const MAX_DEPTH = 32;

/** One report as the overview's query returns it. */
export interface TeamMemberRow {
  depth: number;
  id: string;
  name: string;
  title: string;
  team_id: string | null;
  level_id: string | null;
  level_name: string | null;
  track_id: string | null;
  track_name: string | null;
  track_kind: TrackKind | null;
  track_discipline: string | null;
  manager_id: string;
  manager_name: string;
  target_level_id: string | null;
  target_level_name: string | null;
  target_track_id: string | null;
  target_track_name: string | null;
  target_track_kind: TrackKind | null;
  target_track_discipline: string | null;
  aspiration_updated_at: Date | null;
  evidence_awaiting_review: number;
  last_held_at: Date | null;
  open_requests: number;
  conversation_due_at: Date;
  flags: TeamFlag[];
}

type Row = { interval_days: number } & ({ id: null } | TeamMemberRow);

/**
 * The whole overview in ONE statement, whatever the team size: the subtree walk,
 * each person's level and aspiration (joins), and per-person aggregates (evidence
 * waiting for review, conversations with the direct manager) in LATERAL
 * sub-selects; the flags are computed here too, so that filtering by one is SQL.
 */
@Injectable()
export class TeamOverviewRepository {
  async members(
    manager: EntityManager,
    organizationId: string,
    managerId: string,
    query: Pick<TeamQuery, 'depth' | 'flag' | 'q'>,
  ): Promise<{ intervalDays: number; members: TeamMemberRow[] }> {
    const rows = await manager.query<Row[]>(
      `WITH RECURSIVE subtree AS (
         -- The walk goes through everyone, as ScopeService's does (a deactivated manager's
         -- reports stay in the skip-level's reach); the list shows active people only.
         SELECT p.id, 1 AS depth
           FROM people p
          WHERE p.organization_id = $1 AND p.manager_id = $2
         UNION ALL
         SELECT p.id, s.depth + 1
           FROM people p JOIN subtree s ON p.manager_id = s.id
          WHERE p.organization_id = $1 AND s.depth < $3
       ),
       nearest AS (
         SELECT DISTINCT ON (id) id, depth FROM subtree WHERE id <> $2 ORDER BY id, depth
       ),
       settings AS (
         SELECT o.conversation_interval_days AS days FROM organizations o WHERE o.id = $1
       ),
       member AS (
         SELECT n.depth, p.id, p.name, p.title, p.team_id, p.level_id,
                l.name AS level_name, t.id AS track_id, t.name AS track_name,
                t.kind AS track_kind, t.discipline AS track_discipline,
                m.id AS manager_id, m.name AS manager_name,
                a.target_level_id, al.name AS target_level_name, atr.id AS target_track_id,
                atr.name AS target_track_name, atr.kind AS target_track_kind,
                atr.discipline AS target_track_discipline, a.updated_at AS aspiration_updated_at,
                ev.submitted AS evidence_awaiting_review,
                conv.last_held_at, conv.open_requests, conv.waiting_since,
                ${conversationDueAt('p', 's.days')} AS conversation_due_at
           FROM nearest n
           CROSS JOIN settings s
           JOIN people p ON p.organization_id = $1 AND p.id = n.id AND p.active AND p.deleted_at IS NULL
           JOIN people m ON m.organization_id = $1 AND m.id = p.manager_id
           LEFT JOIN levels l ON l.organization_id = $1 AND l.id = p.level_id
           LEFT JOIN tracks t ON t.organization_id = $1 AND t.id = l.track_id
           LEFT JOIN aspirations a
             ON a.organization_id = $1 AND a.person_id = p.id AND a.deleted_at IS NULL
           LEFT JOIN levels al ON al.organization_id = $1 AND al.id = a.target_level_id
           LEFT JOIN tracks atr ON atr.organization_id = $1 AND atr.id = al.track_id
           LEFT JOIN LATERAL (
             SELECT count(*)::int AS submitted
               FROM evidence e
              WHERE e.organization_id = $1 AND e.person_id = p.id
                AND e.status = 'submitted' AND e.deleted_at IS NULL
           ) ev ON true
           ${conversationFactsJoin('p', '$1')}
          WHERE $4::text IS NULL OR p.name ILIKE $4 OR p.title ILIKE $4
       ),
       flagged AS (
         SELECT member.*,
                array_remove(ARRAY[
                  CASE WHEN conversation_due_at < now() THEN 'no_conversation' END,
                  CASE WHEN waiting_since < ${requestWaitingSince()} THEN 'request_waiting' END,
                  CASE WHEN aspiration_updated_at > ${aspirationChangedSince()} THEN 'aspiration_changed' END
                ]::text[], NULL) AS flags
           FROM member
       )
       -- The settings row always comes back, with no member when nobody matches.
       SELECT s.days AS interval_days, f.*
         FROM settings s
         LEFT JOIN flagged f ON $5::text IS NULL OR $5 = ANY (f.flags)`,
      [
        organizationId,
        managerId,
        query.depth === 'all' ? MAX_DEPTH : 1,
        query.q ? `%${escapeLike(query.q)}%` : null,
        query.flag ?? null,
      ],
    );
    const intervalDays = rows[0]?.interval_days ?? 0;
    return { intervalDays, members: rows.filter((row): row is Row & TeamMemberRow => row.id !== null) };
  }
}

// A search term is text, not a pattern.
const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);
