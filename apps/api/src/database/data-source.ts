import 'reflect-metadata';

import type { DataSourceOptions } from 'typeorm';

import { ENTITIES } from './entities';
import { migrationOptions } from './migration-options';

// No statement of a request may run longer (lock waits included); Postgres cancels
// it and the request fails with a generic 500. Migrations at boot run on a
// connection of their own without this limit (main.ts).
export const STATEMENT_TIMEOUT_MS = 5_000;
// A transaction left idle (a stuck request) must not hold its locks for long.
export const IDLE_IN_TRANSACTION_TIMEOUT_MS = 30_000;

/** The role the API's queries run as: owns no table, cannot bypass row-level security. */
export const APP_ROLE = 'trellis_app';

export interface ConnectionRole {
  /**
   * `app` (the API's pool): every connection takes on APP_ROLE, so row-level
   * security applies and a query outside a tenant transaction sees nothing.
   * `owner`: the migrating user, for migrations, the demo seed and test fixtures.
   */
  readonly as: 'app' | 'owner';
}

/** The one description of the database, shared by the app, the tests and the TypeORM CLI. */
export const dataSourceOptions = (url: string, { as }: ConnectionRole = { as: 'app' }): DataSourceOptions => {
  const base = migrationOptions(url);
  return {
    ...base,
    entities: ENTITIES,
    extra: {
      ...base.extra,
      // Sent as start-up parameters by node-postgres, so they hold for every pooled connection.
      statement_timeout: STATEMENT_TIMEOUT_MS,
      idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_TIMEOUT_MS,
      ...(as === 'app' ? { options: `-c role=${APP_ROLE}` } : {}),
    },
  };
};
