import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import type { Notification, NotificationPage } from '@trellis/domain';

import { UnreadNotifications } from '../../../core/notifications/unread-notifications';
import { aNotification, aNotificationPage } from '../../../testing/conversations';
import { NotificationsPage } from './notifications-page';

describe('NotificationsPage', () => {
  let fixture: ComponentFixture<NotificationsPage>;
  let backend: HttpTestingController;
  let navigate: jest.SpyInstance;

  const tick = () => new Promise((resolve) => setTimeout(resolve));
  const settle = async () => {
    await tick();
    await fixture.whenStable();
  };
  const render = async (page: NotificationPage) => {
    fixture = TestBed.createComponent(NotificationsPage);
    await tick();
    backend.expectOne('/api/notifications?limit=25').flush(page);
    await settle();
  };
  const element = () => fixture.nativeElement as HTMLElement;
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const items = () => [...element().querySelectorAll('ul.list > li')];
  const button = (name: string) =>
    [...element().querySelectorAll('button')].find((candidate) => text(candidate) === name);

  const unread = aNotification({
    title: 'Morgan Blake asked for more on “Win-loss”',
    link: '/me/evidence/e-1',
  });
  const read = aNotification({
    title: 'Morgan Blake accepted “Workshop”',
    readAt: '2026-10-01T17:45:00.000Z',
  });

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    backend = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
  });

  afterEach(() => backend.verify());

  it('should list the notifications as the API orders them, the unread ones marked', async () => {
    await render(aNotificationPage([unread, read]));

    expect(items().map((item) => text(item.querySelector('.title')))).toEqual([
      'Morgan Blake asked for more on “Win-loss”',
      'Morgan Blake accepted “Workshop”',
    ]);
    expect(items().map((item) => item.classList.contains('unread'))).toEqual([true, false]);
    expect(text(items()[0]?.querySelector('.visually-hidden'))).toBe('Unread:');
    expect(text(element().querySelector('.header .muted'))).toBe('1 unread');
    expect(TestBed.inject(UnreadNotifications).count()).toBe(1);
  });

  it('should mark one read and follow its link when it is opened', async () => {
    await render(aNotificationPage([unread, read]));

    const link = items()[0]?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('/me/evidence/e-1');
    link?.click();
    backend.expectOne(`/api/notifications/${unread.id}/read`).flush(null);
    await settle();

    expect(navigate).toHaveBeenCalledWith('/me/evidence/e-1');
    expect(items()[0]?.classList.contains('unread')).toBe(false);
    expect(TestBed.inject(UnreadNotifications).count()).toBe(0);
  });

  it('should show it unread again when the API did not take the mark', async () => {
    await render(aNotificationPage([unread]));

    items()[0]?.querySelector('a')?.click();
    backend
      .expectOne(`/api/notifications/${unread.id}/read`)
      .flush(null, { status: 500, statusText: 'Error' });
    await settle();

    expect(items()[0]?.classList.contains('unread')).toBe(true);
    expect(TestBed.inject(UnreadNotifications).count()).toBe(1);
  });

  it('should mark a notification without a link read on its own button', async () => {
    const plain: Notification = aNotification({ link: null, title: 'Welcome to Trellis' });
    await render(aNotificationPage([plain]));

    button('Mark read')?.click();
    backend.expectOne(`/api/notifications/${plain.id}/read`).flush(null);
    await settle();

    expect(navigate).not.toHaveBeenCalled();
    expect(button('Mark read')).toBeUndefined();
  });

  it('should mark all read', async () => {
    await render(aNotificationPage([unread, aNotification()]));

    button('Mark all read')?.click();
    backend.expectOne('/api/notifications/read-all').flush({ marked: 2 });
    await settle();

    expect(items().some((item) => item.classList.contains('unread'))).toBe(false);
    expect(text(element().querySelector('.header .muted'))).toBe('Nothing unread.');
    expect(button('Mark all read')?.getAttribute('aria-disabled')).toBe('true');
  });

  it('should load older notifications on request', async () => {
    await render(aNotificationPage([unread], { nextCursor: 'older', unreadCount: 2 }));

    button('Show older')?.click();
    backend
      .expectOne('/api/notifications?limit=25&cursor=older')
      .flush(aNotificationPage([read], { unreadCount: 2 }));
    await settle();

    expect(items()).toHaveLength(2);
    expect(button('Show older')).toBeUndefined();
  });

  it('should say when everything is read and there is nothing at all', async () => {
    await render(aNotificationPage([]));

    expect(text(element().querySelector('.empty h2'))).toBe("You're all caught up");
    expect(button('Mark all read')).toBeUndefined();
  });

  it('should say what went wrong when the list cannot be loaded', async () => {
    fixture = TestBed.createComponent(NotificationsPage);
    await tick();
    backend.expectOne('/api/notifications?limit=25').error(new ProgressEvent('error'));
    await settle();

    expect(text(element().querySelector('[role="alert"]'))).toContain("We couldn't reach Trellis.");
  });
});
