import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrganizationsTeamsPeople1795318669317 implements MigrationInterface {
  name = 'CreateOrganizationsTeamsPeople1795318669317';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "slug" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "organizations_slug_key" ON "organizations"  ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "teams" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7e5523774a38b08a6236d322403" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "teams_organization_id_name_key" ON "teams"  ("organization_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "people" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" text NOT NULL, "email" text NOT NULL, "title" text NOT NULL, "team_id" uuid, "manager_id" uuid, "roles" text array NOT NULL DEFAULT '{member}', "password_hash" text, "hire_date" date, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_aa866e71353ee94c6cc51059c5b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "people_organization_id_team_id_idx" ON "people"  ("organization_id", "team_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "people_organization_id_manager_id_idx" ON "people"  ("organization_id", "manager_id") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "people_email_key" ON "people"  ("email") `);
    await queryRunner.query(
      `CREATE TABLE "auth_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "person_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_641507381f32580e8479efc36cd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "auth_sessions_family_id_idx" ON "auth_sessions"  ("family_id") `);
    await queryRunner.query(`CREATE INDEX "auth_sessions_person_id_idx" ON "auth_sessions"  ("person_id") `);
    await queryRunner.query(
      `ALTER TABLE "teams" ADD CONSTRAINT "FK_fdc736f761896ccc179c823a785" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "people" ADD CONSTRAINT "FK_cf52f7332103f758b27bd99c5ef" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "people" ADD CONSTRAINT "FK_6b7b841de9de9db18199f718ee9" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "people" ADD CONSTRAINT "FK_acb51d0935144495a95523ef99f" FOREIGN KEY ("manager_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_sessions" ADD CONSTRAINT "FK_e673041b9723dc97e7cf88d4052" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_sessions" ADD CONSTRAINT "FK_0390a7dee2af4aa5aa3ef39b944" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "auth_sessions" DROP CONSTRAINT "FK_0390a7dee2af4aa5aa3ef39b944"`);
    await queryRunner.query(`ALTER TABLE "auth_sessions" DROP CONSTRAINT "FK_e673041b9723dc97e7cf88d4052"`);
    await queryRunner.query(`ALTER TABLE "people" DROP CONSTRAINT "FK_acb51d0935144495a95523ef99f"`);
    await queryRunner.query(`ALTER TABLE "people" DROP CONSTRAINT "FK_6b7b841de9de9db18199f718ee9"`);
    await queryRunner.query(`ALTER TABLE "people" DROP CONSTRAINT "FK_cf52f7332103f758b27bd99c5ef"`);
    await queryRunner.query(`ALTER TABLE "teams" DROP CONSTRAINT "FK_fdc736f761896ccc179c823a785"`);
    await queryRunner.query(`DROP INDEX "public"."auth_sessions_person_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."auth_sessions_family_id_idx"`);
    await queryRunner.query(`DROP TABLE "auth_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."people_email_key"`);
    await queryRunner.query(`DROP INDEX "public"."people_organization_id_manager_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."people_organization_id_team_id_idx"`);
    await queryRunner.query(`DROP TABLE "people"`);
    await queryRunner.query(`DROP INDEX "public"."teams_organization_id_name_key"`);
    await queryRunner.query(`DROP TABLE "teams"`);
    await queryRunner.query(`DROP INDEX "public"."organizations_slug_key"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
  }
}
