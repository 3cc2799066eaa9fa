import { MigrationInterface, QueryRunner } from 'typeorm';

const APP_ROLE = 'trellis_app';
const CURRENT_ORGANIZATION = `NULLIF(current_setting('app.organization_id', true), '')::uuid`;

/**
 * Issue 6 (team overview, nudges, continuity across a change of manager):
 * - handover_notes, a tenant table with the same row-level security and grants
 *   as every other (see EnableRowLevelSecurity);
 * - the app may change one column of its own organization: the career-conversation
 *   interval (HR and admins, PUT /api/organization/settings);
 * - trellis_organization_ids(): the nudge sweep must visit every organization,
 *   which row-level security hides from the app role. Like trellis_login_candidate
 *   it is a SECURITY DEFINER door that returns the minimum: ids, nothing else.
 */
export class AddHandoverNotesAndNudges1795329339299 implements MigrationInterface {
  name = 'AddHandoverNotesAndNudges1795329339299';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "handover_notes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "person_id" uuid NOT NULL,
                "author_id" uuid NOT NULL,
                "body" text NOT NULL,
                CONSTRAINT "PK_64967013da144ed76ef918a5fc5" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "handover_notes_organization_id_author_id_idx" ON "handover_notes" ("organization_id", "author_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "handover_notes_organization_id_person_id_created_at_idx" ON "handover_notes" ("organization_id", "person_id", "created_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "handover_notes"
            ADD CONSTRAINT "FK_db919b7ad85bebab2b27bc0820b" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "handover_notes"
            ADD CONSTRAINT "FK_9ca23b299cde15e4585a131007b" FOREIGN KEY ("person_id", "organization_id") REFERENCES "people"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "handover_notes"
            ADD CONSTRAINT "FK_7450a4c1b0829b7239478777570" FOREIGN KEY ("author_id", "organization_id") REFERENCES "people"("id", "organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);

    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON handover_notes TO ${APP_ROLE}`);
    await queryRunner.query(`ALTER TABLE handover_notes ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE handover_notes FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON handover_notes TO ${APP_ROLE}
         USING (organization_id = ${CURRENT_ORGANIZATION})
         WITH CHECK (organization_id = ${CURRENT_ORGANIZATION})`,
    );
    await queryRunner.query(
      `CREATE POLICY migrator_all ON handover_notes TO CURRENT_USER USING (true) WITH CHECK (true)`,
    );

    // Row-level security (tenant_isolation on organizations) keeps the update to the caller's own row.
    await queryRunner.query(`GRANT UPDATE (conversation_interval_days) ON organizations TO ${APP_ROLE}`);

    await queryRunner.query(`
      CREATE FUNCTION trellis_organization_ids()
      RETURNS SETOF uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$ SELECT o.id FROM organizations o ORDER BY o.id $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION trellis_organization_ids() FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION trellis_organization_ids() TO ${APP_ROLE}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION trellis_organization_ids()`);
    await queryRunner.query(`REVOKE UPDATE (conversation_interval_days) ON organizations FROM ${APP_ROLE}`);
    await queryRunner.query(`DROP POLICY IF EXISTS migrator_all ON handover_notes`);
    await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON handover_notes`);
    await queryRunner.query(`REVOKE ALL ON handover_notes FROM ${APP_ROLE}`);
    await queryRunner.query(`
            ALTER TABLE "handover_notes" DROP CONSTRAINT "FK_7450a4c1b0829b7239478777570"
        `);
    await queryRunner.query(`
            ALTER TABLE "handover_notes" DROP CONSTRAINT "FK_9ca23b299cde15e4585a131007b"
        `);
    await queryRunner.query(`
            ALTER TABLE "handover_notes" DROP CONSTRAINT "FK_db919b7ad85bebab2b27bc0820b"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."handover_notes_organization_id_person_id_created_at_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."handover_notes_organization_id_author_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "handover_notes"
        `);
  }
}
