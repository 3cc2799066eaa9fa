import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import type { Conversation } from '@trellis/domain';

import { aConversation } from '../../../testing/conversations';
import { aMe } from '../../../testing/people';
import { signInAs } from '../../../testing/sign-in-as';
import { groupConversations, TeamConversationsPage } from './team-conversations-page';

const morgan = aMe({ name: 'Morgan Blake', email: 'morgan@acme.test' });
const PRIYA = '00000000-0000-4000-8000-0000000000b1';
const SAM = '00000000-0000-4000-8000-0000000000b2';

const withPriya = (overrides: Partial<Conversation>) =>
  aConversation({
    managerId: morgan.id,
    reportId: PRIYA,
    requesterId: PRIYA,
    reportName: 'Priya Raman',
    ...overrides,
  });
const withSam = (overrides: Partial<Conversation>) =>
  aConversation({
    managerId: morgan.id,
    reportId: SAM,
    requesterId: SAM,
    reportName: 'Sam Okafor',
    ...overrides,
  });

describe('groupConversations', () => {
  it('should sort the manager’s conversations into answer, coming up and past', () => {
    const request = withPriya({ status: 'requested', createdAt: '2026-11-20T09:00:00.000Z' });
    const olderRequest = withSam({ status: 'requested', createdAt: '2026-11-10T09:00:00.000Z' });
    const asked = withSam({ status: 'requested', requesterId: morgan.id });
    const later = withSam({ status: 'scheduled', scheduledAt: '2026-12-10T10:00:00.000Z' });
    const sooner = withPriya({ status: 'scheduled', scheduledAt: '2026-12-02T10:00:00.000Z' });
    const held = withPriya({ status: 'held', heldAt: '2026-09-03T15:00:00.000Z' });
    const declined = withSam({ status: 'declined', updatedAt: '2026-10-01T10:00:00.000Z' });
    // Morgan's own conversation with their manager is not a team one.
    const own = aConversation({ reportId: morgan.id, requesterId: morgan.id, status: 'requested' });

    expect(
      groupConversations([request, olderRequest, asked, later, sooner, held, declined, own], morgan.id),
    ).toEqual({
      toAnswer: [olderRequest, request],
      asked: [asked],
      upcoming: [sooner, later],
      past: [declined, held],
    });
  });
});

describe('TeamConversationsPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const tick = () => new Promise((resolve) => setTimeout(resolve));
  const open = async (items: Conversation[] | 'error') => {
    await signInAs(morgan);
    harness = await RouterTestingHarness.create();
    await TestBed.inject(Router).navigateByUrl('/team/conversations');
    await tick();
    const request = backend.expectOne('/api/conversations?limit=100');
    if (items === 'error') request.flush({ status: 503 }, { status: 503, statusText: 'Unavailable' });
    else request.flush({ items, nextCursor: null });
    await tick();
    harness.detectChanges();
  };
  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const section = (heading: string) =>
    [...page().querySelectorAll('section')].find(
      (candidate) => text(candidate.querySelector('h2')) === heading,
    );

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'team/conversations', component: TeamConversationsPage }]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should list requests to answer, what is coming up and what is past, each linking to its workspace', async () => {
    const request = withPriya({ status: 'requested', proposedTimes: ['2099-01-01T10:00:00.000Z'] });
    await open([request, withSam({ status: 'scheduled', scheduledAt: '2099-12-02T16:00:00.000Z' })]);

    const answer = section('Waiting for your answer');
    expect(text(answer?.querySelector('.topic'))).toBe('Aspiration · Priya Raman');
    expect(text(answer)).toContain('1 proposed time');
    expect(answer?.querySelector('a')?.getAttribute('href')).toBe(`/team/conversations/${request.id}`);
    expect(text(section('Coming up'))).toContain('Sam Okafor');
    expect(text(section('Past')?.querySelector('p'))).toBe('None yet.');
  });

  it('should invite the manager to start one when there are none', async () => {
    await open([]);

    expect(text(page().querySelector('.empty h2'))).toBe('No career conversations yet');
  });

  it('should say what went wrong', async () => {
    await open('error');

    expect(text(page().querySelector('[role="alert"]'))).toContain('Something went wrong on our side');
  });
});
