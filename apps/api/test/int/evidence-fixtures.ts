import type { TestApp } from './test-app';

/**
 * Adds `count` pieces of evidence for a person on the owner connection, tied to the
 * execution and customer-empathy criteria; accepted ones get a "meets" review by
 * the person's manager. For measuring that endpoints do not grow with the data.
 */
export const addEvidence = async (t: TestApp, personId: string, count: number, status = 'accepted') => {
  await t.dataSource.query(
    `WITH p AS (SELECT id, organization_id, manager_id FROM people WHERE id = $1),
          e AS (INSERT INTO evidence (organization_id, person_id, title, kind, occurred_on, challenge, actions, outcome, status)
                SELECT p.organization_id, p.id, 'Bulk piece ' || g, 'course', DATE '2025-01-01' + g, 'c', 'a', 'o', $3
                  FROM p, generate_series(1, $2) g RETURNING id, organization_id),
          c AS (INSERT INTO evidence_criteria (organization_id, evidence_id, criterion_id)
                SELECT e.organization_id, e.id, k.id FROM e
                  JOIN criteria k ON k.organization_id = e.organization_id AND k.key IN ('execution', 'customer-empathy')
                RETURNING evidence_id)
     INSERT INTO evidence_reviews (organization_id, evidence_id, reviewer_id, decision, strength, evidence_version)
     SELECT e.organization_id, e.id, p.manager_id, 'accepted', 'meets', 1 FROM e, p WHERE $3 = 'accepted'`,
    [personId, count, status],
  );
};
