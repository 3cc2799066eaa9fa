import { startTestApp, TestApp } from '../int/test-app';
import { AUTHORIZATION_MATRIX, emailOf, PERSONAS, PUBLIC_ROUTES, type Persona } from './authorization-matrix';

interface ExpressLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

describe('Authorization matrix', () => {
  let t: TestApp;
  const tokens = new Map<Persona, string>();

  beforeAll(async () => {
    t = await startTestApp();
    for (const persona of PERSONAS) tokens.set(persona, (await t.signIn(emailOf(persona))).accessToken);
  });
  afterAll(() => t.close());

  const send = (
    method: string,
    path: string,
    token: string | undefined,
    body?: object | string,
    contentType?: string,
  ) => {
    const request = t.http[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path);
    if (token) request.set('Authorization', `Bearer ${token}`);
    if (contentType) request.set('Content-Type', contentType);
    return body ? request.send(body) : request;
  };

  it('should cover every route of the API, or list it as public', () => {
    const router = (t.app.getHttpAdapter().getInstance() as { router: { stack: ExpressLayer[] } }).router;
    const routes = router.stack
      .filter((l) => l.route?.path.startsWith('/api/') && !l.route.path.startsWith('/api/docs'))
      .flatMap((l) =>
        Object.keys(l.route?.methods ?? {}).map((m) => `${m.toUpperCase()} ${l.route?.path ?? ''}`),
      );
    const covered = new Set([...PUBLIC_ROUTES, ...AUTHORIZATION_MATRIX.map((row) => row.route)]);
    expect(routes.filter((route) => !covered.has(route))).toEqual([]);
  });

  it('should give every persona exactly the expected status on every route', async () => {
    const violations: string[] = [];
    let cells = 0;
    for (const row of AUTHORIZATION_MATRIX) {
      const [method = 'GET'] = row.route.split(' ');
      for (const persona of PERSONAS) {
        cells++;
        const response = await send(
          method,
          row.request.path,
          tokens.get(persona),
          row.request.body,
          row.request.contentType,
        );
        if (response.status !== row.expect[persona]) {
          violations.push(
            `${persona} ${method} ${row.request.path}: ${response.status}, expected ${row.expect[persona]} (${row.why})`,
          );
        }
      }
    }
    expect(violations).toEqual([]);
    expect(cells).toBe(AUTHORIZATION_MATRIX.length * PERSONAS.length);
  });

  it('should refuse every non-public route without a token (401)', async () => {
    const open: string[] = [];
    for (const row of AUTHORIZATION_MATRIX) {
      const [method = 'GET'] = row.route.split(' ');
      const response = await send(
        method,
        row.request.path,
        undefined,
        row.request.body,
        row.request.contentType,
      );
      if (response.status !== 401) open.push(`${row.route} → ${response.status}`);
    }
    expect(open).toEqual([]);
  });
});
