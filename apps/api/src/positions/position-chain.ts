import { Injectable } from '@nestjs/common';

import type { Actor } from '../auth/actor';

// A management chain deeper than this is a data error (or a cycle): stop walking.
const MAX_CHAIN_DEPTH = 32;

/**
 * Which seats a manager reads: those on the teams of their management chain.
 * A team is in the caller's chain when its lead is the caller or someone in the
 * caller's subtree; a team without a lead (its manager left) belongs to the
 * chain of its parent team. So Morgan, who leads Product Marketing, reads its
 * seats; Rafael, who leads Engineering, reads those of Growth (Jordan reports to
 * him) and of Payments (no lead, under Engineering). Decided from the database
 * on every request, in SQL, before anything is loaded.
 */
@Injectable()
export class PositionChain {
  /** SQL condition: the team id `column` is a team of the caller's chain. Use with parameters(). */
  teamCondition(column: string): string {
    return `${column} IN (
      WITH RECURSIVE subtree AS (
        SELECT s.id, 0 AS depth FROM people s
         WHERE s.id = :chainActorId AND s.organization_id = :chainOrganizationId AND s.deleted_at IS NULL
        UNION ALL
        SELECT r.id, st.depth + 1 FROM people r JOIN subtree st ON r.manager_id = st.id
         WHERE r.organization_id = :chainOrganizationId AND r.deleted_at IS NULL AND st.depth < :chainMaxDepth
      ),
      chain_teams AS (
        SELECT t.id FROM teams t
         WHERE t.organization_id = :chainOrganizationId AND t.lead_id IN (SELECT id FROM subtree)
        UNION
        SELECT c.id FROM teams c JOIN chain_teams ct ON c.parent_team_id = ct.id
         WHERE c.organization_id = :chainOrganizationId AND c.lead_id IS NULL
      )
      SELECT id FROM chain_teams)`;
  }

  parameters(actor: Actor): Record<string, string | number> {
    return {
      chainActorId: actor.personId,
      chainOrganizationId: actor.organizationId,
      chainMaxDepth: MAX_CHAIN_DEPTH,
    };
  }
}
