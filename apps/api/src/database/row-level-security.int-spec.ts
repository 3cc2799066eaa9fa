import { DataSource, EntityManager } from 'typeorm';

import { createTestDatabase } from '../../test/int/test-database';
import { demoOrganizationId } from '../demo/demo-id';
import { migrationOptions } from './migration-options';

const APP_ROLE = 'trellis_app';
const ACME = demoOrganizationId('acme');
const GLOBEX = demoOrganizationId('globex');

/** The second wall: Postgres itself keeps organizations apart, whatever the query says. */
describe('Row-level security', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let owner: DataSource;
  let tenantTables: string[];

  // Runs `work` as the app role, optionally with an organization set, and rolls back.
  const asApp = async <T>(
    organizationId: string | null,
    work: (m: EntityManager) => Promise<T>,
  ): Promise<T> => {
    const runner = owner.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(`SET LOCAL ROLE ${APP_ROLE}`);
      if (organizationId)
        await runner.query(`SELECT set_config('app.organization_id', $1, true)`, [organizationId]);
      return await work(runner.manager);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  };
  const countAll = (m: EntityManager, table: string) =>
    m.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`).then((rows) => rows[0]?.n ?? 0);

  beforeAll(async () => {
    database = await createTestDatabase();
    owner = new DataSource({ ...migrationOptions(database.url), logging: false });
    await owner.initialize();
    // Two organizations with a person each, plus rows in a few other tables.
    for (const [org, slug] of [
      [ACME, 'acme'],
      [GLOBEX, 'globex'],
    ] as const) {
      await owner.query(`INSERT INTO organizations (id, name, slug) VALUES ($1, $2, $2)`, [org, slug]);
      await owner.query(
        `INSERT INTO people (organization_id, name, email, title) VALUES ($1, 'Someone', $2, 'Engineer')`,
        [org, `someone@${slug}.test`],
      );
      await owner.query(`INSERT INTO teams (organization_id, name) VALUES ($1, 'Team')`, [org]);
      await owner.query(
        `INSERT INTO audit_events (organization_id, action, target_type) VALUES ($1, 'spec.seed', 'spec')`,
        [org],
      );
    }
    tenantTables = (
      await owner.query<{ table_name: string }[]>(
        `SELECT table_name FROM information_schema.columns
          WHERE table_schema = 'public' AND column_name = 'organization_id' ORDER BY table_name`,
      )
    ).map((r) => r.table_name);
  });
  afterAll(async () => {
    await owner.destroy();
    await database.drop();
  });

  it('should give the app a role that is not superuser, cannot bypass RLS and owns no table', async () => {
    const [role] = await owner.query<{ rolsuper: boolean; rolbypassrls: boolean; rolcanlogin: boolean }[]>(
      `SELECT rolsuper, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = $1`,
      [APP_ROLE],
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcanlogin: false });
    const [owned] = await owner.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pg_tables WHERE tableowner = $1`,
      [APP_ROLE],
    );
    expect(owned?.n).toBe(0);
  });

  it('should enable and force row-level security, with a tenant policy, on every tenant table', async () => {
    expect(tenantTables.length).toBeGreaterThanOrEqual(20);
    const rows = await owner.query<
      { relname: string; forced: boolean; enabled: boolean; policies: number }[]
    >(
      `SELECT c.relname, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
              (SELECT count(*)::int FROM pg_policies p
                WHERE p.tablename = c.relname AND p.policyname = 'tenant_isolation') AS policies
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relname = ANY($1)`,
      [[...tenantTables, 'organizations']],
    );
    const unprotected = rows.filter((r) => !r.enabled || !r.forced || r.policies !== 1).map((r) => r.relname);
    expect(unprotected).toEqual([]);
    expect(rows).toHaveLength(tenantTables.length + 1);
  });

  it('should show the app nothing at all when no organization is set', async () => {
    const counts = await asApp(null, async (m) =>
      Promise.all([...tenantTables, 'organizations'].map(async (t) => [t, await countAll(m, t)] as const)),
    );
    expect(counts.filter(([, n]) => n > 0)).toEqual([]);
    // …while the rows are there.
    expect(await countAll(owner.manager, 'people')).toBe(2);
  });

  it("should show organization A none of organization B's rows", async () => {
    const seen = await asApp(ACME, async (m) => ({
      organizations: await m.query<{ id: string }[]>(`SELECT id FROM organizations`),
      people: await m.query<{ organization_id: string }[]>(`SELECT organization_id FROM people`),
      audit: await m.query<{ organization_id: string }[]>(`SELECT organization_id FROM audit_events`),
    }));
    expect(seen.organizations.map((o) => o.id)).toEqual([ACME]);
    expect(seen.people.map((p) => p.organization_id)).toEqual([ACME]);
    expect(seen.audit.map((a) => a.organization_id)).toEqual([ACME]);
  });

  it('should refuse to write a row into another organization', async () => {
    await expect(
      asApp(ACME, (m) =>
        m.query(`INSERT INTO teams (organization_id, name) VALUES ($1, 'Smuggled')`, [GLOBEX]),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('should let the app add audit events but never change or delete them', async () => {
    await asApp(ACME, (m) =>
      m.query(
        `INSERT INTO audit_events (organization_id, action, target_type) VALUES ($1, 'spec.add', 'spec')`,
        [ACME],
      ),
    );
    await expect(asApp(ACME, (m) => m.query(`UPDATE audit_events SET action = 'tampered'`))).rejects.toThrow(
      /permission denied/,
    );
    await expect(asApp(ACME, (m) => m.query(`DELETE FROM audit_events`))).rejects.toThrow(
      /permission denied/,
    );
  });

  it('should not leak the organization setting to the next transaction on the connection', async () => {
    const runner = owner.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query(`SET LOCAL ROLE ${APP_ROLE}`);
      await runner.query(`SELECT set_config('app.organization_id', $1, true)`, [ACME]);
      await runner.commitTransaction();
      await runner.startTransaction();
      await runner.query(`SET LOCAL ROLE ${APP_ROLE}`);
      expect(await countAll(runner.manager, 'people')).toBe(0);
      await runner.rollbackTransaction();
    } finally {
      await runner.release();
    }
  });
});
