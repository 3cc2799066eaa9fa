import { randomBytes } from 'node:crypto';

import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';

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
  close(): Promise<void>;
}

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
    close: async () => {
      await app.close();
      await dataSource.destroy();
      await database.drop();
    },
  };
};
