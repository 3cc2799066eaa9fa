import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';

import { aConversation } from '../../../testing/conversations';
import { ConversationsApi } from './conversations-api';

describe('ConversationsApi', () => {
  let api: ConversationsApi;
  let backend: HttpTestingController;
  const id = '20000000-0000-4000-8000-000000000042';

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ConversationsApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should list my conversations, filtered and paged as asked', async () => {
    const page = { items: [aConversation()], nextCursor: 'next' };
    const listed = firstValueFrom(api.list({ status: 'scheduled', limit: 20, cursor: 'abc' }));
    backend.expectOne('/api/conversations?status=scheduled&limit=20&cursor=abc').flush(page);

    await expect(listed).resolves.toEqual(page);
  });

  it('should list without parameters by default', () => {
    api.list().subscribe();

    backend.expectOne('/api/conversations').flush({ items: [], nextCursor: null });
  });

  it('should read one conversation with its action items', async () => {
    const conversation = aConversation({ id });
    const read = firstValueFrom(api.get(id));
    backend.expectOne(`/api/conversations/${id}`).flush(conversation);

    await expect(read).resolves.toEqual(conversation);
  });

  it('should post a request', () => {
    const input = {
      withPersonId: '00000000-0000-4000-8000-000000000002',
      topic: 'aspiration' as const,
      agenda: 'Talk',
      proposedTimes: ['2026-12-01T09:00:00.000Z'],
    };
    api.request(input).subscribe();

    const request = backend.expectOne('/api/conversations');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual(input);
    request.flush(aConversation());
  });

  it.each([
    ['cancel', () => api.cancel(id, { reason: 'Sick' }), { reason: 'Sick' }],
    ['cancel', () => api.cancel(id), {}],
    ['decline', () => api.decline(id, { reason: 'Not now' }), { reason: 'Not now' }],
    [
      'schedule',
      () => api.schedule(id, { at: '2026-12-01T09:00:00.000Z' }),
      { at: '2026-12-01T09:00:00.000Z' },
    ],
  ])('should post %s with its body', (action, call, body) => {
    call().subscribe();

    const request = backend.expectOne(`/api/conversations/${id}/${action}`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual(body);
    request.flush(aConversation());
  });

  it.each(['shared', 'private'] as const)(
    'should read and write the %s notes with their version',
    (visibility) => {
      api.notes(id, visibility).subscribe();
      backend
        .expectOne(`/api/conversations/${id}/notes/${visibility}`)
        .flush({ body: '', version: 0, updatedAt: null });

      api.saveNotes(id, visibility, { body: 'Hello', version: 0 }).subscribe();
      const put = backend.expectOne(`/api/conversations/${id}/notes/${visibility}`);
      expect(put.request.method).toBe('PUT');
      expect(put.request.body).toEqual({ body: 'Hello', version: 0 });
      put.flush({ body: 'Hello', version: 1, updatedAt: '2026-11-22T10:00:00.000Z' });
    },
  );

  it('should fetch the calendar event as a file', async () => {
    const file = firstValueFrom(api.calendar(id));
    const request = backend.expectOne(`/api/conversations/${id}/calendar.ics`);
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['BEGIN:VCALENDAR'], { type: 'text/calendar' }));

    await expect(file).resolves.toBeInstanceOf(Blob);
  });
});
