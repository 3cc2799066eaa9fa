import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import type { ActionItem, ConversationDetail } from '@trellis/domain';

import { aConversation } from '../../../testing/conversations';
import { aMe } from '../../../testing/people';
import { signInAs } from '../../../testing/sign-in-as';
import { someNotes } from '../../../testing/team';
import { ConversationWorkspacePage } from './conversation-workspace-page';

const morgan = aMe({ name: 'Morgan Blake', email: 'morgan@acme.test' });
const PRIYA = '00000000-0000-4000-8000-0000000000b1';

const requestFromPriya = (overrides: Partial<ConversationDetail> = {}) =>
  aConversation({
    managerId: morgan.id,
    reportId: PRIYA,
    requesterId: PRIYA,
    reportName: 'Priya Raman',
    managerName: 'Morgan Blake',
    proposedTimes: ['2099-03-04T10:00:00.000Z', '2099-03-05T10:00:00.000Z'],
    availableActions: ['schedule', 'decline'],
    ...overrides,
  });

const anActionItem = (overrides: Partial<ActionItem> = {}): ActionItem => ({
  id: '80000000-0000-4000-8000-000000000001',
  conversationId: '20000000-0000-4000-8000-000000000001',
  ownerId: PRIYA,
  title: 'Draft the team charter',
  dueOn: '2099-01-15',
  done: false,
  growthActionId: null,
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
  version: 2,
  ...overrides,
});

