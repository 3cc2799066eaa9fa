import { METHODS } from 'node:http';

import fc from 'fast-check';

import { parseFrameworkDocument } from '@trellis/domain';

import { startTestApp, TestApp } from '../int/test-app';
import {
  BODY_LIMIT_BYTES,
  brokenFor,
  edgeDocuments,
  fixedCases,
  fuzzCases,
  validFor,
  VERSION_PLACEHOLDER,
} from './fuzz-cases';
import {
  asText,
  discoverRoutes,
  IdCatalog,
  OpenApiCatalog,
  routeKey,
  WRITE_METHODS,
  type ApiRoute,
} from './routes';

// Fuzzing of every write endpoint (issue 4, item 8): every POST/PUT/PATCH/DELETE
// route the app has gets generated junk as a signed-in persona allowed to call it.
// Every answer must be a 4xx problem (RFC 9457), never a 5xx, never a 2xx for junk,
// and nothing may be stored: the row count of every table is the same after each
// case. FUZZ_RUNS and FUZZ_SEED (printed on every run) reproduce a run.

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 200);
const SEED = Number(process.env['FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 31));

// Sign-in throttling would answer most cases with 429 before any validation runs:
// raised here so that the fuzzing reaches the validators (auth-throttle.int-spec.ts
// covers the real limits).
const GENEROUS = { max: 1_000_000, windowSeconds: 60 };

/** Who calls a write route: the persona whose rights reach the validation behind it (undefined: anonymous). */
const callerOf = (route: ApiRoute): string | undefined => {
  if (route.path === '/api/auth/password') return 'lee@acme.test';
  if (route.path.startsWith('/api/auth/')) return undefined;
  if (/^\/api\/(frameworks|positions|imports|mobility)\b/.test(route.path)) return 'harper@acme.test';
  if (/\/review\b/.test(route.path)) return 'morgan@acme.test';
  return 'priya@acme.test';
};

// Routes where a well-formed body is still always refused: sign-in with unknown
// emails, password change without the current password.
const VALID_SHAPE_REFUSED = new Set(['POST /api/auth/login', 'POST /api/auth/password']);

interface RouteReport {
  cases: number;
  statuses: Record<string, number>;
  serverErrors: number;
  acceptedValid: number;
}

const isProblem = (status: number, text: string, contentType: string | undefined): boolean => {
  if (!/^application\/problem\+json/.test(contentType ?? '')) return false;
  try {
    const problem = JSON.parse(text) as Record<string, unknown>;
    return (
      typeof problem['type'] === 'string' &&
      typeof problem['title'] === 'string' &&
      problem['status'] === status &&
      typeof problem['correlationId'] === 'string'
    );
  } catch {
    return false;
  }
};

const preview = (body: string | Buffer): string => {
  const text = typeof body === 'string' ? body : `<${body.length} bytes>`;
  return JSON.stringify(text.length > 160 ? `${text.slice(0, 160)}…(${text.length} chars)` : text);
};

describe('Fuzzing every write endpoint', () => {
  let t: TestApp;
  let countRows: () => Promise<Map<string, number>>;
  // Snapshots of the prototypes, taken before any junk reaches the app.
  const outerObjectPrototype = Object.getPrototypeOf(Object.getPrototypeOf(METHODS)) as object;
  const prototypes: [string, object][] = [
    ['Object.prototype', Object.prototype],
    ['Array.prototype', Array.prototype],
    ['Function.prototype', Function.prototype],
    ["Node's Object.prototype", outerObjectPrototype],
  ];
  const keysBefore = prototypes.map(([, prototype]) => Reflect.ownKeys(prototype).map(String).sort());

  beforeAll(async () => {
    t = await startTestApp({
      authThrottle: { accountFailures: GENEROUS, ipFailures: GENEROUS, ipRequests: GENEROUS },
    });
    const tables = await t.dataSource.query<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const sql = tables
      .map(({ table_name }) => `SELECT '${table_name}' AS name, count(*)::int AS rows FROM "${table_name}"`)
      .join(' UNION ALL ');
    countRows = async () =>
      new Map(
        (await t.dataSource.query<{ name: string; rows: number }[]>(sql)).map((row) => [row.name, row.rows]),
      );
  });
  afterAll(() => t.close());

  it('should answer junk on every write endpoint with a 4xx problem, never a 5xx, and store nothing', async () => {
    const routes = discoverRoutes(t.app).filter((route) => WRITE_METHODS.includes(route.method));
    expect(routes.map(routeKey)).toEqual(
      expect.arrayContaining([
        'POST /api/auth/login',
        'POST /api/auth/password',
        'POST /api/frameworks/import',
      ]),
    );
    const openApi = await OpenApiCatalog.load(t.http);
    const ids = await IdCatalog.load(t.dataSource);
    const tokens = new Map<string, string>();
    const tokenOf = async (email: string | undefined): Promise<string | undefined> => {
      if (!email) return undefined;
      if (!tokens.has(email)) tokens.set(email, (await t.signIn(email)).accessToken);
      return tokens.get(email);
    };
    const [priya] = await t.dataSource.query<{ id: string; organization_id: string }[]>(
      `SELECT id, organization_id FROM people WHERE email = 'priya@acme.test'`,
    );
    if (!priya) throw new Error('priya@acme.test is not seeded');
    // Path ids: priya's own records (the caller, or whose record the caller acts on),
    // else her organization's.
    const subject = new Set([priya.id]);
    const choose = (table: string): string[] => {
      const own = ids.rowsOwnedBy(table, subject);
      const organization = ids.rowsOf(table).filter((row) => row.organizationId === priya.organization_id);
      return [(own[0] ?? organization[0])?.id].filter((id): id is string => id !== undefined);
    };
    // A real document to mutate, for the framework import.
    const harper = await tokenOf('harper@acme.test');
    const [framework] = ids
      .rowsOf('frameworks')
      .filter((row) => row.organizationId === priya.organization_id);
    const exported = await t.http
      .get(`/api/frameworks/${framework?.id ?? ''}/export`)
      .set('Authorization', `Bearer ${harper ?? ''}`)
      .expect(200);
    const document = exported.body as Record<string, unknown>;

    const violations: string[] = [];
    const reports = new Map<string, RouteReport>();
    let nextVersion = 1000;
    let rowsStoredByJunk = 0;
    let baseline = await countRows();

    for (const [index, route] of routes.entries()) {
      const key = routeKey(route);
      const [concrete] = ids.concretePaths(route, choose);
      const path = concrete?.path ?? route.path;
      const token = await tokenOf(callerOf(route));
      // Signing in stores a session: count from here.
      baseline = await countRows();
      const schema = openApi.bodySchema(route);
      const takesBody = openApi.takesBody(route);
      const cases = [
        ...fixedCases(),
        ...(key === 'POST /api/frameworks/import' ? edgeDocuments(document) : []),
        ...fc.sample(
          fuzzCases({
            broken: schema && brokenFor(schema, openApi),
            validShape: schema && VALID_SHAPE_REFUSED.has(key) ? validFor(schema, openApi) : undefined,
            document: key === 'POST /api/frameworks/import' ? document : undefined,
          }),
          { numRuns: RUNS, seed: SEED + index },
        ),
      ];
      const report: RouteReport = { cases: 0, statuses: {}, serverErrors: 0, acceptedValid: 0 };
      reports.set(key, report);

      for (const fuzzCase of cases) {
        let body = fuzzCase.body;
        let valid = false;
        if (fuzzCase.document) {
          const sent = { ...fuzzCase.document };
          if (sent['version'] === VERSION_PLACEHOLDER) sent['version'] = nextVersion++;
          body = JSON.stringify(sent);
          valid = parseFrameworkDocument(JSON.parse(body)).ok;
        }
        const call = t.http[route.method.toLowerCase() as 'post'](path)
          .set('Content-Type', fuzzCase.contentType ?? 'application/json')
          // Bytes as they are: superagent would serialize a Buffer to JSON.
          .serialize((data: string | Buffer) => data as string)
          .buffer(true)
          .parse(asText);
        if (token) call.set('Authorization', `Bearer ${token}`);
        if (fuzzCase.contentEncoding) call.set('Content-Encoding', fuzzCase.contentEncoding);
        if (fuzzCase.forwardedFor) call.set('X-Forwarded-For', fuzzCase.forwardedFor);
        const response = await call.send(body);
        const status = response.status;
        const text = String(response.body);

        report.cases++;
        report.statuses[status] = (report.statuses[status] ?? 0) + 1;
        // A route that reads no body ignores junk (logout: 204); a still-valid framework
        // document may be imported (201) or clash (409).
        const mayAccept = !takesBody || valid;
        if (status < 300 && mayAccept) report.acceptedValid++;

        const problems: string[] = [];
        if (status >= 500) {
          report.serverErrors++;
          problems.push('a server error');
        } else if (status < 400 && !mayAccept) {
          problems.push('junk accepted');
        }
        if (status >= 400 && !isProblem(status, text, response.headers['content-type'])) {
          problems.push(`not a problem response: ${text.slice(0, 120)}`);
        }
        const bytes = typeof body === 'string' ? Buffer.byteLength(body) : 0;
        if (fuzzCase.kind !== 'encoding' && bytes > BODY_LIMIT_BYTES && status !== 413) {
          problems.push(`${bytes} bytes, not refused with 413`);
        }
        if (fuzzCase.kind === 'gzip-bomb' && status !== 413) problems.push('gzip bomb not refused with 413');

        const after = await countRows();
        const changed = [...after].filter(([table, rows]) => baseline.get(table) !== rows);
        if (changed.length > 0 && !(status < 300 && mayAccept)) {
          rowsStoredByJunk += changed.reduce(
            (sum, [table, rows]) => sum + Math.abs(rows - (baseline.get(table) ?? 0)),
            0,
          );
          problems.push(
            `stored: ${changed.map(([table, rows]) => `${table} ${baseline.get(table) ?? 0}→${rows}`).join(', ')}`,
          );
        }
        baseline = after;
        if (problems.length > 0) {
          violations.push(
            `${key} [${fuzzCase.kind}${valid ? ', valid document' : ''}${fuzzCase.contentType ? `, ${fuzzCase.contentType}` : ''}] → ${status}: ${problems.join('; ')}; body ${preview(body)}`,
          );
        }
      }
    }

    const total = [...reports.values()].reduce((sum, report) => sum + report.cases, 0);
    const serverErrors = [...reports.values()].reduce((sum, report) => sum + report.serverErrors, 0);
    console.info(
      [
        `Fuzzing: ${routes.length} write routes, ${total} cases (FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}); 5xx: ${serverErrors}; rows stored by junk: ${rowsStoredByJunk}; violations: ${violations.length}`,
        ...[...reports].map(
          ([key, report]) =>
            `  ${key}: ${report.cases} cases, statuses ${JSON.stringify(report.statuses)}, 5xx ${report.serverErrors}, 2xx for a body-less route or a valid document ${report.acceptedValid}`,
        ),
        ...violations.slice(0, 30).map((violation) => `  ✗ ${violation}`),
      ].join('\n'),
    );
    expect(violations).toEqual([]);
  }, 600_000);

  it('should leave every prototype as it was (no prototype pollution)', () => {
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((outerObjectPrototype as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    expect(prototypes.map(([, prototype]) => Reflect.ownKeys(prototype).map(String).sort())).toEqual(
      keysBefore,
    );
  });
});
