import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 7 (admin people list, GET /api/admin/people):
 * - (organization_id, name, id) serves the list's keyset order (name, then id);
 * - trigram indexes make the "name or email contains…" search an index scan rather
 *   than a scan of the organization's people. pg_trgm is a trusted extension: a
 *   database owner may create it without being superuser.
 */
export class AddAdminPeopleSearch1795400200000 implements MigrationInterface {
  name = 'AddAdminPeopleSearch1795400200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE INDEX "people_organization_id_name_id_idx" ON "people" ("organization_id", "name", "id")
        `);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "people_name_email_trgm_idx" ON "people" USING gin ("name" gin_trgm_ops, "email" gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."people_name_email_trgm_idx"`);
    // The extension stays: other schemas of the database may use it.
    await queryRunner.query(`DROP INDEX "public"."people_organization_id_name_id_idx"`);
  }
}
