import { expect, request, type APIRequestContext } from '@playwright/test';

import { DEMO_PASSWORD, personas } from './personas';

/**
 * An API client signed in as a persona with a Bearer token, for setting a journey
 * up or checking what the server holds without going through the browser.
 */
export const signedInApi = async (
  baseURL: string,
  persona: keyof typeof personas,
): Promise<APIRequestContext> => {
  const anonymous = await request.newContext({ baseURL });
  const login = await anonymous.post('/api/auth/login', {
    data: { email: personas[persona].email, password: DEMO_PASSWORD },
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  await anonymous.dispose();
  return request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${accessToken}` } });
};

/** The body of a successful response, failing the journey with the status otherwise. */
export const json = async <T>(response: {
  ok(): boolean;
  status(): number;
  json(): Promise<unknown>;
}): Promise<T> => {
  expect(response.ok(), `HTTP ${response.status()}`).toBe(true);
  return (await response.json()) as T;
};
