import type { CookieOptions, Request } from 'express';

export const REFRESH_COOKIE = 'trellis_refresh';
export const REFRESH_TOKEN_TTL_MS = 14 * 24 * 60 * 60 * 1000;

// Only the auth endpoints ever see the refresh token.
export const refreshCookieOptions: CookieOptions = {
  httpOnly: true,
  secure: true,
  sameSite: 'strict',
  path: '/api/auth',
};

export const readRefreshCookie = (request: Request): string | undefined => {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === REFRESH_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
};
