import { createHmac } from 'node:crypto';

import type { Me } from '@trellis/domain';

import { startTestApp, TestApp } from '../../test/int/test-app';

describe('GET /api/me', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('should show Priya her manager Morgan and no reports', async () => {
    const { accessToken } = await t.signIn('priya@acme.test');
    const response = await t.http.get('/api/me').set('Authorization', `Bearer ${accessToken}`).expect(200);
    const me = response.body as Me;
    expect(me).toMatchObject({
      name: 'Priya Raman',
      title: 'Senior Product Marketing Manager',
      roles: ['member'],
    });
    expect(me.manager).toMatchObject({ name: 'Morgan Blake', email: 'morgan@acme.test' });
    expect(me.managerId).toBe(me.manager?.id);
    expect(me.directReports).toEqual([]);
  });

  it('should show Morgan her direct reports, sorted by name', async () => {
    const { accessToken } = await t.signIn('morgan@acme.test');
    const me = (await t.http.get('/api/me').set('Authorization', `Bearer ${accessToken}`).expect(200))
      .body as Me;
    expect(me.manager).toBeNull();
    expect(me.directReports.map((p) => p.name)).toEqual(['Priya Raman', 'Sam Okafor']);
  });

  it('should carry the roles of an HR partner', async () => {
    const { accessToken } = await t.signIn('harper@acme.test');
    const me = (await t.http.get('/api/me').set('Authorization', `Bearer ${accessToken}`).expect(200))
      .body as Me;
    expect(me.roles).toEqual(['member', 'hr']);
  });

  it('should expose exactly the Me fields and never a password hash', async () => {
    const { accessToken } = await t.signIn('lee@acme.test');
    const me = (await t.http.get('/api/me').set('Authorization', `Bearer ${accessToken}`).expect(200))
      .body as Me;
    expect(Object.keys(me).sort()).toEqual(
      [
        'directReports',
        'email',
        'id',
        'levelId',
        'manager',
        'managerId',
        'name',
        'roles',
        'teamId',
        'title',
      ].sort(),
    );
  });

  it('should answer 401 without a token', async () => {
    const response = await t.http.get('/api/me').expect(401);
    expect(response.body).toMatchObject({ status: 401, title: 'Unauthorized' });
  });

  it('should answer 401 to a token signed with another key or with alg none', async () => {
    const { accessToken } = await t.signIn('priya@acme.test');
    const [header, payload] = accessToken.split('.');
    const forged = `${header}.${payload}.${createHmac('sha256', 'not-the-key').update(`${header}.${payload}`).digest('base64url')}`;
    await t.http.get('/api/me').set('Authorization', `Bearer ${forged}`).expect(401);

    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    await t.http.get('/api/me').set('Authorization', `Bearer ${none}.${payload}.`).expect(401);
  });
});
