import { MigrationInterface, QueryRunner } from 'typeorm';

/** The role the API's pool runs as (see database/app-role.ts). */
const APP_ROLE = 'trellis_app';

// Every table that carries organization_id. A test fails when a tenant table is
// missing here (database/row-level-security.int-spec.ts).
const TENANT_TABLES = [
  'teams',
  'people',
  'auth_sessions',
  'frameworks',
  'tracks',
  'track_paths',
  'levels',
  'criteria',
  'expectations',
  'aspirations',
  'growth_plans',
  'goals',
  'growth_actions',
  'evidence',
  'evidence_criteria',
  'evidence_reviews',
  'conversations',
  'conversation_notes',
  'action_items',
  'positions',
  'moves',
  'notifications',
  'audit_events',
];

// NULLIF: after a SET LOCAL ends, the setting reads as '' on that pooled connection.
const CURRENT_ORGANIZATION = `NULLIF(current_setting('app.organization_id', true), '')::uuid`;

/**
 * Row-level security as a second wall behind the query layer: the API's pool runs
 * as the app role trellis_app (owns no table, not superuser, no BYPASSRLS), which sees only
 * the rows of the organization set for the transaction (SET LOCAL
 * app.organization_id). Without one it sees nothing. The migrating user keeps a
 * policy of its own, for migrations and the demo seed. Audit rows can be added
 * and read by the app, never changed or deleted.
 */
export class EnableRowLevelSecurity1795321945325 implements MigrationInterface {
  name = 'EnableRowLevelSecurity1795321945325';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Roles belong to the whole server: create it once, whichever database migrates first.
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          CREATE ROLE ${APP_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION;
        END IF;
      END $$`);
    // The migrating user takes the role on for each app connection (options: -c role=…).
    await queryRunner.query(`GRANT ${APP_ROLE} TO CURRENT_USER`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
    await queryRunner.query(`GRANT SELECT ON organizations TO ${APP_ROLE}`);
    await queryRunner.query(`ALTER TABLE organizations ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE organizations FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON organizations TO ${APP_ROLE} USING (id = ${CURRENT_ORGANIZATION})`,
    );
    await queryRunner.query(
      `CREATE POLICY migrator_all ON organizations TO CURRENT_USER USING (true) WITH CHECK (true)`,
    );
    for (const table of TENANT_TABLES) {
      const privileges = table === 'audit_events' ? 'SELECT, INSERT' : 'SELECT, INSERT, UPDATE, DELETE';
      await queryRunner.query(`GRANT ${privileges} ON ${table} TO ${APP_ROLE}`);
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant_isolation ON ${table} TO ${APP_ROLE}
           USING (organization_id = ${CURRENT_ORGANIZATION})
           WITH CHECK (organization_id = ${CURRENT_ORGANIZATION})`,
      );
      await queryRunner.query(
        `CREATE POLICY migrator_all ON ${table} TO CURRENT_USER USING (true) WITH CHECK (true)`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TENANT_TABLES, 'organizations']) {
      await queryRunner.query(`DROP POLICY IF EXISTS migrator_all ON ${table}`);
      await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON ${table}`);
      await queryRunner.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`REVOKE ALL ON ${table} FROM ${APP_ROLE}`);
    }
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM ${APP_ROLE}`);
    // The role itself stays: other databases on the same server may still use it.
  }
}