describe('ConversationWorkspacePage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const tick = () => new Promise((resolve) => setTimeout(resolve));
  const settle = async () => {
    for (let round = 0; round < 3; round++) {
      await tick();
      harness.detectChanges();
    }
  };
  const open = async (
    conversation: ConversationDetail,
    notes = { shared: someNotes(), private: someNotes() },
  ) => {
    await signInAs(morgan);
    harness = await RouterTestingHarness.create();
    await TestBed.inject(Router).navigateByUrl(`/team/conversations/${conversation.id}`);
    await tick();
    backend.expectOne(`/api/conversations/${conversation.id}`).flush(conversation);
    await settle();
    backend.match(`/api/conversations/${conversation.id}/notes/shared`).forEach((r) => r.flush(notes.shared));
    backend
      .match(`/api/conversations/${conversation.id}/notes/private`)
      .forEach((r) => r.flush(notes.private));
    await settle();
  };
  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const button = (name: string, within: ParentNode = page()) =>
    [...within.querySelectorAll('button')].find((candidate) => text(candidate) === name);
  const fill = (element: HTMLInputElement | HTMLTextAreaElement | null | undefined, value: string) => {
    if (!element) throw new Error('no such field');
    element.value = value;
    element.dispatchEvent(new Event('input'));
  };
  const editor = (visibility: 'shared' | 'private') =>
    [...page().querySelectorAll('app-notes-editor')].find(
      (candidate) => candidate.querySelector('h3')?.id === `${visibility}-notes-heading`,
    ) as HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [{ path: 'team/conversations/:conversationId', component: ConversationWorkspacePage }],
          withComponentInputBinding(),
        ),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should schedule one of the proposed times', async () => {
    const conversation = requestFromPriya();
    await open(conversation);

    expect(text(page().querySelector('h1'))).toBe('Aspiration conversation with Priya Raman');
    const times = [...page().querySelectorAll('.times li')];
    expect(times).toHaveLength(2);
    button('Schedule at this time', times[1])?.click();

    const request = backend.expectOne(`/api/conversations/${conversation.id}/schedule`);
    expect(request.request.body).toEqual({ at: '2099-03-05T10:00:00.000Z' });
    request.flush({
      ...conversation,
      status: 'scheduled',
      scheduledAt: '2099-03-05T10:00:00.000Z',
      availableActions: ['schedule', 'decline', 'cancel', 'hold'],
    });
    await settle();

    expect(text(page().querySelector('app-conversation-status'))).toBe('Scheduled');
    expect(text(page().querySelector('.notice'))).toBe('Scheduled. Priya has been told.');
    expect(button('Add to calendar (.ics)')).toBeDefined();
  });

  it('should schedule another time typed in', async () => {
    const conversation = requestFromPriya();
    await open(conversation);

    fill(page().querySelector<HTMLInputElement>('input[type="datetime-local"]'), '2099-04-01T09:30');
    page().querySelector('form.other-time')?.dispatchEvent(new Event('submit'));
    await settle();

    const request = backend.expectOne(`/api/conversations/${conversation.id}/schedule`);
    expect(request.request.body).toEqual({ at: new Date('2099-04-01T09:30').toISOString() });
    request.flush({
      ...conversation,
      status: 'scheduled',
      scheduledAt: new Date('2099-04-01T09:30').toISOString(),
    });
    await settle();
  });

  it('should refuse a time in the past without asking the API', async () => {
    await open(requestFromPriya());

    fill(page().querySelector<HTMLInputElement>('input[type="datetime-local"]'), '2001-04-01T09:30');
    page().querySelector('form.other-time')?.dispatchEvent(new Event('submit'));
    await settle();

    expect(text(page().querySelector('mat-error'))).toBe('Enter a date and time in the future');
  });

  it('should decline only with a reason', async () => {
    const conversation = requestFromPriya();
    await open(conversation);

    button('Decline')?.click();
    await settle();
    expect(text(page().querySelector('.answer h3'))).toBe('Decline this conversation?');
    button('Decline', page().querySelector('.answer') as HTMLElement)?.click();
    await settle();
    expect(text(page().querySelector('.answer mat-error'))).toBe('Say why you decline');

    fill(page().querySelector<HTMLTextAreaElement>('.answer textarea'), 'After the launch, please');
    button('Decline', page().querySelector('.answer') as HTMLElement)?.click();
    const request = backend.expectOne(`/api/conversations/${conversation.id}/decline`);
    expect(request.request.body).toEqual({ reason: 'After the launch, please' });
    request.flush({
      ...conversation,
      status: 'declined',
      reason: 'After the launch, please',
      availableActions: [],
    });
    await settle();

    expect(text(page().querySelector('.state'))).toContain('Declined: After the launch, please');
  });

  it('should mark a scheduled conversation held after confirming', async () => {
    const conversation = requestFromPriya({
      status: 'scheduled',
      scheduledAt: '2099-03-05T10:00:00.000Z',
      availableActions: ['schedule', 'decline', 'cancel', 'hold'],
    });
    await open(conversation);

    button('Mark as held')?.click();
    await settle();
    button('Yes, we met')?.click();
    backend.expectOne(`/api/conversations/${conversation.id}/hold`).flush({
      ...conversation,
      status: 'held',
      heldAt: '2099-03-05T11:00:00.000Z',
      availableActions: [],
    });
    await settle();

    expect(text(page().querySelector('app-conversation-status'))).toBe('Held');
  });

  it('should download the calendar event with the bearer token', async () => {
    const conversation = requestFromPriya({
      status: 'scheduled',
      scheduledAt: '2099-03-05T10:00:00.000Z',
      availableActions: ['schedule', 'cancel', 'hold'],
    });
    await open(conversation);
    const createObjectURL = jest.fn(() => 'blob:ics');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    button('Add to calendar (.ics)')?.click();
    const request = backend.expectOne(`/api/conversations/${conversation.id}/calendar.ics`);
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['BEGIN:VCALENDAR'], { type: 'text/calendar' }));
    await settle();

    expect(createObjectURL).toHaveBeenCalled();
    expect(click).toHaveBeenCalled();
    click.mockRestore();
  });

  it('should put shared and private notes side by side, the private ones clearly the manager’s alone', async () => {
    await open(requestFromPriya(), {
      shared: someNotes({ body: 'Agenda agreed', version: 2 }),
      private: someNotes({ body: 'Ask about the Berlin role', version: 1 }),
    });

    expect(text(editor('shared').querySelector('.badge'))).toBe('Priya sees these too');
    expect(text(editor('private').querySelector('.badge'))).toBe('Only you can see this');
    expect(editor('private').querySelector('textarea')?.value).toBe('Ask about the Berlin role');
  });

  it('should save notes with the version read, and on a conflict show both texts without losing mine', async () => {
    const conversation = requestFromPriya();
    await open(conversation, { shared: someNotes({ body: 'Agenda', version: 2 }), private: someNotes() });
    const shared = editor('shared');

    fill(shared.querySelector('textarea'), 'Agenda, and my thoughts');
    await settle();
    button('Save shared notes', shared)?.click();
    const put = backend.expectOne(`/api/conversations/${conversation.id}/notes/shared`);
    expect(put.request.body).toEqual({ body: 'Agenda, and my thoughts', version: 2 });
    put.flush({ status: 409 }, { status: 409, statusText: 'Conflict' });
    await settle();
    backend
      .expectOne(`/api/conversations/${conversation.id}/notes/shared`)
      .flush(someNotes({ body: 'Agenda, and Priya’s thoughts', version: 3 }));
    await settle();

    expect(text(shared.querySelector('[role="alert"]'))).toContain(
      'Priya saved these notes while you were writing.',
    );
    expect([...shared.querySelectorAll('blockquote')].map(text)).toEqual([
      'Agenda, and my thoughts',
      'Agenda, and Priya’s thoughts',
    ]);
    expect(shared.querySelector('textarea')?.value).toBe('Agenda, and my thoughts');

    button('Save mine over it', shared)?.click();
    const again = backend.expectOne(`/api/conversations/${conversation.id}/notes/shared`);
    expect(again.request.body).toEqual({ body: 'Agenda, and my thoughts', version: 3 });
    again.flush(someNotes({ body: 'Agenda, and my thoughts', version: 4 }));
    await settle();
    expect(shared.querySelector('[role="alert"]')).toBeNull();
    expect(text(shared.querySelector('.status'))).toBe('Saved');
  });

  it('should add an action item with an owner and a due date, and tick one done', async () => {
    const conversation = requestFromPriya({ actionItems: [anActionItem()] });
    await open(conversation);
    const items = page().querySelector('app-action-items') as HTMLElement;

    expect(text(items.querySelector('li'))).toContain('Draft the team charter Priya Raman · due 15 Jan 2099');
    items.querySelector<HTMLInputElement>('mat-checkbox input')?.click();
    const patch = backend.expectOne('/api/action-items/80000000-0000-4000-8000-000000000001');
    expect(patch.request.body).toEqual({ done: true, version: 2 });
    patch.flush(anActionItem({ done: true, version: 3 }));
    await settle();
    expect(text(items.querySelector('.muted'))).toBe('All done.');

    fill(items.querySelector<HTMLInputElement>('input[formcontrolname="title"]'), 'Book the council room');
    const owner = items.querySelector('select');
    if (!owner) throw new Error('no owner');
    owner.value = PRIYA;
    owner.dispatchEvent(new Event('change'));
    fill(items.querySelector<HTMLInputElement>('input[type="date"]'), '2099-02-01');
    items.querySelector('form')?.dispatchEvent(new Event('submit'));
    const post = backend.expectOne(`/api/conversations/${conversation.id}/action-items`);
    expect(post.request.body).toEqual({
      title: 'Book the council room',
      ownerId: PRIYA,
      dueOn: '2099-02-01',
      growthActionId: null,
    });
    post.flush(anActionItem({ id: '80000000-0000-4000-8000-000000000002', title: 'Book the council room' }));
    await settle();

    expect([...items.querySelectorAll('li')].map((item) => text(item.querySelector('label')))).toEqual([
      'Draft the team charter',
      'Book the council room',
    ]);
    // Ready for the next one, without an error on the emptied title.
    expect(items.querySelector<HTMLInputElement>('input[formcontrolname="title"]')?.value).toBe('');
    expect(items.querySelector('mat-error')).toBeNull();
  });

  it('should send the manager to their own space for a conversation with their manager', async () => {
    await open(aConversation({ reportId: morgan.id, requesterId: morgan.id, managerName: 'Avery Stone' }));

    expect(text(page().querySelector('h1'))).toBe('Aspiration conversation with Avery Stone');
    expect(page().querySelector('a[href^="/me/conversations/"]')).not.toBeNull();
    expect(page().querySelector('app-notes-editor')).toBeNull();
  });

  it('should answer "not found" for a conversation the manager is not in', async () => {
    await signInAs(morgan);
    harness = await RouterTestingHarness.create();
    await TestBed.inject(Router).navigateByUrl('/team/conversations/c-404');
    await tick();
    backend.expectOne('/api/conversations/c-404').flush(null, { status: 404, statusText: 'Not Found' });
    await settle();

    expect(text(page().querySelector('h1'))).toBe('Conversation not found');
  });
});
