import 'reflect-metadata';

import { DataSourceOptions } from 'typeorm';

import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The one description of the database, shared by the app, the tests and the TypeORM CLI. */
export const dataSourceOptions = (url: string): DataSourceOptions => ({
  type: 'postgres',
  url,
  entities: ENTITIES,
  migrations: MIGRATIONS,
  migrationsTableName: 'migrations',
  migrationsTransactionMode: 'each',
  synchronize: false,
  // gen_random_uuid() is built into Postgres 13+; uuid_generate_v4() would need an extension.
  uuidExtension: 'pgcrypto',
  logging: ['error', 'warn', 'migration'],
  extra: {
    // The pool's default is to wait forever for a connection.
    connectionTimeoutMillis: 10_000,
    max: 10,
  },
});
