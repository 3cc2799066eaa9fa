import { DataSource } from 'typeorm';

import { startTestApp, TestApp } from '../../test/int/test-app';
import { APP_ROLE, IDLE_IN_TRANSACTION_TIMEOUT_MS, STATEMENT_TIMEOUT_MS } from '../database/data-source';

describe('Unexpected errors and database limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('should run every pooled connection of the app as the app role, under statement and idle timeouts', async () => {
    const pool = t.app.get(DataSource);
    const [settings] = await pool.query<{ statement: string; idle: string; role: string }[]>(
      `SELECT current_setting('statement_timeout') AS statement,
              current_setting('idle_in_transaction_session_timeout') AS idle,
              current_user AS role`,
    );
    expect(settings).toEqual({
      statement: `${STATEMENT_TIMEOUT_MS / 1000}s`,
      idle: `${IDLE_IN_TRANSACTION_TIMEOUT_MS / 1000}s`,
      role: APP_ROLE,
    });
    await expect(pool.query(`SET LOCAL statement_timeout = 50; SELECT pg_sleep(1)`)).rejects.toThrow(
      /statement timeout/,
    );
  });

  it("should show the app's pool no rows outside a tenant transaction", async () => {
    const [row] = await t.app.get(DataSource).query<{ n: number }[]>(`SELECT count(*)::int AS n FROM people`);
    expect(row?.n).toBe(0);
  });

  it('should answer a failing SQL statement with a generic 500: no SQL, no stack, no table names', async () => {
    const { accessToken } = await t.signIn('priya@acme.test');
    // Break this spec's own database under the running app: the next request's query fails.
    await t.dataSource.query(`ALTER TABLE people RENAME COLUMN roles TO roles_gone`);
    try {
      const response = await t.http
        .get('/api/me')
        .set('Authorization', `Bearer ${accessToken}`)
        .set('X-Correlation-Id', 'broken-query-1234')
        .expect(500);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body).toEqual({
        type: 'about:blank',
        title: 'Internal Server Error',
        status: 500,
        detail: 'Something went wrong on our side. Quote broken-query-1234 when reporting it.',
        instance: '/api/me',
        correlationId: 'broken-query-1234',
      });
      expect(response.text).not.toMatch(/select|roles|people|column|postgres|at \w+ \(/i);
    } finally {
      await t.dataSource.query(`ALTER TABLE people RENAME COLUMN roles_gone TO roles`);
    }
  });
});
