import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * people.session_version: access tokens carry it (`sv`) and a request whose token
 * holds another one is refused. A password change moves it on in the API; a
 * trigger does the same, and revokes the refresh sessions, whenever a person is
 * deactivated or soft-deleted, whichever code path does it, so that reactivating
 * someone never revives their old sessions. (The trigger is hand-written: the
 * schema diff does not track triggers.)
 */
export class AddPeopleSessionVersion1795322232136 implements MigrationInterface {
  name = 'AddPeopleSessionVersion1795322232136';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "people"
            ADD "session_version" integer NOT NULL DEFAULT '1'
        `);
    await queryRunner.query(`
            CREATE FUNCTION people_end_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              NEW.session_version := OLD.session_version + 1;
              UPDATE auth_sessions SET revoked_at = now()
               WHERE organization_id = NEW.organization_id AND person_id = NEW.id AND revoked_at IS NULL;
              RETURN NEW;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER people_end_sessions_on_deactivation
            BEFORE UPDATE OF active, deleted_at ON people
            FOR EACH ROW
            WHEN ((OLD.active AND NOT NEW.active) OR (OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL))
            EXECUTE FUNCTION people_end_sessions()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER people_end_sessions_on_deactivation ON people`);
    await queryRunner.query(`DROP FUNCTION people_end_sessions()`);
    await queryRunner.query(`
            ALTER TABLE "people" DROP COLUMN "session_version"
        `);
  }
}
