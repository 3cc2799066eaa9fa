import { spawn } from 'node:child_process';

import { Logger } from '@nestjs/common';

import { loadConfig } from '../config/app-config';
import { loadOrCreateLocalSecrets } from '../config/local-secrets';
import { startEmbeddedPostgres } from './embedded-postgres';

/**
 * Runs a command with DATABASE_URL set: the configured one, or the embedded
 * server on the local data dir, started for the command and stopped after it.
 * Usage: with-database.ts -- <command> [args…]
 */
const main = async (): Promise<number> => {
  const separator = process.argv.indexOf('--');
  const [command, ...args] = separator >= 0 ? process.argv.slice(separator + 1) : [];
  if (!command) throw new Error('usage: with-database.ts -- <command> [args…]');

  const config = loadConfig(process.env);
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: config.dataDir,
        password: loadOrCreateLocalSecrets(config.dataDir).databasePassword,
      });
  try {
    return await new Promise<number>((resolveCode, reject) => {
      const child = spawn(command, args, {
        stdio: 'inherit',
        env: { ...process.env, DATABASE_URL: config.databaseUrl ?? embedded?.url },
      });
      child.on('error', reject);
      child.on('exit', (code) => resolveCode(code ?? 1));
    });
  } finally {
    await embedded?.stop();
  }
};

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    new Logger('with-database').error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
