import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import type { Conversation } from '@trellis/domain';

import { aConversation } from '../../../testing/conversations';
import { aMe } from '../../../testing/people';
import { signInAs } from '../../../testing/sign-in-as';
import { ConversationsPage } from './conversations-page';

const priya = aMe();
const mine = (overrides: Partial<Conversation>) =>
  aConversation({ reportId: priya.id, requesterId: priya.id, ...overrides });

// A time in the local time zone, as the API would send it.
const localInstant = (...parts: [number, number, number, number, number]) => new Date(...parts).toISOString();

describe('ConversationsPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const tick = () => new Promise((resolve) => setTimeout(resolve));
  const open = async (url: string, items: Conversation[], nextCursor: string | null = null) => {
    await signInAs(priya);
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(url);
    await tick();
    backend.expectOne((request) => request.url === '/api/conversations').flush({ items, nextCursor });
    await navigation;
    await harness.fixture.whenStable();
  };
  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  // Each row as its parts: topic, state, with whom, what the state means.
  const rows = () =>
    [...page().querySelectorAll('ul.list > li')].map((row) =>
      [...row.querySelectorAll('.topic, app-conversation-status, .line')].map(text).join(' | '),
    );

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'me/conversations', component: ConversationsPage },
            { path: '**', children: [] },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should list each conversation with the other person and what its state means', async () => {
    await open('/me/conversations', [
      mine({ topic: 'aspiration', status: 'requested', createdAt: '2026-11-20T09:12:00.000Z' }),
      mine({ topic: 'lateral_move', status: 'scheduled', scheduledAt: localInstant(2026, 11, 2, 16, 0) }),
      mine({ topic: 'growth_plan_review', status: 'held', heldAt: localInstant(2026, 8, 3, 15, 45) }),
      mine({ topic: 'promotion_readiness', status: 'declined', reason: 'Too early; let us talk in March.' }),
      mine({ topic: 'feedback', status: 'cancelled', reason: null }),
    ]);

    expect(rows()).toEqual([
      'Aspiration | Requested | With Morgan Blake | You asked on 20 Nov 2026; waiting for an answer',
      'Lateral move | Scheduled | With Morgan Blake | Wednesday 2 December 2026, 16:00',
      'Growth plan review | Held | With Morgan Blake | Held on 3 September 2026',
      'Promotion readiness | Declined | With Morgan Blake | Declined: Too early; let us talk in March.',
      'Feedback | Cancelled | With Morgan Blake | Cancelled',
    ]);
  });

  it('should link each conversation to its page', async () => {
    const conversation = mine({});
    await open('/me/conversations', [conversation]);

    expect(page().querySelector('ul.list a')?.getAttribute('href')).toBe(
      `/me/conversations/${conversation.id}`,
    );
  });

  it('should send a manager to the Team workspace for a conversation with their report', async () => {
    const withReport = aConversation({ reportId: 'sam', managerId: priya.id, reportName: 'Sam Okafor' });
    await open('/me/conversations', [withReport]);

    expect(rows()[0]).toContain('With Sam Okafor, your report');
    expect(page().querySelector('ul.list a')?.getAttribute('href')).toBe(
      `/team/conversations/${withReport.id}`,
    );
  });

  it('should say who asked when the manager did', async () => {
    await open('/me/conversations', [mine({ requesterId: 'someone-else', managerName: 'Morgan Blake' })]);

    expect(rows()[0]).toContain('Morgan Blake asked on 20 Nov 2026');
  });

  it('should filter by the status in the address and mark the current filter', async () => {
    await signInAs(priya);
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/me/conversations?status=scheduled');
    await tick();
    backend.expectOne('/api/conversations?status=scheduled&limit=20').flush({ items: [], nextCursor: null });
    await navigation;
    await harness.fixture.whenStable();

    const current = page().querySelector('.filters a[aria-current="true"]');
    expect(text(current)).toBe('Scheduled');
    expect(text(page().querySelector('.empty h2'))).toBe('No scheduled conversations');
  });

  it('should teach what to do when there are no conversations at all', async () => {
    await open('/me/conversations', []);

    expect(text(page().querySelector('.empty'))).toContain('Ask for one');
    expect(page().querySelector('.empty a')?.getAttribute('href')).toBe('/me/conversations/new');
  });

  it('should load older conversations on request', async () => {
    await open('/me/conversations', [mine({ topic: 'aspiration' })], 'cursor-1');

    page().querySelector<HTMLButtonElement>('.more button')?.click();
    backend
      .expectOne('/api/conversations?limit=20&cursor=cursor-1')
      .flush({ items: [mine({ topic: 'feedback' })], nextCursor: null });
    await tick();
    await harness.fixture.whenStable();

    expect(rows().map((row) => row.split(' | ')[0])).toEqual(['Aspiration', 'Feedback']);
    expect(page().querySelector('.more button')).toBeNull();
  });

  it('should say what went wrong when the list cannot be loaded', async () => {
    await signInAs(priya);
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/me/conversations');
    await tick();
    backend.expectOne('/api/conversations?limit=20').error(new ProgressEvent('error'));
    await navigation;
    await harness.fixture.whenStable();

    expect(text(page().querySelector('[role="alert"]'))).toContain("We couldn't reach Trellis.");
  });
});
