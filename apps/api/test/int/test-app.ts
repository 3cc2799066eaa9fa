import { randomBytes } from 'node:crypto';

import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';

import type { LoginResponse } from '@trellis/domain';

import { PasswordHasher } from '../../src/auth/password-hasher';
import { DEFAULT_AUTH_THROTTLE } from '../../src/config/app-config';
import type { ResolvedConfig } from '../../src/config/config.module';
import { dataSourceOptions } from '../../src/database/data-source';
import { seedDemoOrganizations } from '../../src/demo/demo-seed';
import { createApp } from '../../src/http/create-app';
import { createTestDatabase } from './test-database';

export interface TestApp {
  readonly app: INestApplication;
  readonly http: ReturnType<typeof request>;
  /** An owner connection for fixtures: bypasses row-level security (the app's pool does not). */
  readonly dataSource: DataSource;
  /** Signs in a demo persona and returns the login response (token, user). */
  signIn(email: string, password?: string): Promise<LoginResponse>;
  /** Signs in a demo persona and returns the Authorization header value. */
  bearer(email: string): Promise<string>;
  /**
   * Runs `work` (HTTP calls) and returns the SQL statements the app's own pool sent
   * meanwhile, transaction control included: the measure of "a constant number of
   * queries whatever the data size".
   */
  recordQueries(work: () => Promise<unknown>): Promise<string[]>;
  close(): Promise<void>;
}

// One hook on TypeORM's Postgres query runner, shared by every app of the process;
// each recording only keeps the statements of its own app's DataSource.
type QueryListener = (source: DataSource, sql: string) => void;
const queryListeners = new Set<QueryListener>();
let queryHookInstalled = false;
const installQueryHook = (): void => {
  if (queryHookInstalled) return;
  queryHookInstalled = true;
  const original = PostgresQueryRunner.prototype.query;
  PostgresQueryRunner.prototype.query = function (
    this: PostgresQueryRunner,
    ...args: Parameters<typeof original>
  ) {
    for (const listener of queryListeners) listener(this.connection, args[0]);
    return original.apply(this, args);
  } as typeof original;
};

/**
 * The real application over HTTP, on a database of its own seeded with the demo
 * organizations. `overrides` change the configuration (e.g. a CORS allowlist).
 */
export const startTestApp = async (overrides: Partial<ResolvedConfig> = {}): Promise<TestApp> => {
  const database = await createTestDatabase();
  const config: ResolvedConfig = {
    environment: 'test',
    port: 0,
    host: undefined,
    databaseUrl: database.url,
    dataDir: '/nonexistent',
    webDir: '/nonexistent',
    jwtSecret: randomBytes(32).toString('hex'),
    seedDemo: true,
    logFormat: 'json',
    corsOrigins: [],
    authThrottle: DEFAULT_AUTH_THROTTLE,
    ...overrides,
  };
  const app = await createApp(config);
  await app.init();
  // Fixtures and the seed bypass row-level security on an owner connection; the app's
  // own pool runs as the app role.
  const dataSource = new DataSource(dataSourceOptions(database.url, { as: 'owner' }));
  await dataSource.initialize();
  await seedDemoOrganizations(dataSource, app.get(PasswordHasher));
  const http = request(app.getHttpServer());
  const signIn = async (email: string, password = 'trellis-demo'): Promise<LoginResponse> => {
    const response = await request(app.getHttpServer())
      .post('/api/auth/login')
      .send({ email, password })
      .expect(200);
    return response.body as LoginResponse;
  };

  return {
    app,
    http,
    dataSource,
    signIn,
    bearer: async (email) => `Bearer ${(await signIn(email)).accessToken}`,
    recordQueries: async (work) => {
      installQueryHook();
      const appDataSource = app.get(DataSource);
      const statements: string[] = [];
      const listener: QueryListener = (source, sql) => {
        if (source === appDataSource) statements.push(sql);
      };
      queryListeners.add(listener);
      try {
        await work();
      } finally {
        queryListeners.delete(listener);
      }
      return statements;
    },
    close: async () => {
      await app.close();
      await dataSource.destroy();
      await database.drop();
    },
  };
};
