import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { aNotification, aNotificationPage } from '../../testing/conversations';
import { NotificationsApi } from './notifications-api';
import { UnreadNotifications } from './unread-notifications';

describe('UnreadNotifications', () => {
  let unread: UnreadNotifications;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    unread = TestBed.inject(UnreadNotifications);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should know nothing until the API answered', () => {
    expect(unread.count()).toBeNull();
  });

  it('should take the count from a one-item page', () => {
    unread.refresh();
    backend
      .expectOne('/api/notifications?limit=1')
      .flush(aNotificationPage([aNotification()], { unreadCount: 7 }));

    expect(unread.count()).toBe(7);
  });

  it('should drop a refresh still under way when a newer one starts', () => {
    unread.refresh();
    unread.refresh();
    const [older, newer] = backend.match('/api/notifications?limit=1');

    expect(older?.cancelled).toBe(true);
    newer?.flush(aNotificationPage([], { unreadCount: 1 }));
    expect(unread.count()).toBe(1);
  });

  it('should keep the last count when a refresh fails', () => {
    unread.set(4);
    unread.refresh();
    backend.expectOne('/api/notifications?limit=1').error(new ProgressEvent('error'));

    expect(unread.count()).toBe(4);
  });

  it('should never go below zero, and forget everything on clear', () => {
    unread.set(-1);
    expect(unread.count()).toBe(0);

    unread.clear();
    expect(unread.count()).toBeNull();
  });
});

describe('NotificationsApi', () => {
  let api: NotificationsApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(NotificationsApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should list a page after a cursor', () => {
    api.list({ limit: 25, cursor: 'abc' }).subscribe();

    backend.expectOne('/api/notifications?limit=25&cursor=abc').flush(aNotificationPage([]));
  });

  it('should mark one and all read', () => {
    api.markRead('n-1').subscribe();
    api.markAllRead().subscribe();

    const one = backend.expectOne('/api/notifications/n-1/read');
    const all = backend.expectOne('/api/notifications/read-all');
    expect([one.request.method, all.request.method]).toEqual(['POST', 'POST']);
    one.flush(null);
    all.flush({ marked: 3 });
  });
});
