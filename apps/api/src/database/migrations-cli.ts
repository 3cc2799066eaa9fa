import { join, relative } from 'node:path';

import { Logger } from '@nestjs/common';

import { runWithDatabase } from './with-database';

/**
 * `npm run db:*`: the TypeORM CLI over the app's own DataSource options, against
 * DATABASE_URL or the embedded server.
 *   generate <Name>   write migrations/<timestamp>-<Name>.ts from the entity/schema diff
 *   run | revert | show
 */
const VERBS = {
  generate: 'migration:generate',
  run: 'migration:run',
  revert: 'migration:revert',
  show: 'migration:show',
};

const main = async (): Promise<number> => {
  Logger.overrideLogger(['log', 'warn', 'error', 'fatal']);
  const [verb, name] = process.argv.slice(2);
  if (!verb || !(verb in VERBS))
    throw new Error(`usage: migrations-cli <${Object.keys(VERBS).join('|')}> [Name]`);
  if (verb === 'generate' && !/^[A-Z][A-Za-z0-9]+$/.test(name ?? '')) {
    throw new Error('generate needs a PascalCase name saying what the migration does, e.g. AddPeopleLevel');
  }
  const cli = [
    '-r',
    '@swc-node/register',
    require.resolve('typeorm/cli.js'),
    '-d',
    relative(process.cwd(), join(__dirname, 'cli-data-source.ts')),
    VERBS[verb as keyof typeof VERBS],
  ];
  if (verb === 'generate')
    cli.push(relative(process.cwd(), join(__dirname, 'migrations', name ?? '')), '--pretty');
  return runWithDatabase(process.execPath, cli);
};

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    new Logger('migrations').error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
