#!/usr/bin/env node
// Makes sure Debian's Chromium is there for the Playwright journeys (e2e/).
// Playwright never downloads a browser here: e2e/playwright.config.ts points at
// /usr/bin/chromium (or $CHROMIUM_PATH, which this script honours too).
// Present: print its version. Missing and root (CI containers): install it with apt.
// Missing otherwise: say how to install it and fail.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

if (existsSync(CHROMIUM)) {
  // Chromium's wrapper script prints a harmless shell warning on stderr; keep only the version.
  const { stdout, status } = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' });
  if (status !== 0) {
    console.error(`${CHROMIUM} exists but \`${CHROMIUM} --version\` failed (exit ${status}).`);
    process.exit(1);
  }
  console.log(`Chromium for e2e: ${stdout.trim()} (${CHROMIUM})`);
  process.exit(0);
}

if (process.env['CHROMIUM_PATH']) {
  console.error(`CHROMIUM_PATH is set to ${CHROMIUM}, which does not exist.`);
  process.exit(1);
}

if (process.getuid?.() !== 0) {
  console.error(
    [
      `Chromium is not installed (${CHROMIUM} is missing); the e2e journeys run in it.`,
      'Install it, then run the e2e tests again:',
      '',
      '  sudo apt-get install -y chromium',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

console.log(`Chromium is not installed (${CHROMIUM} is missing): installing it with apt-get…`);
const apt = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y chromium'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
if (apt.error) {
  console.error(`Could not run apt-get: ${apt.error.message}`);
  process.exit(1);
}
if (apt.status !== 0 || !existsSync(CHROMIUM)) {
  console.error(`Installing Chromium failed (apt-get exited with ${apt.status ?? apt.signal}).`);
  process.exit(apt.status || 1);
}
console.log(`Installed ${spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.trim()}.`);
