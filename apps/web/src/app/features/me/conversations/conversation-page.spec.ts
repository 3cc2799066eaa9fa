import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import type { ConversationDetail } from '@trellis/domain';

import { aConversation } from '../../../testing/conversations';
import { aMe } from '../../../testing/people';
import { signInAs } from '../../../testing/sign-in-as';
import { ConversationPage } from './conversation-page';

const priya = aMe();
const EMPTY_NOTES = { body: '', version: 0, updatedAt: null };

// A time in the local time zone, as the API would send it.
const localInstant = (...parts: [number, number, number, number, number]) => new Date(...parts).toISOString();

describe('ConversationPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const tick = () => new Promise((resolve) => setTimeout(resolve));
  const settle = async () => {
    await tick();
    await harness.fixture.whenStable();
  };
  // The request, once rendering has sent it.
  const issued = async (url: string) => {
    for (let attempt = 0; attempt < 10; attempt++) {
      harness.detectChanges();
      await tick();
      const [request] = backend.match(url);
      if (request) return request;
    }
    return backend.expectOne(url);
  };
  const open = async (conversation: ConversationDetail, state?: Record<string, unknown>) => {
    await signInAs(priya);
    harness = await RouterTestingHarness.create();
    await TestBed.inject(Router).navigateByUrl(`/me/conversations/${conversation.id}`, { state });
    (await issued(`/api/conversations/${conversation.id}`)).flush(conversation);
    (await issued(`/api/conversations/${conversation.id}/notes/shared`)).flush(EMPTY_NOTES);
    await settle();
  };
  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const button = (name: string) =>
    [...page().querySelectorAll('button')].find((candidate) => text(candidate) === name);
  const fact = (term: string) =>
    text(
      [...page().querySelectorAll('.facts > div')]
        .find((row) => text(row.querySelector('dt')) === term)
        ?.querySelector('dd'),
    );

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [{ path: 'me/conversations/:conversationId', component: ConversationPage }],
          withComponentInputBinding(),
        ),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should show a request with its proposed times and agenda, and confirm it was just sent', async () => {
    await open(
      aConversation({
        reportId: priya.id,
        requesterId: priya.id,
        proposedTimes: [localInstant(2099, 2, 4, 10, 0), localInstant(2099, 2, 5, 10, 0)],
        agenda: 'Where I want to go next.',
      }),
      { requested: true },
    );

    expect(text(page().querySelector('[role="status"]'))).toContain(
      'Request sent. Morgan Blake has been notified',
    );
    expect(text(page().querySelector('h1'))).toBe('Aspiration conversation');
    expect(text(page().querySelector('app-conversation-status'))).toBe('Requested');
    expect(text(page().querySelector('.subtitle'))).toBe(
      'With Morgan Blake · asked by you on 20 November 2026',
    );
    expect([...page().querySelectorAll('.times li')].map(text)).toEqual([
      'Wed 4 Mar 2099, 10:00',
      'Thu 5 Mar 2099, 10:00',
    ]);
    expect(text(page())).toContain('Where I want to go next.');
    expect(button('Accept this time')).toBeUndefined();
  });

  describe('cancelling', () => {
    const conversation = () =>
      aConversation({ reportId: priya.id, requesterId: priya.id, availableActions: ['cancel'] });

    it('should ask for confirmation, with an optional reason, before cancelling', async () => {
      const requested = conversation();
      await open(requested);

      button('Cancel conversation')?.click();
      await settle();
      expect(text(page().querySelector('#answer-heading'))).toBe('Cancel this conversation?');
      const reason = page().querySelector('textarea');
      if (reason) {
        reason.value = 'Sent twice';
        reason.dispatchEvent(new Event('input'));
      }
      button('Yes, cancel it')?.click();
      const request = backend.expectOne(`/api/conversations/${requested.id}/cancel`);
      expect(request.request.body).toEqual({ reason: 'Sent twice' });
      request.flush({ ...requested, status: 'cancelled', reason: 'Sent twice', availableActions: [] });
      await settle();

      expect(text(page().querySelector('app-conversation-status'))).toBe('Cancelled');
      expect(fact('Cancelled')).toBe('Sent twice');
      expect(button('Cancel conversation')).toBeUndefined();
    });

    it('should keep the conversation when the person changes their mind', async () => {
      await open(conversation());

      button('Cancel conversation')?.click();
      await settle();
      button('Keep it')?.click();
      await settle();

      expect(page().querySelector('#answer-heading')?.classList).toContain('visually-hidden');
      expect(button('Cancel conversation')).toBeDefined();
    });

    it('should show where things stand when the state moved on meanwhile (409)', async () => {
      const requested = conversation();
      await open(requested);

      button('Cancel conversation')?.click();
      await settle();
      button('Yes, cancel it')?.click();
      backend
        .expectOne(`/api/conversations/${requested.id}/cancel`)
        .flush(
          { title: 'Conflict', status: 409, correlationId: 'c' },
          { status: 409, statusText: 'Conflict' },
        );
      await tick();
      backend.expectOne(`/api/conversations/${requested.id}`).flush({
        ...requested,
        status: 'scheduled',
        scheduledAt: localInstant(2099, 2, 4, 10, 0),
        availableActions: [],
      });
      await settle();

      expect(text(page().querySelector('[role="alert"]'))).toBe(
        'This conversation changed in the meantime. Here is where it stands now.',
      );
      expect(text(page().querySelector('app-conversation-status'))).toBe('Scheduled');
    });
  });

  describe('when the manager asked', () => {
    const asked = () =>
      aConversation({
        reportId: priya.id,
        requesterId: 'manager',
        proposedTimes: [localInstant(2099, 2, 4, 10, 0)],
        availableActions: ['schedule', 'decline'],
      });

    it('should accept one of the proposed times', async () => {
      const conversation = asked();
      await open(conversation);
      expect(text(page().querySelector('.subtitle'))).toContain('asked by Morgan Blake');

      button('Accept this time')?.click();
      const request = backend.expectOne(`/api/conversations/${conversation.id}/schedule`);
      expect(request.request.body).toEqual({ at: conversation.proposedTimes[0] });
      request.flush({
        ...conversation,
        status: 'scheduled',
        scheduledAt: conversation.proposedTimes[0] ?? null,
      });
      await settle();

      expect(fact('When')).toContain('Wednesday 4 March 2099, 10:00');
    });

    it('should decline only with a reason', async () => {
      const conversation = asked();
      await open(conversation);
      button('Decline')?.click();
      await settle();

      button('Decline')?.click();
      await settle();
      expect(text(page().querySelector('mat-error'))).toBe('Say why you decline');
      backend.expectNone(`/api/conversations/${conversation.id}/decline`);
    });
  });

  it('should offer the calendar event of a scheduled conversation as a file', async () => {
    const scheduled = aConversation({
      reportId: priya.id,
      status: 'scheduled',
      scheduledAt: localInstant(2099, 2, 4, 10, 0),
      availableActions: ['schedule', 'cancel', 'hold'],
    });
    await open(scheduled);
    const createObjectURL = jest.fn(() => 'blob:ics');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    expect(fact('When')).toContain('Wednesday 4 March 2099, 10:00');
    button('Add to my calendar (.ics)')?.click();
    backend
      .expectOne(`/api/conversations/${scheduled.id}/calendar.ics`)
      .flush(new Blob(['BEGIN:VCALENDAR'], { type: 'text/calendar' }));
    await settle();

    expect(createObjectURL).toHaveBeenCalled();
    const link = clicked.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe(`career-conversation-${scheduled.id}.ics`);
    expect(link.href).toBe('blob:ics');
    clicked.mockRestore();
  });

  it('should list the action items agreed', async () => {
    await open(
      aConversation({
        reportId: priya.id,
        status: 'held',
        availableActions: [],
        actionItems: [
          {
            id: '60000000-0000-4000-8000-000000000001',
            conversationId: '20000000-0000-4000-8000-000000000001',
            ownerId: priya.id,
            title: 'Draft the launch playbook',
            dueOn: '2099-01-15',
            done: false,
            growthActionId: null,
            createdAt: '2026-11-01T10:00:00.000Z',
            updatedAt: '2026-11-01T10:00:00.000Z',
            version: 1,
          },
        ],
      }),
    );

    expect(text(page().querySelector('.items li'))).toBe('Draft the launch playbook · you · due 15 Jan 2099');
  });

  it('should say a conversation does not exist when the API says so', async () => {
    await signInAs(priya);
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/me/conversations/20000000-0000-4000-8000-000000000099');
    await tick();
    backend
      .expectOne('/api/conversations/20000000-0000-4000-8000-000000000099')
      .flush(null, { status: 404, statusText: 'Not Found' });
    await navigation;
    await settle();

    expect(text(page().querySelector('h1'))).toBe('Conversation not found');
  });
});
