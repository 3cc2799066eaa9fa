import { startTestApp, TestApp } from '../../test/int/test-app';

// Routes anyone may call. Adding one here is a security decision: say why in review.
const PUBLIC_ROUTES = new Set([
  'POST /api/auth/login',
  'POST /api/auth/refresh',
  // Holding the refresh cookie is what ends a session (see AuthController.logout).
  'POST /api/auth/logout',
  'GET /api/health',
]);

interface ExpressLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

describe('Route inventory', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const routes = (): string[] => {
    const router = (t.app.getHttpAdapter().getInstance() as { router: { stack: ExpressLayer[] } }).router;
    return router.stack
      .filter(
        (layer) =>
          layer.route && layer.route.path.startsWith('/api/') && !layer.route.path.startsWith('/api/docs'),
      )
      .flatMap((layer) =>
        Object.keys(layer.route?.methods ?? {}).map(
          (method) => `${method.toUpperCase()} ${layer.route?.path ?? ''}`,
        ),
      );
  };

  it('should find the routes of the walking skeleton', () => {
    expect(routes()).toEqual(expect.arrayContaining(['GET /api/me', ...PUBLIC_ROUTES]));
  });

  it('should refuse every non-public route to a caller without a token', async () => {
    const open: string[] = [];
    for (const route of routes().filter((r) => !PUBLIC_ROUTES.has(r))) {
      const [method = 'GET', path = '/'] = route.split(' ');
      const concretePath = path.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
      const response = await t.http[method.toLowerCase() as 'get'](concretePath);
      if (response.status !== 401) open.push(`${route} → ${response.status}`);
    }
    expect(open).toEqual([]);
  });
});
