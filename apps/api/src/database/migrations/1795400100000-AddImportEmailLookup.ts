import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The org chart import upserts people by email, and an email is unique
 * system-wide (people_email_key), so a file may name someone of another
 * organization, whom row-level security hides. This SECURITY DEFINER door
 * answers only which of the given emails are taken outside the caller's
 * organization (app.organization_id) — no ids, no names — so that the import
 * reports those rows instead of failing on the unique index.
 */
export class AddImportEmailLookup1795400100000 implements MigrationInterface {
  name = 'AddImportEmailLookup1795400100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION trellis_emails_taken_elsewhere(candidate_emails text[])
      RETURNS SETOF text
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$
        SELECT p.email
          FROM unnest(candidate_emails) AS c(email)
          JOIN people p ON p.email = c.email
         WHERE p.organization_id IS DISTINCT FROM NULLIF(current_setting('app.organization_id', true), '')::uuid
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION trellis_emails_taken_elsewhere(text[]) FROM PUBLIC`);
    await queryRunner.query(
      `GRANT EXECUTE ON FUNCTION trellis_emails_taken_elsewhere(text[]) TO trellis_app`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION trellis_emails_taken_elsewhere(text[])`);
  }
}
