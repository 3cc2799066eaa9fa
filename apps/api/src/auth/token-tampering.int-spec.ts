import { createHmac } from 'node:crypto';

import { startTestApp, TestApp } from '../../test/int/test-app';
import { APP_CONFIG, ResolvedConfig } from '../config/config.module';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from './access-token';

type Claims = Record<string, unknown>;

const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
const decode = (part: string | undefined): Claims =>
  JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8')) as Claims;

/** A JWT signed with HMAC (or unsigned for alg none), however its header and claims read. */
const forge = (header: Claims, claims: Claims, key: string): string => {
  const signingInput = `${encode(header)}.${encode(claims)}`;
  if (header['alg'] === 'none') return `${signingInput}.`;
  const digest = header['alg'] === 'HS512' ? 'sha512' : header['alg'] === 'HS384' ? 'sha384' : 'sha256';
  return `${signingInput}.${createHmac(digest, key).update(signingInput).digest('base64url')}`;
};

const HS256 = { alg: 'HS256', typ: 'JWT' };
const now = () => Math.floor(Date.now() / 1000);

describe('Access token tampering (GET /api/me with a forged bearer)', () => {
  let t: TestApp;
  let secret: string;
  let genuine: string;
  let claims: Claims;

  const me = (token: string) => t.http.get('/api/me').set('Authorization', `Bearer ${token}`);
  const expectRefused = async (token: string) => {
    const response = await me(token).expect(401);
    // The same answer whatever was wrong: nothing to learn about the check that failed.
    expect(response.body).toMatchObject({ status: 401, detail: 'Sign in to continue.' });
  };

  beforeAll(async () => {
    t = await startTestApp();
    secret = t.app.get<ResolvedConfig>(APP_CONFIG).jwtSecret;
    genuine = (await t.signIn('priya@acme.test')).accessToken;
    claims = decode(genuine.split('.')[1]);
  });
  afterAll(() => t.close());

  it('should issue HS256 tokens of 15 minutes with issuer, audience and session version', () => {
    expect(decode(genuine.split('.')[0])).toEqual(HS256);
    expect(claims).toMatchObject({ iss: ACCESS_TOKEN_ISSUER, aud: ACCESS_TOKEN_AUDIENCE, sv: 1 });
    expect(Number(claims['exp']) - Number(claims['iat'])).toBe(15 * 60);
  });

  it('should accept a token re-signed with the real key (the forger itself is sound)', async () => {
    await me(forge(HS256, claims, secret)).expect(200);
  });

  it('should refuse alg none, with or without the original signature', async () => {
    const unsigned = forge({ alg: 'none', typ: 'JWT' }, claims, secret);
    await expectRefused(unsigned);
    await expectRefused(`${unsigned}${genuine.split('.')[2] ?? ''}`);
    await expectRefused(forge({ alg: 'None', typ: 'JWT' }, claims, secret));
  });

  it('should refuse a token signed with another key', async () => {
    await expectRefused(forge(HS256, claims, 'not-the-key-not-the-key-not-the-key'));
  });

  it('should refuse an algorithm outside the allowlist, even with the right key', async () => {
    await expectRefused(forge({ alg: 'HS512', typ: 'JWT' }, claims, secret));
    await expectRefused(forge({ alg: 'HS384', typ: 'JWT' }, claims, secret));
  });

  it('should refuse an expired token and one not yet valid', async () => {
    await expectRefused(forge(HS256, { ...claims, iat: now() - 3600, exp: now() - 60 }, secret));
    await expectRefused(forge(HS256, { ...claims, nbf: now() + 3600 }, secret));
  });

  it('should refuse another audience or no audience', async () => {
    await expectRefused(forge(HS256, { ...claims, aud: 'some-other-api' }, secret));
    const { aud: _aud, ...withoutAudience } = claims;
    await expectRefused(forge(HS256, withoutAudience, secret));
  });

  it('should refuse another issuer or no issuer', async () => {
    await expectRefused(forge(HS256, { ...claims, iss: 'https://evil.example' }, secret));
    const { iss: _iss, ...withoutIssuer } = claims;
    await expectRefused(forge(HS256, withoutIssuer, secret));
  });

  it('should refuse a token without a usable session version', async () => {
    const { sv: _sv, ...withoutVersion } = claims;
    await expectRefused(forge(HS256, withoutVersion, secret));
    await expectRefused(forge(HS256, { ...claims, sv: '1' }, secret));
    await expectRefused(forge(HS256, { ...claims, sv: 0 }, secret));
  });

  it('should refuse a session version the person does not have (revoked)', async () => {
    const response = await me(forge(HS256, { ...claims, sv: 2 }, secret)).expect(401);
    expect(response.body).toMatchObject({ status: 401, detail: 'Your session has ended. Sign in again.' });
  });

  it('should refuse claims changed under the original signature', async () => {
    const [header, , signature] = genuine.split('.');
    const morgan = decode((await t.signIn('morgan@acme.test')).accessToken.split('.')[1]);
    await expectRefused(`${header}.${encode({ ...claims, sub: morgan['sub'] })}.${signature}`);
    await expectRefused(`${header}.${encode({ ...claims, exp: now() + 86_400 })}.${signature}`);
  });

  it('should refuse malformed tokens and other schemes', async () => {
    await expectRefused('not-a-jwt');
    await expectRefused(`${genuine}.extra`);
    await t.http.get('/api/me').set('Authorization', `Basic ${genuine}`).expect(401);
    await t.http.get('/api/me').set('Authorization', `bearer`).expect(401);
  });
});
