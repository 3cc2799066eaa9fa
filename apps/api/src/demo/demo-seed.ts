import { Logger } from '@nestjs/common';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';

import type { PasswordHasher } from '../auth/password-hasher';
import { ActionItemEntity } from '../conversations/action-item.entity';
import { ConversationNoteEntity } from '../conversations/conversation-note.entity';
import { ConversationEntity } from '../conversations/conversation.entity';
import { EvidenceCriterionEntity } from '../evidence/evidence-criterion.entity';
import { EvidenceReviewEntity } from '../evidence/evidence-review.entity';
import { EvidenceEntity } from '../evidence/evidence.entity';
import { importFrameworkDocument, type ImportedFramework } from '../frameworks/framework-document.store';
import { SEED_LADDER } from '../frameworks/seed-ladder';
import { AspirationEntity } from '../growth/aspiration.entity';
import { GoalEntity } from '../growth/goal.entity';
import { GrowthActionEntity } from '../growth/growth-action.entity';
import { GrowthPlanEntity } from '../growth/growth-plan.entity';
import { MoveEntity } from '../mobility/move.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import { TeamEntity } from '../people/team.entity';
import { PositionEntity } from '../positions/position.entity';
import { demoDateShiftDays, shiftDemoDates } from './demo-dates';
import { demoFrameworkRowId, demoOrganizationId, demoPersonId } from './demo-id';
import { DEMO_PASSWORD, DEMO_SEEDS } from './demo-organizations';
import { demoRows, type DemoRows } from './rows/demo-rows';
import type { Row } from './rows/people-rows';

// The framework tables, counted before and after the import (which reports no counts of its own).
const FRAMEWORK_TABLES = {
  frameworks: 'frameworks',
  tracks: 'tracks',
  trackPaths: 'track_paths',
  levels: 'levels',
  criteria: 'criteria',
  expectations: 'expectations',
} as const;

// Everything after the people, in foreign-key order.
const LATER_TABLES = [
  ['moves', MoveEntity],
  ['aspirations', AspirationEntity],
  ['growthPlans', GrowthPlanEntity],
  ['goals', GoalEntity],
  ['growthActions', GrowthActionEntity],
  ['evidence', EvidenceEntity],
  ['evidenceCriteria', EvidenceCriterionEntity],
  ['evidenceReviews', EvidenceReviewEntity],
  ['conversations', ConversationEntity],
  ['conversationNotes', ConversationNoteEntity],
  ['actionItems', ActionItemEntity],
  ['positions', PositionEntity],
  ['notifications', NotificationEntity],
] as const;

type LaterTable = (typeof LATER_TABLES)[number][0];

/** Rows inserted per table by one run: all zero when the demo was already there. */
export type SeedReport = Record<
  'organizations' | keyof typeof FRAMEWORK_TABLES | 'teams' | 'people' | LaterTable,
  number
>;

// Well under Postgres' 65,535 bind parameters per statement, whatever the table.
const ROWS_PER_STATEMENT = 1000;

/** INSERT … ON CONFLICT DO NOTHING, one statement per table; returns the ids actually inserted. */
const insertMissing = async <T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: readonly Row<T>[],
): Promise<string[]> => {
  const key = manager.connection.getMetadata(entity).primaryColumns[0]?.databaseName ?? 'id';
  const inserted: string[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(start, start + ROWS_PER_STATEMENT))
      .orIgnore()
      .returning(`"${key}"`)
      .execute();
    // With ON CONFLICT DO NOTHING, only the rows actually inserted come back.
    inserted.push(...(result.raw as Record<string, string>[]).map((row) => row[key] ?? ''));
  }
  return inserted;
};

const countFrameworkRows = async (
  manager: EntityManager,
  organizationIds: readonly string[],
): Promise<Record<keyof typeof FRAMEWORK_TABLES, number>> => {
  const counts = Object.entries(FRAMEWORK_TABLES).map(
    ([name, table]) =>
      `(SELECT count(*) FROM "${table}" WHERE "organization_id" = ANY($1))::int AS "${name}"`,
  );
  const [row] = await manager.query<Record<keyof typeof FRAMEWORK_TABLES, number>[]>(
    `SELECT ${counts.join(', ')}`,
    [organizationIds],
  );
  if (!row) throw new Error('The framework row count returned nothing');
  return row;
};

