import { DataSource } from 'typeorm';

import { dataSourceOptions } from './data-source';

// The TypeORM CLI (`npm run db:*`) loads this file. `with-database.ts` runs the CLI
// with DATABASE_URL set: the configured server, or the embedded one.
const url = process.env['DATABASE_URL'];
if (!url) throw new Error('DATABASE_URL is not set: run the TypeORM CLI through `npm run db:*`');

// The CLI migrates, so it connects as the owner.
export default new DataSource(dataSourceOptions(url, { as: 'owner' }));
