import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ladder editor: frameworks.revision moves on with every save of a draft, so
 * that a save or publish on a stale revision is refused instead of overwriting
 * someone else's edit; and one draft per framework name at most (two editors
 * starting a draft at once cannot both win).
 */
export class AddFrameworkRevision1795400000000 implements MigrationInterface {
  name = 'AddFrameworkRevision1795400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "frameworks"
            ADD "revision" integer NOT NULL DEFAULT '1'
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "frameworks_organization_id_name_draft_key" ON "frameworks" ("organization_id", "name")
            WHERE "status" = 'draft'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."frameworks_organization_id_name_draft_key"
        `);
    await queryRunner.query(`
            ALTER TABLE "frameworks" DROP COLUMN "revision"
        `);
  }
}
