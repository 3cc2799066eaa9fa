import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { EmbeddedDatabase, startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { migrationOptions } from '../../src/database/migration-options';
import { INT_ENV, TEMPLATE_DATABASE } from './test-database';

declare global {
  var trellisEmbeddedDatabase: EmbeddedDatabase | undefined;
  var trellisScratchDir: string | undefined;
}

/**
 * Starts one real Postgres for the whole run (the embedded one, or the server
 * of DATABASE_URL) and migrates a template database once; each spec file then
 * clones the template into a database of its own (see test-app.ts).
 */
export default async function globalSetup(): Promise<void> {
  Logger.overrideLogger(['warn', 'error', 'fatal']);
  let adminUrl = process.env['DATABASE_URL'];
  if (adminUrl) {
    const url = new URL(adminUrl);
    url.pathname = '/postgres';
    adminUrl = url.toString();
  } else {
    globalThis.trellisScratchDir = mkdtempSync(join(tmpdir(), 'trellis-int-'));
    globalThis.trellisEmbeddedDatabase = await startEmbeddedPostgres({
      dataDir: globalThis.trellisScratchDir,
      password: 'int-tests-only',
    });
    adminUrl = globalThis.trellisEmbeddedDatabase.adminUrl;
  }

  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }

  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  const dataSource = new DataSource({ ...migrationOptions(templateUrl.toString()), logging: false });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();

  // Workers are spawned after this and inherit the environment.
  process.env[INT_ENV.adminUrl] = adminUrl;
}
