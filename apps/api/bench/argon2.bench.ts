// How long argon2id takes on this machine with the API's parameters, and whether
// an unknown email costs the same as a wrong password: at the hasher (the decoy
// hash) and over HTTP against the real app on a throwaway embedded Postgres.
//   npm run bench:argon2 [-- <runs>]
// Prints figures; nothing asserts a time (machines differ).
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';

import { ARGON2_OPTIONS, PasswordHasher } from '../src/auth/password-hasher';
import { DEFAULT_AUTH_THROTTLE } from '../src/config/app-config';
import { runBench, withBenchApp } from './bench-app';

const runs = Number(process.argv[2] ?? 50);

const measure = async (work: () => Promise<unknown>): Promise<number[]> => {
  for (let i = 0; i < 3; i++) await work(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times;
};

const summary = (label: string, times: number[]): string => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
  const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(9);
  return `${label.padEnd(36)} mean ${ms(mean)}  p50 ${ms(at(0.5))}  p95 ${ms(at(0.95))}  min ${ms(sorted[0] ?? NaN)}  max ${ms(sorted.at(-1) ?? NaN)}`;
};

const mean = (times: number[]) => times.reduce((sum, t) => sum + t, 0) / times.length;

const printGap = (wrongPassword: number[], unknownUser: number[]) => {
  const gap = mean(unknownUser) - mean(wrongPassword);
  console.log(
    `unknown − wrong: ${gap >= 0 ? '+' : ''}${gap.toFixed(1)} ms (${((100 * gap) / mean(wrongPassword)).toFixed(1)}% of the wrong-password time)`,
  );
};

// POST /api/auth/login over HTTP, interleaved, on a fresh embedded Postgres with the demo seed.
const overHttp = (): Promise<void> =>
  withBenchApp(
    'argon2',
    async ({ base }) => {
      const login = (email: string) =>
        fetch(`${base}/api/auth/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email, password: 'a wrong password' }),
        }).then((response) => {
          if (response.status !== 401) throw new Error(`expected 401, got ${response.status}`);
          return response.text();
        });
      const wrongPassword: number[] = [];
      const unknownUser: number[] = [];
      await measure(async () => {
        for (const [times, email] of [
          [wrongPassword, 'priya@acme.test'],
          [unknownUser, 'nobody@acme.test'],
        ] as const) {
          const started = performance.now();
          await login(email);
          times.push(performance.now() - started);
        }
      });
      wrongPassword.splice(0, 3);
      unknownUser.splice(0, 3);
      console.log(summary('HTTP login: known email, wrong pw', wrongPassword));
      console.log(summary('HTTP login: unknown email', unknownUser));
      printGap(wrongPassword, unknownUser);
    },
    {
      // Throttling would answer 429 long before the runs end.
      authThrottle: {
        ...DEFAULT_AUTH_THROTTLE,
        accountFailures: { max: 1_000_000, windowSeconds: 1 },
        ipFailures: { max: 1_000_000, windowSeconds: 1 },
        ipRequests: { max: 1_000_000, windowSeconds: 1 },
      },
    },
  );

const main = async (): Promise<void> => {
  const hasher = new PasswordHasher();
  const stored = await hasher.hash('the real password of someone');
  console.log(
    `argon2id m=${ARGON2_OPTIONS.memoryCost} KiB, t=${ARGON2_OPTIONS.timeCost}, p=${ARGON2_OPTIONS.parallelism}; ` +
      `${runs} runs each; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; node ${process.version}`,
  );
  console.log(
    summary('hash (sign-up, password change)', await measure(() => hasher.hash('plum tractor lantern'))),
  );
  // Interleaved, so that drift (other load, CPU frequency) hits both alike.
  const wrongPassword: number[] = [];
  const unknownUser: number[] = [];
  await measure(async () => {
    for (const [times, hash] of [
      [wrongPassword, stored],
      [unknownUser, null],
    ] as const) {
      const started = performance.now();
      await hasher.verify(hash, 'a wrong password');
      times.push(performance.now() - started);
    }
  });
  wrongPassword.splice(0, 3);
  unknownUser.splice(0, 3);
  console.log(summary('verify: known email, wrong password', wrongPassword));
  console.log(summary('verify: unknown email (decoy hash)', unknownUser));
  printGap(wrongPassword, unknownUser);
  await overHttp();
};

runBench(main);
