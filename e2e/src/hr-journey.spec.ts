import { join } from 'node:path';

import { expect, test, type APIRequestContext } from '@playwright/test';

import type { MobilityPaths } from '@trellis/domain';

import { expectNoAxeViolations } from './accessibility';
import { json, signedInApi } from './api';
import { signInThroughApi } from './personas';

// Issue 7: HR's truthful map. Harper reads the Product Marketing team's precedent,
// finds Priya on the bench of the Manager, Product Marketing seat, and updates the
// org chart from a CSV: a file with one bad row changes nothing and names the row;
// the corrected file applies at once and its changes appear as moves.

const fixture = (name: string): string => join(__dirname, '..', 'fixtures', name);

/** Moves of every kind, and promotions alone, as HR's mobility paths count them. */
const countMoves = async (api: APIRequestContext): Promise<{ all: number; promotions: number }> => {
  const paths = await json<MobilityPaths>(await api.get('/api/mobility/paths'));
  const sum = (kind?: string) =>
    paths.flows.filter((flow) => !kind || flow.kind === kind).reduce((total, flow) => total + flow.count, 0);
  return { all: sum(), promotions: sum('promotion') };
};

test.describe("HR's journey", () => {
  test('Harper reads team precedent, finds Priya on the bench, and imports the org chart: a bad file changes nothing, the corrected one records moves', async ({
    page,
    baseURL,
  }) => {
    const harperApi = await signedInApi(baseURL ?? '', 'harper');
    await signInThroughApi(page, 'harper');

    // The mobility dashboard: flows, and the Product Marketing team's precedent.
    await page.goto('/hr');
    await expect(page.getByRole('heading', { level: 1, name: 'Mobility' })).toBeVisible();
    const productMarketing = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Product Marketing', exact: true }) });
    await expect(productMarketing).toBeVisible();
    await expect(productMarketing).toContainText('%');
    await expectNoAxeViolations(page);

    // The bench of the Manager, Product Marketing seat has Priya on it.
    await page.getByRole('link', { name: 'Positions' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Positions' })).toBeVisible();
    await page.getByRole('link', { name: 'Manager, Product Marketing' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Manager, Product Marketing' })).toBeVisible();
    await expect(page.getByText('Priya Raman')).toBeVisible();
    await expectNoAxeViolations(page);

    // A file with one bad row: the dry run names it, Apply stays off, nothing changes.
    const before = await countMoves(harperApi);
    await page.getByRole('link', { name: 'Import people' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Import people' })).toBeVisible();
    await page.locator('input[type="file"]').setInputFiles(fixture('people-import-bad.csv'));
    await page.getByRole('button', { name: 'Check file' }).click();
    await expect(page.getByText('1 problem found')).toBeVisible();
    const problem = page.getByRole('row').filter({ hasText: 'jordn@acme.test' });
    await expect(problem).toBeVisible();
    await expect(problem.getByRole('cell').first()).toHaveText('3');
    await expect(page.getByRole('button', { name: 'Apply' })).toBeDisabled();
    await expectNoAxeViolations(page);
    expect(await countMoves(harperApi)).toEqual(before);

    // The corrected file: clean, applied in one go, and the changes are moves.
    await page.locator('input[type="file"]').setInputFiles(fixture('people-import-good.csv'));
    await page.getByRole('button', { name: 'Check file' }).click();
    await expect(page.getByText('No problems found')).toBeVisible();
    await expect(page.getByText('Lee Park')).toBeVisible();
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByRole('heading', { name: 'Imported' })).toBeVisible();
    await expect(page.getByText(/1 created, 1 updated, 1 move recorded/)).toBeVisible();
    await expectNoAxeViolations(page);

    const after = await countMoves(harperApi);
    expect(after.promotions).toBe(before.promotions + 1);
    expect(after.all).toBe(before.all + 2); // Lee's promotion and Robin's hire
    await harperApi.dispose();
  });
});
