import { randomBytes } from 'node:crypto';

import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';

import type { LoginResponse } from '@trellis/domain';

import { PasswordHasher } from '../../src/auth/password-hasher';
import type { ResolvedConfig } from '../../src/config/config.module';
import { seedDemoOrganizations } from '../../src/demo/demo-seed';
import { createApp } from '../../src/http/create-app';
import { createTestDatabase } from './test-database';

export interface TestApp {
  readonly app: INestApplication;
  readonly http: ReturnType<typeof request>;
  readonly dataSource: DataSource;
  /** Signs in a demo persona and returns the login response (token, user). */
  signIn(email: string, password?: string): Promise<LoginResponse>;
  close(): Promise<void>;
}

/** The real application over HTTP, on a database of its own seeded with the demo organizations. */
export const startTestApp = async (): Promise<TestApp> => {
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
  };
  const app = await createApp(config);
  await app.init();
  const dataSource = app.get(DataSource);
  await seedDemoOrganizations(dataSource, app.get(PasswordHasher));
  const http = request(app.getHttpServer());

  return {
    app,
    http,
    dataSource,
    signIn: async (email, password = 'trellis-demo') => {
      const response = await request(app.getHttpServer())
        .post('/api/auth/login')
        .send({ email, password })
        .expect(200);
      return response.body as LoginResponse;
    },
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
};
