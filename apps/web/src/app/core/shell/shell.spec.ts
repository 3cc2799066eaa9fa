import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import type { Me } from '@trellis/domain';

import { aMe, aPerson } from '../../testing/people';
import { signInAs } from '../../testing/sign-in-as';
import { AuthStore } from '../auth/auth-store';
import { NOTIFICATIONS_POLL_MS, Shell } from './shell';

@Component({ template: 'page' })
class Page {}

describe('Shell', () => {
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let backend: HttpTestingController;

  // The shell asks for the unread count on every navigation.
  const answerUnread = (unreadCount: number) =>
    backend
      .match('/api/notifications?limit=1')
      .forEach((request) => request.flush({ items: [], nextCursor: null, unreadCount }));
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  const render = async (me: Me, unreadCount = 0) => {
    await signInAs(me);
    harness = await RouterTestingHarness.create('/me');
    answerUnread(unreadCount);
    // RouterLinkActive marks the active link after the first render.
    await harness.fixture.whenStable();
    loader = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
  };
  const notificationsLink = () => root().querySelector<HTMLAnchorElement>('a.notifications');
  const root = () => harness.fixture.nativeElement as HTMLElement;
  const navigationLinks = () =>
    [...root().querySelectorAll('[role="navigation"][aria-label="Main"] a')].map((link) =>
      link.textContent?.trim(),
    );

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'sign-in', component: Page },
          { path: '', component: Shell, children: [{ path: '**', component: Page }] },
        ]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should show the product name', async () => {
    await render(aMe());

    expect(root().querySelector('mat-toolbar')?.textContent).toContain('Trellis');
  });

  it('should show only "Me" to someone without reports or roles', async () => {
    await render(aMe());

    expect(navigationLinks()).toEqual(['Me']);
  });

  it('should show the Team link only when the person has direct reports', async () => {
    await render(aMe({ directReports: [aPerson()] }));

    expect(navigationLinks()).toEqual(['Me', 'Team']);
  });

  it('should show the HR link only with the hr role', async () => {
    await render(aMe({ roles: ['member', 'hr'] }));

    expect(navigationLinks()).toEqual(['Me', 'HR']);
  });

  it('should show the Admin link only with the admin role', async () => {
    await render(aMe({ roles: ['member', 'admin'] }));

    expect(navigationLinks()).toEqual(['Me', 'Admin']);
  });

  it('should mark the current area for assistive technology', async () => {
    await render(aMe({ directReports: [aPerson()] }));

    const current = root().querySelector('[role="navigation"] a[aria-current="page"]');
    expect(current?.textContent?.trim()).toBe('Me');
  });

  it("should show the person's initials on an account button named after them", async () => {
    await render(aMe({ name: 'Priya Raman' }));

    const account = root().querySelector('button[aria-label^="Account menu"]');
    expect(account?.getAttribute('aria-label')).toBe('Account menu for Priya Raman');
    expect(account?.querySelector('app-avatar')?.textContent?.trim()).toBe('PR');
  });

  it('should sign out from the account menu and go to sign in', async () => {
    await render(aMe({ name: 'Priya Raman' }));
    const menu = await loader.getHarness(MatMenuHarness);

    await menu.open();
    const items = await menu.getItems();
    expect(await Promise.all(items.map((item) => item.getText()))).toEqual(['Sign out']);
    await items[0]?.click();
    backend.expectOne('/api/auth/logout').flush(null, { status: 204, statusText: 'No Content' });
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();

    expect(TestBed.inject(AuthStore).isSignedIn()).toBe(false);
    expect(TestBed.inject(Router).url).toBe('/sign-in');
  });

  describe('notification badge', () => {
    it('should link to the notifications with the unread count in its name', async () => {
      await render(aMe(), 3);

      expect(notificationsLink()?.getAttribute('href')).toBe('/me/notifications');
      expect(notificationsLink()?.getAttribute('aria-label')).toBe('Notifications, 3 unread');
      expect(notificationsLink()?.querySelector('.badge')?.textContent?.trim()).toBe('3');
    });

    it('should show no badge when nothing is unread', async () => {
      await render(aMe(), 0);

      expect(notificationsLink()?.getAttribute('aria-label')).toBe('Notifications');
      expect(notificationsLink()?.querySelector('.badge')).toBeNull();
    });

    it('should cap a large count', async () => {
      await render(aMe(), 240);

      expect(notificationsLink()?.querySelector('.badge')?.textContent?.trim()).toBe('99+');
    });

    it('should ask again after every navigation', async () => {
      await render(aMe(), 1);

      await harness.navigateByUrl('/me/plan');
      answerUnread(4);
      await settle();

      expect(notificationsLink()?.getAttribute('aria-label')).toBe('Notifications, 4 unread');
    });

    it('should ask again when the page becomes visible', async () => {
      await render(aMe(), 1);

      document.dispatchEvent(new Event('visibilitychange'));
      answerUnread(2);
      await settle();

      expect(notificationsLink()?.getAttribute('aria-label')).toBe('Notifications, 2 unread');
    });

    it('should ask again once a minute', async () => {
      jest.useFakeTimers({ advanceTimers: true });
      try {
        await render(aMe(), 1);

        jest.advanceTimersByTime(NOTIFICATIONS_POLL_MS);
        answerUnread(5);
        await settle();

        expect(notificationsLink()?.getAttribute('aria-label')).toBe('Notifications, 5 unread');
      } finally {
        jest.useRealTimers();
      }
    });

    it('should keep the last count when the API cannot be reached', async () => {
      await render(aMe(), 2);

      await harness.navigateByUrl('/me/plan');
      backend.expectOne('/api/notifications?limit=1').error(new ProgressEvent('error'));
      await settle();

      expect(notificationsLink()?.getAttribute('aria-label')).toBe('Notifications, 2 unread');
    });
  });
});
