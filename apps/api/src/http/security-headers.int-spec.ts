import { startTestApp, TestApp } from '../../test/int/test-app';

describe('Security headers, caching and CORS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('should send helmet headers with a strict Content-Security-Policy on every answer', async () => {
    for (const response of [
      await t.http.get('/api/health'),
      await t.http.get('/api/me'),
      await t.http.get('/'),
    ]) {
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("'unsafe-eval'");
      expect(response.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-resource-policy': 'same-origin',
      });
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(response.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('should forbid storing any authenticated or auth answer, errors included', async () => {
    const { accessToken } = await t.signIn('priya@acme.test');
    const answers = [
      await t.http.get('/api/me').set('Authorization', `Bearer ${accessToken}`).expect(200),
      await t.http.get('/api/me').expect(401),
      await t.http
        .post('/api/auth/login')
        .send({ email: 'priya@acme.test', password: 'trellis-demo' })
        .expect(200),
      await t.http.post('/api/auth/refresh').expect(401),
      await t.http.get('/api/no-such-route').set('Authorization', `Bearer ${accessToken}`).expect(404),
      await t.http
        .post('/api/auth/login')
        .send({ email: 'p@acme.test', password: 'x'.repeat(300_000) })
        .expect(413),
    ];
    for (const response of answers) expect(response.headers['cache-control']).toBe('no-store');
  });

  it('should let the OpenAPI document be cached like any static asset', async () => {
    const response = await t.http.get('/api/docs-json').expect(200);
    expect(response.headers['cache-control']).not.toBe('no-store');
  });

  it('should send no CORS headers by default: the browser keeps other origins out', async () => {
    const simple = await t.http.get('/api/health').set('Origin', 'https://evil.example');
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await t.http
      .options('/api/auth/login')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
  });
});

describe('CORS allowlist (CORS_ORIGINS)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ corsOrigins: ['https://app.example.com'] });
  });
  afterAll(() => t.close());

  it('should answer a listed origin, with credentials, and expose the correlation id', async () => {
    const preflight = await t.http
      .options('/api/auth/login')
      .set('Origin', 'https://app.example.com')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'content-type,authorization')
      .expect(204);
    expect(preflight.headers).toMatchObject({
      'access-control-allow-origin': 'https://app.example.com',
      'access-control-allow-credentials': 'true',
    });
    expect(preflight.headers['access-control-allow-headers']).toMatch(/Authorization/);
    const simple = await t.http.get('/api/health').set('Origin', 'https://app.example.com');
    expect(simple.headers['access-control-allow-origin']).toBe('https://app.example.com');
    expect(simple.headers['access-control-expose-headers']).toMatch(/x-correlation-id/i);
  });

  it('should not answer an origin that is not listed, nor a look-alike', async () => {
    for (const origin of [
      'https://evil.example',
      'https://app.example.com.evil.example',
      'http://app.example.com',
    ]) {
      const response = await t.http.get('/api/health').set('Origin', origin);
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    }
  });
});
