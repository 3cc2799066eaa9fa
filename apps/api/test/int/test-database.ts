import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

export const TEMPLATE_DATABASE = 'trellis_int_template';
export const INT_ENV = { adminUrl: 'TRELLIS_INT_ADMIN_URL' } as const;

const adminUrl = (): string => {
  const url = process.env[INT_ENV.adminUrl];
  if (!url)
    throw new Error('Integration specs run through `npm run test:int` (its global set-up starts Postgres)');
  return url;
};

const withAdmin = async <T>(work: (admin: Client) => Promise<T>): Promise<T> => {
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
};

/** A fresh, migrated database of this spec file's own, cloned from the template. */
export const createTestDatabase = async (): Promise<{ url: string; drop: () => Promise<void> }> => {
  const name = `trellis_int_${randomBytes(6).toString('hex')}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
};
