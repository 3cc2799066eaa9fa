import { performance } from 'node:perf_hooks';

import { DataSource } from 'typeorm';

import type { PeopleImportResult } from '@trellis/domain';

import {
  importCsv,
  newPeopleRows,
  organizationRows,
  type ImportRow,
} from '../src/imports/people-import-fixtures';
import { runBench, withBenchApp } from './bench-app';

// npm run bench:import [-- <rows>]: the org chart import of 10,000 rows (by default)
// against the Acme demo on a fresh embedded Postgres, over HTTP as the web sends it.
// The file is the whole of Acme as it stands, with every engineer-track person
// promoted one step, plus new people in a tree of managers (each reporting to an
// earlier new person, so that the second pass matters). Prints the time of a dry
// run, of the apply, and of a re-apply (which changes nothing).

const ROWS = Number(process.argv[2] ?? 10_000);

const main = (): Promise<void> =>
  withBenchApp('import', async ({ base, owner, signIn }) => {
    const accessToken = await signIn('harper@acme.test');
    const csv = importCsv(await benchRows(owner, ROWS));
    console.log(
      `Import of ${ROWS.toLocaleString('en')} rows (${(csv.length / 1024).toFixed(0)} kB) into Acme`,
    );
    const post = async (mode: 'dry-run' | 'apply', label: string) => {
      const started = performance.now();
      const response = await fetch(`${base}/api/imports/people?mode=${mode}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'text/csv' },
        body: csv,
      });
      const body = (await response.json()) as PeopleImportResult;
      const ms = performance.now() - started;
      if (response.status !== 200 || body.errors.length > 0) {
        throw new Error(`${label}: ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
      }
      const { create, update, unchanged, moves } = body.summary;
      console.log(
        `  ${label.padEnd(9)} ${(ms / 1000).toFixed(2).padStart(6)} s   create ${create}, update ${update}, unchanged ${unchanged}, moves ${moves.length}`,
      );
    };
    await post('dry-run', 'dry run');
    await post('apply', 'apply');
    await post('apply', 're-apply');
    const [counts] = await owner.query<{ people: number; moves: number }[]>(
      `SELECT (SELECT count(*)::int FROM people) AS people, (SELECT count(*)::int FROM moves) AS moves`,
    );
    console.log(`  stored: ${counts?.people} people, ${counts?.moves} moves`);
  });

const benchRows = async (owner: DataSource, total: number): Promise<ImportRow[]> => {
  const acme = await organizationRows(owner, 'acme');
  const promote = (row: ImportRow): ImportRow => {
    const match = /^engineer-(\d)$/.exec(row[5]);
    const next = match && acme.levelKeys.get(`eng-ic#${Number(match[1]) + 1}`);
    return next ? [row[0], row[1], row[2], row[3], row[4], next, row[6]] : row;
  };
  const existing = acme.rows.map(promote).slice(0, total);
  const fresh = newPeopleRows(total - existing.length, {
    prefix: 'bench',
    domain: 'acme.test',
    team: 'Platform',
    managerEmail: 'jordan@acme.test',
    level: 'engineer-1',
  });
  // A tree: the first new person reports to Jordan, each later one to an earlier one.
  const tree = fresh.map((row, index): ImportRow => {
    const boss = index === 0 ? undefined : fresh[Math.floor((index - 1) / 8)];
    return boss ? [row[0], row[1], row[2], row[3], boss[0], row[5], row[6]] : row;
  });
  return [...existing, ...tree];
};

runBench(main);
