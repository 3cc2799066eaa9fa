import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { Relation } from '@trellis/domain';

import type { Actor } from '../actor';

// A management chain deeper than this is a data error (or a cycle): stop walking.
const MAX_CHAIN_DEPTH = 32;

/**
 * Who the caller is to a person, decided from the database on every request
 * (never from token claims): a reassigned report is out of the old manager's
 * reach on the very next request.
 */
@Injectable()
export class ScopeService {
  /**
   * One query, inside the caller's tenant transaction: walks up the person's management chain. Null when the person does
   * not exist in the caller's organization or the caller is not in their chain.
   */
  async relationTo(manager: EntityManager, actor: Actor, personId: string): Promise<Relation | null> {
    if (personId === actor.personId) return 'self';
    const rows = await manager.query<{ depth: number }[]>(
      `WITH RECURSIVE chain AS (
         SELECT p.id, p.manager_id, 0 AS depth
           FROM people p
          WHERE p.id = $1 AND p.organization_id = $2 AND p.deleted_at IS NULL
         UNION ALL
         SELECT m.id, m.manager_id, c.depth + 1
           FROM people m JOIN chain c ON m.id = c.manager_id
          WHERE m.organization_id = $2 AND c.depth < $4
       )
       SELECT min(depth)::int AS depth FROM chain WHERE manager_id = $3`,
      [personId, actor.organizationId, actor.personId, MAX_CHAIN_DEPTH],
    );
    const depth = rows[0]?.depth;
    if (depth === null || depth === undefined) return null;
    return depth === 0 ? 'direct_manager' : 'indirect_manager';
  }

  /**
   * SQL condition: the person row `alias` is the caller or in the caller's subtree.
   * Lists are filtered in SQL before loading, never after. Use with subtreeParameters().
   */
  subtreeCondition(alias: string): string {
    return `${alias}.id IN (
      WITH RECURSIVE subtree AS (
        SELECT s.id, 0 AS depth FROM people s
         WHERE s.id = :scopeActorId AND s.organization_id = :scopeOrganizationId
        UNION ALL
        SELECT r.id, t.depth + 1 FROM people r JOIN subtree t ON r.manager_id = t.id
         WHERE r.organization_id = :scopeOrganizationId AND t.depth < :scopeMaxDepth
      )
      SELECT id FROM subtree)`;
  }

  subtreeParameters(actor: Actor): Record<string, string | number> {
    return {
      scopeActorId: actor.personId,
      scopeOrganizationId: actor.organizationId,
      scopeMaxDepth: MAX_CHAIN_DEPTH,
    };
  }
}
