import type { DataSourceOptions } from 'typeorm';

import { MIGRATIONS } from './migrations';
import { RedactingQueryLogger } from './redacting-query-logger';

/**
 * Connection and migrations, without entities: enough to migrate a database
 * (the integration tests' global set-up runs outside Jest's module resolver).
 */
export const migrationOptions = (url: string) =>
  ({
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into Postgres 13+; uuid_generate_v4() would need an extension.
    uuidExtension: 'pgcrypto',
    // …so no extension is needed, and the app role may not create one anyway.
    installExtensions: false,
    logging: ['error', 'warn', 'migration'],
    logger: new RedactingQueryLogger(),
    extra: {
      // The pool's default is to wait forever for a connection.
      connectionTimeoutMillis: 10_000,
      max: 10,
    },
  }) satisfies DataSourceOptions;
