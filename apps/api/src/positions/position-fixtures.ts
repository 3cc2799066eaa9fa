import type { DataSource } from 'typeorm';

import { demoId, demoLevelId, demoOrganizationId, demoPersonId } from '../demo/demo-id';

// Test fixtures for the positions specs, written on the owner connection (past
// row-level security). Not imported by the app.

export const ACME = demoOrganizationId('acme');
export const acme = (key: string) => demoPersonId('acme', key);
export const acmeLevel = (key: string) => demoLevelId('acme', key);
export const acmeTeam = (name: string) => demoId(`team:acme:${name}`);
export const acmePosition = (key: string) => demoId(`position:acme:${key}`);

/**
 * `count` new people under Morgan at Senior PMM, each aspiring to `target` and
 * sharing it with HR, each with two pieces of accepted evidence: a bench that grows.
 */
export const addAspirants = async (ds: DataSource, count: number, target: string): Promise<void> => {
  await ds.query(
    `WITH p AS (
       INSERT INTO people (organization_id, name, email, title, team_id, manager_id, level_id, hire_date)
       SELECT $1, 'Aspirant ' || g || ' ' || $5, 'aspirant-' || g || '-' || $5 || '@acme.test', 'Senior PMM',
              $2, $3, $4, DATE '2022-01-01'
         FROM generate_series(1, $6) g
       RETURNING id, organization_id, manager_id),
     a AS (
       INSERT INTO aspirations (organization_id, person_id, target_level_id, statement, shared_with_hr)
       SELECT p.organization_id, p.id, $7, 'Lead the team', true FROM p RETURNING person_id),
     e AS (
       INSERT INTO evidence (organization_id, person_id, title, kind, occurred_on, challenge, actions, outcome, status)
       SELECT p.organization_id, p.id, 'Bulk piece ' || g, 'course', DATE '2025-01-01' + g, 'c', 'a', 'o', 'accepted'
         FROM p, generate_series(1, 2) g RETURNING id, organization_id, person_id),
     c AS (
       INSERT INTO evidence_criteria (organization_id, evidence_id, criterion_id)
       SELECT e.organization_id, e.id, k.id FROM e
         JOIN criteria k ON k.organization_id = e.organization_id AND k.key IN ('execution', 'customer-empathy')
       RETURNING evidence_id)
     INSERT INTO evidence_reviews (organization_id, evidence_id, reviewer_id, decision, strength, evidence_version)
     SELECT e.organization_id, e.id, $3, 'accepted', 'meets', 1 FROM e`,
    [
      ACME,
      acmeTeam('Product Marketing'),
      acme('morgan'),
      acmeLevel('senior-pmm'),
      Date.now().toString(36),
      count,
      acmeLevel(target),
    ],
  );
};
