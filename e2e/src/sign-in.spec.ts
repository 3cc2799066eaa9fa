import { expect, test } from '@playwright/test';

import { DEMO_PASSWORD, personas, signInThroughApi } from './personas';

test.describe('Signing in', () => {
  test('Priya signs in and sees Morgan as her manager', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in/);

    await page.getByLabel('Email').fill(personas.priya.email);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page).toHaveURL(/\/me/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Priya');
    const manager = page.getByRole('region', { name: 'Your manager' });
    await expect(manager).toContainText(personas.morgan.name);
  });

  test('a wrong password keeps Priya on the sign-in page with a clear message', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(personas.priya.email);
    await page.getByLabel('Password', { exact: true }).fill('not-my-password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page.getByRole('alert')).toContainText(/incorrect/i);
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test('an empty form explains what is missing without calling the API', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText(/enter your email/i)).toBeVisible();
  });
});

test.describe('Signed in', () => {
  test('Morgan sees her direct reports', async ({ page }) => {
    await signInThroughApi(page, 'morgan');
    await page.goto('/me');
    const reports = page.getByRole('region', { name: 'Your direct reports' });
    await expect(reports).toContainText(personas.priya.name);
    await expect(reports).toContainText(personas.sam.name);
  });

  test('the session survives a reload', async ({ page }) => {
    await signInThroughApi(page, 'priya');
    await page.goto('/me');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Priya');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Priya');
  });

  test('signing out returns to the sign-in page and ends the session', async ({ page }) => {
    await signInThroughApi(page, 'priya');
    await page.goto('/me');
    await page.getByRole('button', { name: /account menu/i }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in/);

    await page.goto('/me');
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
