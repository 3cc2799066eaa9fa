import type { LoginResponse } from '@trellis/domain';

import { startTestApp, TestApp } from '../../../test/int/test-app';

// The defaults are in force (5 failures per account per 15 min, 20 failures and 300
// requests per address per minute); each test uses its own accounts and addresses
// (X-Forwarded-For, trusted from loopback only) so that none waits for a window.
let nextAddress = 1;
const freshAddress = () => `198.51.100.${nextAddress++}`;
const withoutCorrelation = (body: Record<string, unknown>) => ({ ...body, correlationId: undefined });

describe('Throttling of /api/auth/*', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, address = freshAddress()) =>
    t.http.post('/api/auth/login').set('X-Forwarded-For', address).send({ email, password });

  const failTimes = async (email: string, times: number) => {
    for (let i = 0; i < times; i++) await login(email, 'wrong password, surely').expect(401);
  };

  it('should trust X-Forwarded-For from a proxy on loopback only', () => {
    const express = t.app.getHttpAdapter().getInstance() as { get(name: string): unknown };
    expect(express.get('trust proxy')).toBe('loopback');
  });

  it('should answer 429 with Retry-After after 5 failures on one account, even to the right password', async () => {
    await failTimes('priya@acme.test', 5);
    const response = await login('priya@acme.test', 'trellis-demo').expect(429);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({
      type: 'https://trellis.dev/problems/rate-limited',
      title: 'Too Many Requests',
      status: 429,
      detail: 'Too many attempts. Try again in 15 minutes.',
    });
    const retryAfter = Number(response.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(890);
    expect(retryAfter).toBeLessThanOrEqual(900);
  });

  it('should throttle an unknown email exactly like a known one', async () => {
    await failTimes('morgan@acme.test', 5);
    await failTimes('nobody-at-all@acme.test', 5);
    const known = await login('morgan@acme.test', 'wrong password, surely').expect(429);
    const unknown = await login('nobody-at-all@acme.test', 'wrong password, surely').expect(429);
    expect(withoutCorrelation(unknown.body as Record<string, unknown>)).toEqual(
      withoutCorrelation(known.body as Record<string, unknown>),
    );
  });

  it('should count the account whatever the letter case of the email', async () => {
    await failTimes('Harper@Acme.test', 3);
    await failTimes('HARPER@ACME.TEST', 2);
    await login('harper@acme.test', 'trellis-demo').expect(429);
  });

  it('should reset the account count on a successful sign-in', async () => {
    await failTimes('sam@acme.test', 4);
    await login('sam@acme.test', 'trellis-demo').expect(200);
    await failTimes('sam@acme.test', 4);
    await login('sam@acme.test', 'trellis-demo').expect(200);
  });

  it('should answer 429 to an address after 20 failures, whatever the accounts, and not to others', async () => {
    const address = freshAddress();
    for (let i = 0; i < 20; i++) {
      await login(`sprayed-${i}@acme.test`, 'wrong password, surely', address).expect(401);
    }
    const blocked = await login('jordan@acme.test', 'trellis-demo', address).expect(429);
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    await login('jordan@acme.test', 'trellis-demo', freshAddress()).expect(200);
  });

  it('should count an IPv6 client by its /64', async () => {
    for (let i = 0; i < 20; i++) {
      await login(`v6-${i}@acme.test`, 'wrong password, surely', `2001:db8:aa:bb::${i + 1}`).expect(401);
    }
    await login('jordan@acme.test', 'trellis-demo', '2001:db8:aa:bb:ffff::1').expect(429);
    await login('jordan@acme.test', 'trellis-demo', '2001:db8:aa:cc::1').expect(200);
  });

  it('should answer 429 to an address after 20 failed refreshes', async () => {
    const address = freshAddress();
    const forged = `trellis_refresh=${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}.${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}.forged`;
    for (let i = 0; i < 20; i++) {
      await t.http
        .post('/api/auth/refresh')
        .set('X-Forwarded-For', address)
        .set('Cookie', forged)
        .expect(401);
    }
    const response = await t.http
      .post('/api/auth/refresh')
      .set('X-Forwarded-For', address)
      .set('Cookie', forged)
      .expect(429);
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('should not count signed-out visitors (a refresh without a cookie) as failures', async () => {
    const address = freshAddress();
    for (let i = 0; i < 25; i++) {
      await t.http.post('/api/auth/refresh').set('X-Forwarded-For', address).expect(401);
    }
    await login('avery@acme.test', 'trellis-demo', address).expect(200);
  });

  it('should bound every /api/auth request per address (300 a minute)', async () => {
    const address = freshAddress();
    const statuses = new Map<number, number>();
    for (let i = 0; i < 301; i++) {
      const { status } = await t.http.post('/api/auth/logout').set('X-Forwarded-For', address);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    expect(Object.fromEntries(statuses)).toEqual({ 204: 300, 429: 1 });
    await t.http.post('/api/auth/logout').set('X-Forwarded-For', freshAddress()).expect(204);
  });

  it('should count wrong current passwords of a password change against the account', async () => {
    const { accessToken } = (await login('lee@acme.test', 'trellis-demo').expect(200)).body as LoginResponse;
    for (let i = 0; i < 5; i++) {
      await t.http
        .post('/api/auth/password')
        .set('Authorization', `Bearer ${accessToken}`)
        .set('X-Forwarded-For', freshAddress())
        .send({ currentPassword: 'a wrong guess', newPassword: 'plum tractor lantern' })
        .expect(400);
    }
    await t.http
      .post('/api/auth/password')
      .set('Authorization', `Bearer ${accessToken}`)
      .set('X-Forwarded-For', freshAddress())
      .send({ currentPassword: 'trellis-demo', newPassword: 'plum tractor lantern' })
      .expect(429);
    // The same account budget guards sign-in.
    await login('lee@acme.test', 'trellis-demo').expect(429);
  });
});
