import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in must find a person by email before it knows their organization, which
 * row-level security hides from the app role. This function is the only
 * cross-organization door and returns the minimum a login needs. It runs with the
 * rights of the migrating user (SECURITY DEFINER) and a fixed search_path.
 * (Refresh needs no such door: the refresh cookie carries the organization.)
 */
export class AddAuthLookups1795322365438 implements MigrationInterface {
  name = 'AddAuthLookups1795322365438';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION trellis_login_candidate(candidate_email text)
      RETURNS TABLE (id uuid, organization_id uuid, password_hash text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$
        SELECT p.id, p.organization_id, p.password_hash
          FROM people p
         WHERE p.email = lower(candidate_email) AND p.active AND p.deleted_at IS NULL
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION trellis_login_candidate(text) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION trellis_login_candidate(text) TO trellis_app`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION trellis_login_candidate(text)`);
  }
}