/**
 * Seeds the demo organizations idempotently, in one transaction and a fixed
 * number of statements: every row has a stable id and is inserted only when
 * missing, so a second start changes nothing and keeps whatever the demo users
 * changed. Only the personas get a password hash (argon2 is slow on purpose),
 * and only when they are inserted.
 */
export const seedDemoOrganizations = async (
  dataSource: DataSource,
  hasher: Pick<PasswordHasher, 'hash'>,
  /** The day the demo is seeded, to which its story's dates move (see demo-dates.ts); tests keep the story day. */
  { seededOn }: { readonly seededOn?: Date } = {},
): Promise<SeedReport> => {
  const shiftDays = seededOn ? demoDateShiftDays(seededOn) : 0;
  const started = performance.now();
  const report = await dataSource.transaction(async (manager): Promise<SeedReport> => {
    const organizationIds = DEMO_SEEDS.map((org) => demoOrganizationId(org.key));
    const organizations = await insertMissing(
      manager,
      OrganizationEntity,
      DEMO_SEEDS.map((org, i) => ({ id: organizationIds[i], name: org.name, slug: org.slug })),
    );

    const frameworksBefore = await countFrameworkRows(manager, organizationIds);
    const frameworks: ImportedFramework[] = [];
    for (const [i, org] of DEMO_SEEDS.entries()) {
      frameworks.push(
        await importFrameworkDocument(manager, organizationIds[i] ?? '', SEED_LADDER, {
          status: 'published',
          idFor: (key) => demoFrameworkRowId(org.key, key),
        }),
      );
    }
    const frameworksAfter = await countFrameworkRows(manager, organizationIds);

    const personaIds = DEMO_SEEDS.flatMap((org) =>
      org.people.filter((p) => p.login).map((p) => demoPersonId(org.key, p.key)),
    );
    const existing = new Set(
      (
        await manager.query<{ id: string }[]>('SELECT "id" FROM "people" WHERE "id" = ANY($1)', [personaIds])
      ).map((row) => row.id),
    );
    const hashes = new Map(
      await Promise.all(
        personaIds
          .filter((id) => !existing.has(id))
          .map(async (id) => [id, await hasher.hash(DEMO_PASSWORD)] as const),
      ),
    );

    const perOrganization = DEMO_SEEDS.map((org, i) =>
      demoRows(
        org,
        frameworks[i] ?? { levelIds: new Map(), criterionIds: new Map() },
        (id) => hashes.get(id) ?? null,
      ),
    );
    // Both organizations' rows of a table, inserted by one statement.
    const all = <K extends keyof DemoRows>(table: K): DemoRows[K] =>
      shiftDemoDates(
        perOrganization.flatMap((rows) => rows[table] as unknown as object[]),
        shiftDays,
      ) as unknown as DemoRows[K];

    const teams = new Set(await insertMissing(manager, TeamEntity, all('teams')));
    const people = await insertMissing(manager, PersonEntity, all('people'));
    // Leads only for teams inserted now: a lead changed since in the app stays changed.
    const leads = all('teamLeads').filter((lead) => teams.has(lead.teamId));
    if (leads.length > 0)
      await manager.query(
        'UPDATE "teams" AS t SET "lead_id" = v.lead_id FROM unnest($1::uuid[], $2::uuid[]) AS v(id, lead_id) WHERE t."id" = v.id',
        [leads.map((l) => l.teamId), leads.map((l) => l.leadId)],
      );

    const later = {} as Record<LaterTable, number>;
    for (const [table, entity] of LATER_TABLES)
      later[table] = (await insertMissing<ObjectLiteral>(manager, entity, all(table))).length;

    const framework = Object.fromEntries(
      Object.keys(FRAMEWORK_TABLES).map((name) => {
        const table = name as keyof typeof FRAMEWORK_TABLES;
        return [table, frameworksAfter[table] - frameworksBefore[table]];
      }),
    ) as Record<keyof typeof FRAMEWORK_TABLES, number>;
    return {
      organizations: organizations.length,
      ...framework,
      teams: teams.size,
      people: people.length,
      ...later,
    };
  });
  const total = Object.values(report).reduce((sum, n) => sum + n, 0);
  new Logger('DemoSeed').log(
    `Demo organizations ready in ${Math.round(performance.now() - started)} ms (inserted ${total} rows: ${
      Object.entries(report)
        .filter(([, n]) => n > 0)
        .map(([table, n]) => `${n} ${table}`)
        .join(', ') || 'nothing new'
    })`,
  );
  return report;
};
