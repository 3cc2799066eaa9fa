import 'reflect-metadata';

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { LoginResponse } from '@trellis/domain';

import { PasswordHasher } from '../src/auth/password-hasher';
import { DEFAULT_AUTH_THROTTLE } from '../src/config/app-config';
import type { ResolvedConfig } from '../src/config/config.module';
import { dataSourceOptions } from '../src/database/data-source';
import { migrationOptions } from '../src/database/migration-options';
import { DEMO_PASSWORD } from '../src/demo/demo-organizations';
import { seedDemoOrganizations } from '../src/demo/demo-seed';
import { createApp } from '../src/http/create-app';

export interface BenchApp {
  /** The API's base URL, e.g. http://127.0.0.1:41234 */
  readonly base: string;
  /** A connection as the owner role, for setting data up or counting rows. */
  readonly owner: DataSource;
  /** A Bearer token of a demo persona. */
  readonly signIn: (email: string) => Promise<string>;
}

/**
 * Runs `bench` against the real API on a fresh embedded Postgres holding the demo,
 * as a newcomer's `npm start` would have it, and removes everything afterwards.
 */
export const withBenchApp = async (
  name: string,
  bench: (app: BenchApp) => Promise<void>,
  { authThrottle = DEFAULT_AUTH_THROTTLE }: Pick<Partial<ResolvedConfig>, 'authThrottle'> = {},
): Promise<void> => {
  Logger.overrideLogger(['warn', 'error', 'fatal']);
  const dataDir = mkdtempSync(join(tmpdir(), `trellis-bench-${name}-`));
  const { startEmbeddedPostgres } = await import('../src/database/embedded-postgres');
  const database = await startEmbeddedPostgres({ dataDir, password: 'bench-password' });
  try {
    const migrator = new DataSource(migrationOptions(database.url));
    await migrator.initialize();
    await migrator.runMigrations({ transaction: 'each' });
    await migrator.destroy();

    const config: ResolvedConfig = {
      environment: 'test',
      port: 0,
      host: '127.0.0.1',
      databaseUrl: database.url,
      dataDir,
      webDir: '/nonexistent',
      jwtSecret: `bench-${name}-secret-0123456789-0123456789-0123456789`,
      seedDemo: false,
      logFormat: 'json',
      corsOrigins: [],
      authThrottle,
    };
    const app = await createApp(config);
    const owner = new DataSource(dataSourceOptions(database.url, { as: 'owner' }));
    await owner.initialize();
    try {
      await seedDemoOrganizations(owner, app.get(PasswordHasher));
      await app.listen(0, '127.0.0.1');
      const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
      const signIn = async (email: string): Promise<string> => {
        const login = await fetch(`${base}/api/auth/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email, password: DEMO_PASSWORD }),
        });
        if (!login.ok) throw new Error(`sign-in of ${email} failed: ${login.status}`);
        return ((await login.json()) as LoginResponse).accessToken;
      };
      await bench({ base, owner, signIn });
    } finally {
      await owner.destroy();
      await app.close();
    }
  } finally {
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
};

/** Runs a bench script's main, printing a failure and exiting non-zero. */
export const runBench = (main: () => Promise<void>): void => {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
};
