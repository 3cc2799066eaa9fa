import { randomUUID } from 'node:crypto';

import type { DataSource } from 'typeorm';

import { demoFrameworkRowId, demoLevelId, demoOrganizationId, demoPersonId } from '../demo/demo-id';

// Test fixtures for the team specs, written on the owner connection (past
// row-level security). Not imported by the app.

export const ACME = demoOrganizationId('acme');
export const acmePerson = (key: string) => demoPersonId('acme', key);
export const acmeLevel = (key: string) => demoLevelId('acme', key);
export const acmeCriterion = (key: string) => demoFrameworkRowId('acme', `criterion:${key}`);

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

/** A new active person in Acme; returns their id and email. */
export const addPerson = async (
  ds: DataSource,
  options: { managerId: string | null; name?: string; hiredDaysAgo?: number; levelKey?: string },
): Promise<{ id: string; email: string }> => {
  const id = randomUUID();
  const email = `team-${id.slice(0, 8)}@acme.test`;
  await ds.query(
    `INSERT INTO people (id, organization_id, name, email, title, manager_id, level_id, hire_date)
     VALUES ($1, $2, $3, $4, 'Product Marketing Manager', $5, $6, $7::date)`,
    [
      id,
      ACME,
      options.name ?? `Report ${id.slice(0, 8)}`,
      email,
      options.managerId,
      options.levelKey ? acmeLevel(options.levelKey) : null,
      daysAgo(options.hiredDaysAgo ?? 1000)
        .toISOString()
        .slice(0, 10),
    ],
  );
  return { id, email };
};

/** Lets a person sign in with the demo password (their hash is a copy of Jordan's). */
export const giveLogin = async (ds: DataSource, personId: string): Promise<string> => {
  await ds.query(
    `UPDATE people SET password_hash = (SELECT password_hash FROM people WHERE email = 'jordan@acme.test')
      WHERE id = $1`,
    [personId],
  );
  const [row] = await ds.query<{ email: string }[]>(`SELECT email FROM people WHERE id = $1`, [personId]);
  if (!row) throw new Error(`No person ${personId}`);
  return row.email;
};

export const addConversation = async (
  ds: DataSource,
  options: {
    reportId: string;
    managerId: string;
    status: 'requested' | 'held';
    daysAgo: number;
    requestedBy?: 'report' | 'manager';
  },
): Promise<string> => {
  const at = daysAgo(options.daysAgo);
  const [row] = await ds.query<{ id: string }[]>(
    `INSERT INTO conversations (organization_id, report_id, manager_id, requester_id, topic, status,
                                scheduled_at, held_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, 'aspiration', $5, $6, $6, $7, $7) RETURNING id`,
    [
      ACME,
      options.reportId,
      options.managerId,
      options.requestedBy === 'manager' ? options.managerId : options.reportId,
      options.status,
      options.status === 'held' ? at : null,
      at,
    ],
  );
  return row?.id ?? '';
};

export const setAspiration = async (
  ds: DataSource,
  options: { personId: string; levelKey: string; updatedDaysAgo: number },
): Promise<void> => {
  const at = daysAgo(options.updatedDaysAgo);
  await ds.query(
    `INSERT INTO aspirations (organization_id, person_id, target_level_id, statement, created_at, updated_at)
     VALUES ($1, $2, $3, 'I want to lead a team', $4, $4)`,
    [ACME, options.personId, acmeLevel(options.levelKey), at],
  );
};

/** A piece of evidence on one criterion; accepted ones carry a review that meets the bar. */
export const addEvidence = async (
  ds: DataSource,
  options: { personId: string; reviewerId: string; status: 'submitted' | 'accepted'; criterionKey: string },
): Promise<string> => {
  const [row] = await ds.query<{ id: string }[]>(
    `INSERT INTO evidence (organization_id, person_id, title, kind, occurred_on, status)
     VALUES ($1, $2, 'A launch', 'project_case_study', '2026-01-15', $3) RETURNING id`,
    [ACME, options.personId, options.status],
  );
  const id = row?.id ?? '';
  await ds.query(
    `INSERT INTO evidence_criteria (organization_id, evidence_id, criterion_id) VALUES ($1, $2, $3)`,
    [ACME, id, acmeCriterion(options.criterionKey)],
  );
  if (options.status === 'accepted') {
    await ds.query(
      `INSERT INTO evidence_reviews (organization_id, evidence_id, reviewer_id, decision, strength, evidence_version)
       VALUES ($1, $2, $3, 'accepted', 'meets', 1)`,
      [ACME, id, options.reviewerId],
    );
  }
  return id;
};

/** A report with everything the overview shows: aspiration, evidence both ways, a held and a requested conversation. */
export const addBusyReport = async (ds: DataSource, managerId: string): Promise<string> => {
  const { id } = await addPerson(ds, { managerId, levelKey: 'senior-pmm' });
  await setAspiration(ds, { personId: id, levelKey: 'pmm-manager', updatedDaysAgo: 30 });
  await addEvidence(ds, {
    personId: id,
    reviewerId: managerId,
    status: 'submitted',
    criterionKey: 'execution',
  });
  await addEvidence(ds, {
    personId: id,
    reviewerId: managerId,
    status: 'accepted',
    criterionKey: 'execution',
  });
  await addConversation(ds, { reportId: id, managerId, status: 'held', daysAgo: 20 });
  await addConversation(ds, { reportId: id, managerId, status: 'requested', daysAgo: 2 });
  return id;
};
