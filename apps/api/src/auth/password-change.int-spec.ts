import type { LoginResponse } from '@trellis/domain';

import { startTestApp, TestApp } from '../../test/int/test-app';

const refreshCookieOf = (setCookie: string[] | string | undefined): string => {
  const cookie = [setCookie ?? []].flat().find((c) => c.startsWith('trellis_refresh='));
  if (!cookie) throw new Error('no refresh cookie was set');
  return cookie.split(';')[0] ?? '';
};

const NEW_PASSWORD = 'plum tractor lantern';

describe('Password change (POST /api/auth/password)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const signInWithCookie = async (email: string, password = 'trellis-demo') => {
    const response = await t.http.post('/api/auth/login').send({ email, password }).expect(200);
    return {
      accessToken: (response.body as LoginResponse).accessToken,
      cookie: refreshCookieOf(response.headers['set-cookie']),
    };
  };
  const changePassword = (accessToken: string, body: object) =>
    t.http.post('/api/auth/password').set('Authorization', `Bearer ${accessToken}`).send(body);
  const me = (accessToken: string) => t.http.get('/api/me').set('Authorization', `Bearer ${accessToken}`);
  const refresh = (cookie: string) => t.http.post('/api/auth/refresh').set('Cookie', cookie);

  it('should change the password, end every session of the person at once and start a fresh one', async () => {
    const laptop = await signInWithCookie('sam@acme.test');
    const phone = await signInWithCookie('sam@acme.test');

    const response = await changePassword(laptop.accessToken, {
      currentPassword: 'trellis-demo',
      newPassword: NEW_PASSWORD,
    }).expect(200);
    const fresh = response.body as LoginResponse;
    expect(fresh.user.email).toBe('sam@acme.test');
    const freshCookie = refreshCookieOf(response.headers['set-cookie']);

    // Every earlier access token and refresh cookie is dead, on every device…
    await me(laptop.accessToken).expect(401);
    await me(phone.accessToken).expect(401);
    await refresh(laptop.cookie).expect(401);
    await refresh(phone.cookie).expect(401);
    // …and the caller carries on with the new session.
    await me(fresh.accessToken).expect(200);
    await refresh(freshCookie).expect(200);

    await t.http
      .post('/api/auth/login')
      .send({ email: 'sam@acme.test', password: 'trellis-demo' })
      .expect(401);
    await t.http.post('/api/auth/login').send({ email: 'sam@acme.test', password: NEW_PASSWORD }).expect(200);
  });

  it('should record the change in the audit trail', async () => {
    const rows = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_events e JOIN people p ON p.id = e.actor_id
        WHERE e.action = 'auth.password_change' AND p.email = 'sam@acme.test'`,
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('should refuse a wrong current password with a 400 naming currentPassword and change nothing', async () => {
    const { accessToken } = await signInWithCookie('priya@acme.test');
    const response = await changePassword(accessToken, {
      currentPassword: 'not-my-password',
      newPassword: NEW_PASSWORD,
    }).expect(400);
    expect(response.body).toMatchObject({
      status: 400,
      errors: [{ path: 'currentPassword', message: 'This is not your current password.' }],
    });
    await me(accessToken).expect(200);
    await t.signIn('priya@acme.test');
  });

  it.each([
    ['too short', 'eleven char', /at least 12 characters/],
    ['too long', 'x'.repeat(129), /at most 128 characters/],
    ['a common password', '1qaz2wsx3edc', /most common/],
    ['a common password in other letter case', 'PasswordPassword', /most common/],
    ['the email address', 'lee@acme.test', /name or email/],
    ['the name', 'Lee  Park  Lee', null],
    ['one character repeated', 'zzzzzzzzzzzzzz', /repeats/],
  ])('should refuse %s with a 400 naming newPassword', async (_case, newPassword, message) => {
    const { accessToken } = await signInWithCookie('lee@acme.test');
    const response = await changePassword(accessToken, { currentPassword: 'trellis-demo', newPassword });
    if (message === null) {
      // Not the name as such: a longer password that merely contains it is fine.
      expect(response.status).toBe(200);
      await changePassword((response.body as LoginResponse).accessToken, {
        currentPassword: newPassword,
        newPassword: 'trellis-demo',
      }).expect(200);
      return;
    }
    expect(response.status).toBe(400);
    const errors = (response.body as { errors: { path: string; message: string }[] }).errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('newPassword');
    expect(errors[0]?.message).toMatch(message);
    // A refused change keeps the session.
    await me(accessToken).expect(200);
  });

  it('should refuse the name itself', async () => {
    const { accessToken } = await signInWithCookie('jordan@acme.test');
    const response = await changePassword(accessToken, {
      currentPassword: 'trellis-demo',
      newPassword: 'Jordan Ellis ',
    }).expect(400);
    expect(response.body).toMatchObject({ errors: [{ path: 'newPassword' }] });
  });

  it('should allow 64 and 128 characters, spaces and any script, with no composition rule', async () => {
    let { accessToken } = await signInWithCookie('morgan@acme.test');
    let current = 'trellis-demo';
    for (const next of [
      'all lower case words with spaces and nothing else at all, sixty4',
      'ça pousse 🌱 le long du treillis '.repeat(4).slice(0, 128),
    ]) {
      const response = await changePassword(accessToken, {
        currentPassword: current,
        newPassword: next,
      }).expect(200);
      accessToken = (response.body as LoginResponse).accessToken;
      current = next;
    }
    await t.http.post('/api/auth/login').send({ email: 'morgan@acme.test', password: current }).expect(200);
  });

  it('should name every malformed field and refuse unknown ones', async () => {
    const { accessToken } = await signInWithCookie('avery@acme.test');
    const response = await changePassword(accessToken, { newPassword: 'short' }).expect(400);
    const paths = (response.body as { errors: { path: string }[] }).errors.map((e) => e.path).sort();
    expect(paths).toEqual(['currentPassword', 'newPassword']);
    await changePassword(accessToken, {
      currentPassword: 'trellis-demo',
      newPassword: NEW_PASSWORD,
      personId: '00000000-0000-4000-8000-000000000000',
    }).expect(400);
  });

  it('should need a signed-in caller', async () => {
    await t.http
      .post('/api/auth/password')
      .send({ currentPassword: 'trellis-demo', newPassword: NEW_PASSWORD })
      .expect(401);
  });

  it('should let exactly one of two concurrent changes from the same session win', async () => {
    const { accessToken } = await signInWithCookie('harper@acme.test');
    const [first, second] = await Promise.all([
      changePassword(accessToken, {
        currentPassword: 'trellis-demo',
        newPassword: 'first of the two racers',
      }),
      changePassword(accessToken, {
        currentPassword: 'trellis-demo',
        newPassword: 'second of the two racers',
      }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 401]);
    const winner = first.status === 200 ? 'first of the two racers' : 'second of the two racers';
    await t.http.post('/api/auth/login').send({ email: 'harper@acme.test', password: winner }).expect(200);
  });
});

describe('Deactivation ends every session at once', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const signIn = async (email: string) => {
    const login = await t.http.post('/api/auth/login').send({ email, password: 'trellis-demo' }).expect(200);
    return {
      accessToken: (login.body as LoginResponse).accessToken,
      cookie: refreshCookieOf(login.headers['set-cookie']),
    };
  };

  it('should refuse the access token, the refresh cookie and a new sign-in of a deactivated person', async () => {
    const session = await signIn('lee@acme.test');
    // Deactivated by any code path (here plain SQL): the database ends the sessions.
    await t.dataSource.query(`UPDATE people SET active = false WHERE email = 'lee@acme.test'`);

    await t.http.get('/api/me').set('Authorization', `Bearer ${session.accessToken}`).expect(401);
    await t.http.post('/api/auth/refresh').set('Cookie', session.cookie).expect(401);
    await t.http
      .post('/api/auth/login')
      .send({ email: 'lee@acme.test', password: 'trellis-demo' })
      .expect(401);
  });

  it('should not revive old sessions when the person is reactivated', async () => {
    const session = await signIn('sam@acme.test');
    await t.dataSource.query(`UPDATE people SET active = false WHERE email = 'sam@acme.test'`);
    await t.dataSource.query(`UPDATE people SET active = true WHERE email = 'sam@acme.test'`);

    await t.http.get('/api/me').set('Authorization', `Bearer ${session.accessToken}`).expect(401);
    await t.http.post('/api/auth/refresh').set('Cookie', session.cookie).expect(401);
    // Signing in again works.
    await signIn('sam@acme.test');
  });

  it("should end the sessions of a soft-deleted person too, and no one else's", async () => {
    const priya = await signIn('priya@acme.test');
    const morgan = await signIn('morgan@acme.test');
    await t.dataSource.query(`UPDATE people SET deleted_at = now() WHERE email = 'priya@acme.test'`);
    await t.dataSource.query(`UPDATE people SET deleted_at = NULL WHERE email = 'priya@acme.test'`);

    await t.http.get('/api/me').set('Authorization', `Bearer ${priya.accessToken}`).expect(401);
    await t.http.post('/api/auth/refresh').set('Cookie', priya.cookie).expect(401);
    await t.http.get('/api/me').set('Authorization', `Bearer ${morgan.accessToken}`).expect(200);
    await t.http.post('/api/auth/refresh').set('Cookie', morgan.cookie).expect(200);
  });
});
