import { startTestApp, TestApp } from '../../test/int/test-app';

describe('Problem responses (RFC 9457)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('should answer an unknown API route with a 404 problem', async () => {
    const { accessToken } = await t.signIn('priya@acme.test');
    const response = await t.http
      .get('/api/no-such-thing')
      .set('Authorization', `Bearer ${accessToken}`)
      .expect(404);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ type: 'about:blank', title: 'Not Found', status: 404 });
  });

  it('should answer malformed JSON with a 400 problem', async () => {
    const response = await t.http
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": "priya@acme.test",')
      .expect(400);
    expect(response.body).toMatchObject({ status: 400, title: 'Bad Request' });
  });

  it.each([
    ['a NUL character', '{"email": "priya@acme.test\\u0000", "password": "x"}'],
    ['a lone surrogate', '{"email": "priya@acme.test", "password": "x\\ud800"}'],
  ])('should refuse a body holding %s with 400 before any handler runs', async (_what, raw) => {
    const response = await t.http
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(raw)
      .expect(400);
    expect(response.body).toMatchObject({ status: 400 });
  });

  it('should refuse a NUL character in the address with 400', async () => {
    const { accessToken } = await t.signIn('harper@acme.test');
    const response = await t.http
      .get('/api/people?q=pri%00ya')
      .set('Authorization', `Bearer ${accessToken}`)
      .expect(400);
    expect(response.body).toMatchObject({ status: 400 });
  });

  it('should refuse a body over 256 kB with 413', async () => {
    await t.http
      .post('/api/auth/login')
      .send({ email: 'priya@acme.test', password: 'x'.repeat(300_000) })
      .expect(413);
  });

  it('should echo a sane correlation id and mint one otherwise', async () => {
    const echoed = await t.http.get('/api/me').set('X-Correlation-Id', 'trace-12345678').expect(401);
    expect(echoed.headers['x-correlation-id']).toBe('trace-12345678');
    expect(echoed.body).toMatchObject({ correlationId: 'trace-12345678' });

    const minted = await t.http.get('/api/me').set('X-Correlation-Id', 'bad id with spaces').expect(401);
    expect(minted.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
