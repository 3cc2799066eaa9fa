import { expect, test } from '@playwright/test';

import { expectNoAxeViolations } from './accessibility';
import { personas, signInThroughApi } from './personas';

// Issue 5: the IC says where she wants to go, shows it with evidence, sees how
// close she is, and asks her manager for a career conversation.
test.describe("The IC's journey", () => {
  test('Priya aims for Manager, Product Marketing, logs a playbook, sees readiness and asks Morgan for a conversation', async ({
    page,
  }) => {
    await signInThroughApi(page, 'priya');

    // Her aspiration: Manager, Product Marketing.
    await page.goto('/me/aspiration');
    await expect(page.getByRole('heading', { level: 1, name: 'Where you want to go' })).toBeVisible();
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('combobox', { name: 'Target level' }).click();
    await page.getByRole('option', { name: 'Manager, Product Marketing', exact: true }).click();
    await page
      .getByLabel('In a sentence, what are you aiming for?')
      .fill('Lead the product marketing team, growing the people in it.');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Saved' })).toBeVisible();
    await expect(page.getByText('Manager, Product Marketing').first()).toBeVisible();

    // A playbook as evidence of servant leadership.
    await page.goto('/me/evidence/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Log evidence' })).toBeVisible();
    await page.getByLabel('Title').fill('Launch playbook for the whole team');
    await page.getByLabel('Kind').selectOption({ label: 'Artifact or playbook' });
    await page.getByLabel('When the work happened').fill('2026-11-02');
    await page.getByLabel('The challenge').fill('Every launch was rebuilt from scratch by whoever ran it.');
    await page.getByLabel('What you did').fill('Wrote the playbook and taught it to three new PMMs.');
    await page.getByLabel('The outcome').fill('Two launches ran on it without me, on time.');
    await page.getByRole('checkbox', { name: 'Servant leadership' }).check();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(page).toHaveURL(/\/me\/evidence(\?|$)/);
    await expect(page.getByRole('link', { name: 'Launch playbook for the whole team' })).toBeVisible();
    await expectNoAxeViolations(page);

    // Readiness toward the target, with the table behind the chart.
    await page.goto('/me/readiness');
    await expect(page.getByRole('heading', { name: 'Overall readiness' })).toBeVisible();
    const table = page.getByRole('table');
    await expect(table.getByRole('rowheader', { name: /Servant leadership/ })).toBeVisible();
    await expectNoAxeViolations(page);

    // "Tell my manager": a request with a pre-filled agenda and proposed times.
    await page.goto('/me/aspiration');
    await page.getByRole('button', { name: 'Tell my manager' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Ask for a career conversation' }),
    ).toBeVisible();
    await expect(page.getByLabel('Agenda')).not.toHaveValue('');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByText(/requested/i).first()).toBeVisible();
    await expect(page.getByText(personas.morgan.name).first()).toBeVisible();
  });

  test('Sam, moving sideways from product marketing to product management, sees his readiness against the PM criteria', async ({
    page,
  }) => {
    await signInThroughApi(page, 'sam');
    await page.goto('/me/readiness');
    await expect(page.getByRole('heading', { name: 'Overall readiness' })).toBeVisible();
    await expect(page.getByRole('note')).toContainText('Product Management');
    await expect(page.getByRole('table').getByRole('rowheader').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
