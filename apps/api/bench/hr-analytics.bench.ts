import { performance } from 'node:perf_hooks';

import { demoId } from '../src/demo/demo-id';
import { runBench, withBenchApp } from './bench-app';

// npm run bench:analytics [-- <runs>]: how long HR's analytics take on the demo
// (fresh embedded Postgres, over HTTP as the web asks): mobility paths with and
// without filters, moves per quarter, per-team precedent, and the bench of the Manager, Product
// Marketing seat. Prints the median and 95th percentile of <runs> requests each
// (50 by default) after a few warm-up requests. Statement counts per request are
// proven constant by the integration tests, not here.

const RUNS = Number(process.argv[2] ?? 50);
const WARM_UP = 5;

const ENDPOINTS: readonly [label: string, path: string][] = [
  ['mobility paths, all moves by level', '/api/mobility/paths'],
  [
    'mobility paths, promotions by team, 2025',
    '/api/mobility/paths?by=team&kind=promotion&from=2025-01-01&to=2025-12-31',
  ],
  ['moves per quarter, last 8 quarters', '/api/mobility/trends'],
  ['team precedent', '/api/mobility/teams'],
  ['bench of Manager, Product Marketing', `/api/positions/${demoId('position:acme:pmm-manager')}/bench`],
];

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

const main = (): Promise<void> =>
  withBenchApp('analytics', async ({ base, signIn }) => {
    const token = await signIn('harper@acme.test');
    console.log(`HR analytics on the demo, ${RUNS} requests each (median / p95)`);
    for (const [label, path] of ENDPOINTS) {
      const times: number[] = [];
      for (let run = 0; run < WARM_UP + RUNS; run++) {
        const started = performance.now();
        const response = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${token}` } });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
        if (run >= WARM_UP) times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      console.log(
        `  ${label.padEnd(42)} ${percentile(times, 50).toFixed(1).padStart(6)} ms / ${percentile(times, 95).toFixed(1).padStart(6)} ms`,
      );
    }
  });

runBench(main);
