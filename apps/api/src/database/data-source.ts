import 'reflect-metadata';

import type { DataSourceOptions } from 'typeorm';

import { ENTITIES } from './entities';
import { migrationOptions } from './migration-options';

/** The one description of the database, shared by the app, the tests and the TypeORM CLI. */
export const dataSourceOptions = (url: string): DataSourceOptions => ({
  ...migrationOptions(url),
  entities: ENTITIES,
});
