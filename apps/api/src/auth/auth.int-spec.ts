import type { LoginResponse } from '@trellis/domain';

import { startTestApp, TestApp } from '../../test/int/test-app';

const refreshCookieOf = (setCookie: string[] | string | undefined): string => {
  const cookie = [setCookie ?? []].flat().find((c) => c.startsWith('trellis_refresh='));
  if (!cookie) throw new Error('no refresh cookie was set');
  return cookie.split(';')[0] ?? '';
};

describe('Sign-in and sessions (POST /api/auth/*)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('should sign Priya in and return a bearer token with her Me', async () => {
    const response = await t.http
      .post('/api/auth/login')
      .send({ email: 'priya@acme.test', password: 'trellis-demo' })
      .expect(200);
    const body = response.body as LoginResponse;
    expect(body.accessToken.split('.')).toHaveLength(3);
    expect(body.user).toMatchObject({ email: 'priya@acme.test', name: 'Priya Raman', roles: ['member'] });
    expect(body.user.manager?.email).toBe('morgan@acme.test');
    expect(body.user).not.toHaveProperty('passwordHash');
  });

  it('should accept the email in any letter case', async () => {
    await t.http
      .post('/api/auth/login')
      .send({ email: 'Priya@ACME.test', password: 'trellis-demo' })
      .expect(200);
  });

  it('should set the refresh token as an httpOnly, Secure, SameSite=Strict cookie scoped to /api/auth', async () => {
    const response = await t.http
      .post('/api/auth/login')
      .send({ email: 'priya@acme.test', password: 'trellis-demo' })
      .expect(200);
    const cookie = [response.headers['set-cookie'] ?? []].flat().join(';');
    expect(cookie).toMatch(/trellis_refresh=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/auth/);
  });

  it('should answer a wrong password and an unknown email identically', async () => {
    const wrongPassword = await t.http
      .post('/api/auth/login')
      .send({ email: 'priya@acme.test', password: 'not-her-password' })
      .expect(401);
    const unknownUser = await t.http
      .post('/api/auth/login')
      .send({ email: 'nobody@acme.test', password: 'not-her-password' })
      .expect(401);
    const strip = (body: Record<string, unknown>) => ({ ...body, correlationId: undefined });
    expect(strip(wrongPassword.body as Record<string, unknown>)).toEqual(
      strip(unknownUser.body as Record<string, unknown>),
    );
    expect(wrongPassword.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(wrongPassword.body).toMatchObject({ status: 401, detail: 'Email or password is incorrect.' });
  });

  it('should answer malformed credentials with a 400 problem naming every field', async () => {
    const response = await t.http
      .post('/api/auth/login')
      .send({ email: 'not-an-email', password: '' })
      .expect(400);
    expect(response.body).toMatchObject({ status: 400, title: 'The request is not valid' });
    const paths = (response.body as { errors: { path: string }[] }).errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['email', 'password']));
  });

  it('should reject unknown fields in the login body', async () => {
    await t.http
      .post('/api/auth/login')
      .send({ email: 'priya@acme.test', password: 'trellis-demo', roles: ['admin'] })
      .expect(400);
  });

  it('should rotate the refresh token and refuse the rotated one, ending its whole family', async () => {
    const login = await t.http
      .post('/api/auth/login')
      .send({ email: 'sam@acme.test', password: 'trellis-demo' })
      .expect(200);
    const first = refreshCookieOf(login.headers['set-cookie']);

    const rotated = await t.http.post('/api/auth/refresh').set('Cookie', first).expect(200);
    expect((rotated.body as LoginResponse).user.email).toBe('sam@acme.test');
    const second = refreshCookieOf(rotated.headers['set-cookie']);
    expect(second).not.toBe(first);

    await t.http.post('/api/auth/refresh').set('Cookie', first).expect(401);
    // The reuse revoked the family: the newer token is dead too.
    await t.http.post('/api/auth/refresh').set('Cookie', second).expect(401);
  });

  it('should refuse a refresh without a cookie or with a forged one', async () => {
    await t.http.post('/api/auth/refresh').expect(401);
    await t.http
      .post('/api/auth/refresh')
      .set('Cookie', 'trellis_refresh=00000000-0000-4000-8000-000000000000.forged')
      .expect(401);
    const login = await t.http
      .post('/api/auth/login')
      .send({ email: 'morgan@acme.test', password: 'trellis-demo' })
      .expect(200);
    const [organizationId, sessionId] =
      refreshCookieOf(login.headers['set-cookie']).split('=')[1]?.split('.') ?? [];
    await t.http
      .post('/api/auth/refresh')
      .set('Cookie', `trellis_refresh=${organizationId}.${sessionId}.forged`)
      .expect(401);
    // The session's own id under another organization finds nothing.
    await t.http
      .post('/api/auth/refresh')
      .set('Cookie', `trellis_refresh=00000000-0000-4000-8000-000000000000.${sessionId}.forged`)
      .expect(401);
  });

  it('should keep the organization, the session and the secret in the refresh cookie', async () => {
    const login = await t.http
      .post('/api/auth/login')
      .send({ email: 'priya@acme.test', password: 'trellis-demo' })
      .expect(200);
    const value = refreshCookieOf(login.headers['set-cookie']).split('=')[1] ?? '';
    expect(value).toMatch(/^[0-9a-f-]{36}\.[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
  });

  it('should answer an unknown email and a wrong password with identical bodies, whatever the letter case', async () => {
    const answers = await Promise.all(
      [
        { email: 'priya@acme.test', password: 'Trellis-demo' },
        { email: 'PRIYA@acme.test', password: 'wrong' },
        { email: 'nobody@acme.test', password: 'trellis-demo' },
        { email: 'nobody@nowhere.test', password: 'x' },
      ].map((credentials) => t.http.post('/api/auth/login').send(credentials).expect(401)),
    );
    const bodies = answers.map((a) => ({ ...(a.body as Record<string, unknown>), correlationId: undefined }));
    for (const body of bodies) expect(body).toEqual(bodies[0]);
    const headerNames = answers.map((a) =>
      Object.keys(a.headers)
        .filter((h) => !['date', 'x-correlation-id', 'etag'].includes(h))
        .sort(),
    );
    for (const names of headerNames) expect(names).toEqual(headerNames[0]);
  });

  it('should end the session on logout', async () => {
    const login = await t.http
      .post('/api/auth/login')
      .send({ email: 'lee@acme.test', password: 'trellis-demo' })
      .expect(200);
    const cookie = refreshCookieOf(login.headers['set-cookie']);

    // No bearer needed: an expired access token must not keep the session alive.
    const logout = await t.http.post('/api/auth/logout').set('Cookie', cookie).expect(204);
    expect([logout.headers['set-cookie'] ?? []].flat().join(';')).toMatch(/trellis_refresh=;/);
    await t.http.post('/api/auth/refresh').set('Cookie', cookie).expect(401);
  });

  it("should not let a forged cookie end someone else's session", async () => {
    const login = await t.http
      .post('/api/auth/login')
      .send({ email: 'jordan@acme.test', password: 'trellis-demo' })
      .expect(200);
    const cookie = refreshCookieOf(login.headers['set-cookie']);
    const [organizationId, sessionId] = cookie.split('=')[1]?.split('.') ?? [];

    await t.http
      .post('/api/auth/logout')
      .set('Cookie', `trellis_refresh=${organizationId}.${sessionId}.forged`)
      .expect(204);
    await t.http.post('/api/auth/refresh').set('Cookie', cookie).expect(200);
  });
});
