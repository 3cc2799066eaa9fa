import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { z } from 'zod';

const LocalSecretsSchema = z.object({
  jwtSecret: z.string().min(32),
  databasePassword: z.string().min(16),
});
export type LocalSecrets = z.infer<typeof LocalSecretsSchema>;

/**
 * Demo and development secrets, generated on first start and kept under the
 * data dir (mode 0600) so that tokens survive a restart. Production never
 * reaches this: its config refuses to start without a JWT_SECRET.
 */
export const loadOrCreateLocalSecrets = (dataDir: string): LocalSecrets => {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) {
    return LocalSecretsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  }
  const secrets: LocalSecrets = {
    jwtSecret: randomBytes(48).toString('base64url'),
    databasePassword: randomBytes(24).toString('base64url'),
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
};
