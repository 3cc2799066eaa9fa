import { expect, test } from '@playwright/test';

import type {
  Page as ApiPage,
  Conversation,
  Evidence,
  Framework,
  FrameworkSummary,
  Me,
} from '@trellis/domain';

import { expectNoAxeViolations } from './accessibility';
import { json, signedInApi } from './api';
import { personas, signInThroughApi } from './personas';

// Issue 6: a manager's queue that empties. Priya has just logged new evidence and
// asked for a conversation (set up through the API, as the IC journey does it in
// the browser); Morgan reviews, schedules and keeps notes; Priya sees the outcome,
// and never Morgan's private note.

const EVIDENCE_TITLE = 'Mentoring circle for new PMMs';
const SHARED_NOTE = 'Agreed: Priya leads the Q1 launch end to end.';
const PRIVATE_NOTE = 'Private: ready for the manager seat by spring, I think.';

test.describe("The manager's journey", () => {
  test('Morgan accepts Priya’s new evidence as “exceeds”, schedules her conversation and keeps notes; Priya sees the outcome but not the private note', async ({
    page,
    baseURL,
  }) => {
    // Priya's side, through the API: new evidence for servant leadership and a request.
    const priyaApi = await signedInApi(baseURL ?? '', 'priya');
    const priya = await json<Me>(await priyaApi.get('/api/me'));
    const ladders = await json<ApiPage<FrameworkSummary>>(await priyaApi.get('/api/frameworks'));
    const published = ladders.items.find((ladder) => ladder.status === 'published');
    const ladder = await json<Framework>(await priyaApi.get(`/api/frameworks/${published?.id ?? ''}`));
    const servantLeadership = ladder.criteria.find((criterion) => criterion.name === 'Servant leadership');
    const evidence = await json<Evidence>(
      await priyaApi.post(`/api/people/${priya.id}/evidence`, {
        data: {
          title: EVIDENCE_TITLE,
          kind: 'mentoring',
          occurredOn: '2026-11-10',
          challenge: 'Three new PMMs joined in one month with no onboarding.',
          actions: 'Ran a weekly mentoring circle and wrote down what we covered.',
          outcome: 'All three shipped their first launch brief within six weeks.',
          metrics: '',
          links: [],
          criterionIds: [servantLeadership?.id],
        },
      }),
    );
    const nextWeek = new Date(Date.now() + 7 * 24 * 3600 * 1000);
    nextWeek.setUTCHours(10, 0, 0, 0);
    const conversation = await json<Conversation>(
      await priyaApi.post('/api/conversations', {
        data: {
          withPersonId: priya.managerId,
          topic: 'promotion_readiness',
          agenda: 'Am I ready for the manager seat? What is missing?',
          proposedTimes: [nextWeek.toISOString()],
        },
      }),
    );
    await priyaApi.dispose();

    // Morgan: the overview shows what waits, the queue holds the evidence.
    await signInThroughApi(page, 'morgan');
    await page.goto('/team');
    await expect(page.getByRole('link', { name: personas.priya.name }).first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/team/reviews');
    await page.getByRole('link', { name: EVIDENCE_TITLE }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: EVIDENCE_TITLE })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Servant leadership' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('radio', { name: /^Accept/ }).check();
    await page.getByRole('radio', { name: 'Exceeds the expectation' }).check();
    await page.getByLabel('Comment for Priya').fill('A playbook others now run without you.');
    await page.getByRole('button', { name: 'Send review' }).click();
    await expect(page.getByText(/review sent/i).first()).toBeVisible();

    // Morgan schedules the request at the proposed time and writes both notes.
    await page.goto(`/team/conversations/${conversation.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(personas.priya.name);
    await page
      .getByRole('button', { name: /^Schedule on / })
      .first()
      .click();
    await expect(page.getByRole('button', { name: 'Mark as held' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Shared notes' }).fill(SHARED_NOTE);
    await page.getByRole('button', { name: 'Save shared notes' }).click();
    await expect(page.getByText(/last saved/i).first()).toBeVisible();
    await page.getByRole('textbox', { name: 'My private notes' }).fill(PRIVATE_NOTE);
    await page.getByRole('button', { name: 'Save private notes' }).click();
    await expect(page.getByText(/last saved/i).nth(1)).toBeVisible();
    await expectNoAxeViolations(page);

    // Priya: the accepted evidence, the scheduled time and the shared note; not the private one.
    await signInThroughApi(page, 'priya');
    await page.goto(`/me/evidence/${evidence.id}`);
    await expect(page.getByText('Accepted').first()).toBeVisible();
    await expect(page.getByText('Exceeds the expectation').first()).toBeVisible();

    await page.goto(`/me/conversations/${conversation.id}`);
    await expect(page.getByText('Scheduled').first()).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Shared notes' })).toHaveValue(SHARED_NOTE);
    await expect(page.locator('body')).not.toContainText(PRIVATE_NOTE);
    await expectNoAxeViolations(page);
  });
});
