import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { PasswordHasher } from './auth/password-hasher';
import { ConfigError, loadConfig } from './config/app-config';
import type { ResolvedConfig } from './config/config.module';
import { loadOrCreateLocalSecrets } from './config/local-secrets';
import { dataSourceOptions } from './database/data-source';
import { migrationOptions } from './database/migration-options';
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD } from './demo/demo-organizations';
import { seedDemoOrganizations } from './demo/demo-seed';
import { createApp } from './http/create-app';

const logger = new Logger('Trellis');

const bootstrap = async (): Promise<void> => {
  const config = loadConfig(process.env);
  Logger.overrideLogger(
    config.environment === 'test' ? ['warn', 'error', 'fatal'] : ['log', 'warn', 'error', 'fatal'],
  );
  const localSecrets =
    config.jwtSecret && config.databaseUrl ? undefined : loadOrCreateLocalSecrets(config.dataDir);

  // Loaded only when needed: with DATABASE_URL set, the embedded server is never touched.
  const embedded = config.databaseUrl
    ? undefined
    : await (
        await import('./database/embedded-postgres')
      ).startEmbeddedPostgres({
        dataDir: config.dataDir,
        password: localSecrets?.databasePassword ?? '',
      });
  const resolved: ResolvedConfig = {
    ...config,
    databaseUrl: config.databaseUrl ?? embedded?.url ?? '',
    jwtSecret: config.jwtSecret ?? localSecrets?.jwtSecret ?? '',
  };

  await migrate(resolved.databaseUrl);
  const app = await createApp(resolved);
  if (resolved.seedDemo) await seedDemo(resolved.databaseUrl, app.get(PasswordHasher));

  // Close the pool before the embedded server stops: embedded-postgres stops the
  // server itself on SIGINT/SIGTERM, and Nest closes the app on the same signals.
  app.enableShutdownHooks();
  await app.listen(resolved.port, resolved.host ?? '0.0.0.0');
  printWelcome(resolved);
};

// On a connection of its own: the app's pool cancels statements after a few
// seconds, which a migration over a large table may need.
const migrate = async (databaseUrl: string): Promise<void> => {
  const migrator = new DataSource(migrationOptions(databaseUrl));
  await migrator.initialize();
  try {
    const migrations = await migrator.runMigrations({ transaction: 'each' });
    if (migrations.length > 0) logger.log(`Applied ${migrations.length} migration(s)`);
  } finally {
    await migrator.destroy();
  }
};

// The seed writes several organizations in one transaction, which the app role's
// row-level security would refuse: it runs as the owner, on a connection of its own.
const seedDemo = async (databaseUrl: string, hasher: PasswordHasher): Promise<void> => {
  const owner = new DataSource(dataSourceOptions(databaseUrl, { as: 'owner' }));
  await owner.initialize();
  try {
    await seedDemoOrganizations(owner, hasher, { seededOn: new Date() });
  } finally {
    await owner.destroy();
  }
};

const printWelcome = (config: ResolvedConfig): void => {
  const url = `http://localhost:${config.port}`;
  const lines = [`Trellis is running at ${url}  (API ${url}/api, OpenAPI ${url}/api/docs)`];
  if (config.seedDemo) {
    lines.push(`Demo logins (password "${DEMO_PASSWORD}"):`);
    for (const org of DEMO_ORGANIZATIONS) {
      for (const person of org.people)
        lines.push(`  ${person.email.padEnd(20)} ${person.name}, ${person.title}`);
    }
  }
  lines.push('Press Ctrl-C to stop.');
  logger.log(lines.join('\n'));
};

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    logger.error(error.message);
  } else {
    logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
  process.exit(1);
});
