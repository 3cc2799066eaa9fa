#!/usr/bin/env node
// Puts the optional platform packages that the registry here does not serve back
// into package-lock.json, so that `npm ci` accepts the lockfile.
//
// Run `npm run lockfile:fix` after every `npm install` that rewrites
// package-lock.json, and commit the result. It is idempotent.
// `npm run lockfile:fix -- --check` changes nothing and exits 1 if entries are missing.
//
// Why: the registry reachable from our machines lacks some optional platform
// binaries (sass-embedded-*, @rolldown/binding-*, @unrs/resolver-binding-*, the
// darwin builds of @msgpackr-extract/*). `npm install` drops what it cannot fetch
// from the lockfile; `npm ci` then rebuilds the tree, sees those optional
// dependencies missing and refuses to install ("Missing: … from lock file";
// `--omit=optional` does not help). With a `{ version, optional: true }` entry
// npm ci accepts the lockfile, tries the download and skips what it cannot get,
// exactly as it does for an optional package built for another platform.
// No network access: the versions come from the dependents' own
// `optionalDependencies` in the lockfile.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const lockPath = join(root, 'package-lock.json');
const checkOnly = process.argv.includes('--check');

const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

const EXACT = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

// Platform packages are pinned exactly by their parents; semver (always present in
// node_modules after `npm install`) is only loaded for the rare range.
let semver;
function loadSemver() {
  semver ??= createRequire(join(root, 'package.json'))('semver');
  return semver;
}

function satisfies(version, spec) {
  return EXACT.test(spec) ? version === spec : loadSemver().satisfies(version, spec);
}

function versionFor(spec) {
  return EXACT.test(spec) ? spec : loadSemver().minVersion(spec).version;
}

// Where Node would look for `name` when required from the package at `location`,
// nearest first: its own node_modules, then each enclosing node_modules up to the root.
function lookupPaths(location, name) {
  const paths = [];
  let base = location;
  for (;;) {
    paths.push(base ? `${base}/node_modules/${name}` : `node_modules/${name}`);
    if (!base) return paths;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut === -1 ? '' : base.slice(0, cut);
  }
}

// The lockfile key to add for `name@spec` needed by `location`, or null when an entry
// that satisfies it is already reachable. Like npm, hoist as far up as possible, but
// never above an entry holding another version of the same package (that is where npm
// put e.g. the rolldown 1.1.8 bindings needed by vite, below the root's 1.2.0 ones).
function placementFor(location, name, spec) {
  let free = null;
  for (const path of lookupPaths(location, name)) {
    const existing = packages[path];
    if (!existing) {
      free = path;
      continue;
    }
    if (satisfies(existing.version, spec)) return null;
    break;
  }
  if (!free) throw new Error(`${location} needs ${name}@${spec}; no place left for it in the lockfile`);
  return free;
}

const added = [];
for (const [location, entry] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const path = placementFor(location, name, spec);
    if (!path) continue;
    // Mirror the dependent's dev flag so `npm ci --omit=dev` treats both alike.
    packages[path] = { version: versionFor(spec), ...(entry.dev && { dev: true }), optional: true };
    added.push(`${path}@${packages[path].version} (for ${location || 'the root'})`);
  }
}

if (added.length === 0) {
  console.log('package-lock.json: no optional packages missing.');
  process.exit(0);
}

if (checkOnly) {
  console.error(`package-lock.json lacks ${added.length} optional packages; run \`npm run lockfile:fix\`:`);
  for (const line of added) console.error(`  ${line}`);
  process.exit(1);
}

// npm writes the entries sorted by location (root "" first); keep diffs minimal.
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => a.localeCompare(b, 'en')));
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: added ${added.length} optional packages the registry does not serve:`);
for (const line of added) console.log(`  ${line}`);
