import type { Page } from '@playwright/test';

export const DEMO_PASSWORD = 'trellis-demo';

export const personas = {
  priya: { email: 'priya@acme.test', name: 'Priya Raman' },
  morgan: { email: 'morgan@acme.test', name: 'Morgan Blake' },
  sam: { email: 'sam@acme.test', name: 'Sam Okafor' },
  harper: { email: 'harper@acme.test', name: 'Harper Quinn' },
} as const;

/**
 * Signs a persona in through the API (sharing the page's cookie jar), so that
 * journeys not about signing in start on the signed-in app. Each test signs in
 * afresh: refresh tokens rotate, so a saved storageState would be used twice.
 */
export const signInThroughApi = async (page: Page, persona: keyof typeof personas): Promise<void> => {
  const response = await page.request.post('/api/auth/login', {
    data: { email: personas[persona].email, password: DEMO_PASSWORD },
  });
  if (!response.ok()) throw new Error(`sign-in of ${persona} failed: ${response.status()}`);
};
