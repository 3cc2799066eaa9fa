import { spawn } from 'node:child_process';

import { loadConfig } from '../config/app-config';
import { loadOrCreateLocalSecrets } from '../config/local-secrets';
import { startEmbeddedPostgres } from './embedded-postgres';

/**
 * Runs a command with DATABASE_URL set: the configured one, or the embedded
 * server on the local data dir, started for the command and stopped after it.
 */
export const runWithDatabase = async (command: string, args: string[]): Promise<number> => {
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
