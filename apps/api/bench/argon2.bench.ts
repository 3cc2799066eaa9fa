// How long argon2id takes on this machine with the API's parameters, and whether
// an unknown email costs the same as a wrong password: at the hasher (the decoy
// hash) and over HTTP against the real app on a throwaway embedded Postgres.
//   SWC_NODE_PROJECT=apps/api/tsconfig.cli.json node -r @swc-node/register apps/api/bench/argon2.bench.ts [runs]
// Prints figures; nothing asserts a time (machines differ).
import 'reflect-metadata';

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { ARGON2_OPTIONS, PasswordHasher } from '../src/auth/password-hasher';
import { DEFAULT_AUTH_THROTTLE } from '../src/config/app-config';
import type { ResolvedConfig } from '../src/config/config.module';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { migrationOptions } from '../src/database/migration-options';
import { seedDemoOrganizations } from '../src/demo/demo-seed';
import { createApp } from '../src/http/create-app';

const runs = Number(process.argv[2] ?? 50);

const measure = async (work: () => Promise<unknown>): Promise<number[]> => {
  for (let i = 0; i < 3; i++) await work(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times;
};

const summary = (label: string, times: number[]): string => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
  const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(9);
  return `${label.padEnd(36)} mean ${ms(mean)}  p50 ${ms(at(0.5))}  p95 ${ms(at(0.95))}  min ${ms(sorted[0] ?? NaN)}  max ${ms(sorted.at(-1) ?? NaN)}`;
};

const mean = (times: number[]) => times.reduce((sum, t) => sum + t, 0) / times.length;

const printGap = (wrongPassword: number[], unknownUser: number[]) => {
  const gap = mean(unknownUser) - mean(wrongPassword);
  console.log(
    `unknown − wrong: ${gap >= 0 ? '+' : ''}${gap.toFixed(1)} ms (${((100 * gap) / mean(wrongPassword)).toFixed(1)}% of the wrong-password time)`,
  );
};

// POST /api/auth/login over HTTP, interleaved, on a fresh embedded Postgres with the demo seed.
const overHttp = async (): Promise<void> => {
  Logger.overrideLogger(['error', 'fatal']);
  const dataDir = mkdtempSync(join(tmpdir(), 'trellis-bench-'));
  const database = await startEmbeddedPostgres({ dataDir, password: randomBytes(16).toString('hex') });
  try {
    const migrator = new DataSource({ ...migrationOptions(database.url), logging: false });
    await migrator.initialize();
    await migrator.runMigrations({ transaction: 'each' });
    await migrator.destroy();
    const config: ResolvedConfig = {
      environment: 'test',
      port: 0,
      host: '127.0.0.1',
      databaseUrl: database.url,
      dataDir,
      webDir: join(dataDir, 'no-web'),
      jwtSecret: randomBytes(32).toString('hex'),
      seedDemo: true,
      logFormat: 'json',
      corsOrigins: [],
      // Throttling would answer 429 long before the runs end.
      authThrottle: {
        ...DEFAULT_AUTH_THROTTLE,
        accountFailures: { max: 1_000_000, windowSeconds: 1 },
        ipFailures: { max: 1_000_000, windowSeconds: 1 },
        ipRequests: { max: 1_000_000, windowSeconds: 1 },
      },
    };
    const app = await createApp(config);
    await app.listen(0, '127.0.0.1');
    try {
      await seedDemoOrganizations(app.get(DataSource), app.get(PasswordHasher));
      const url = `${await app.getUrl()}/api/auth/login`.replace('[::1]', '127.0.0.1');
      const login = (email: string) =>
        fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email, password: 'a wrong password' }),
        }).then((response) => {
          if (response.status !== 401) throw new Error(`expected 401, got ${response.status}`);
          return response.text();
        });
      const wrongPassword: number[] = [];
      const unknownUser: number[] = [];
      await measure(async () => {
        for (const [times, email] of [
          [wrongPassword, 'priya@acme.test'],
          [unknownUser, 'nobody@acme.test'],
        ] as const) {
          const started = performance.now();
          await login(email);
          times.push(performance.now() - started);
        }
      });
      wrongPassword.splice(0, 3);
      unknownUser.splice(0, 3);
      console.log(summary('HTTP login: known email, wrong pw', wrongPassword));
      console.log(summary('HTTP login: unknown email', unknownUser));
      printGap(wrongPassword, unknownUser);
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
};

const main = async (): Promise<void> => {
  const hasher = new PasswordHasher();
  const stored = await hasher.hash('the real password of someone');
  console.log(
    `argon2id m=${ARGON2_OPTIONS.memoryCost} KiB, t=${ARGON2_OPTIONS.timeCost}, p=${ARGON2_OPTIONS.parallelism}; ` +
      `${runs} runs each; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; node ${process.version}`,
  );
  console.log(
    summary('hash (sign-up, password change)', await measure(() => hasher.hash('plum tractor lantern'))),
  );
  // Interleaved, so that drift (other load, CPU frequency) hits both alike.
  const wrongPassword: number[] = [];
  const unknownUser: number[] = [];
  await measure(async () => {
    for (const [times, hash] of [
      [wrongPassword, stored],
      [unknownUser, null],
    ] as const) {
      const started = performance.now();
      await hasher.verify(hash, 'a wrong password');
      times.push(performance.now() - started);
    }
  });
  wrongPassword.splice(0, 3);
  unknownUser.splice(0, 3);
  console.log(summary('verify: known email, wrong password', wrongPassword));
  console.log(summary('verify: unknown email (decoy hash)', unknownUser));
  printGap(wrongPassword, unknownUser);
  await overHttp();
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
