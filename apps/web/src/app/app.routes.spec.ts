import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import type { Me } from '@trellis/domain';

import { appRoutes } from './app.routes';
import { aMe, aPerson } from './testing/people';
import { signInAs } from './testing/sign-in-as';

describe('appRoutes', () => {
  let backend: HttpTestingController;

  const visit = async (url: string, me?: Me) => {
    if (me) await signInAs(me);
    const harness = await RouterTestingHarness.create(url);
    // The home page refreshes the person, and the shell and the pages load
    // data of their own (the unread count…); not what these tests are about.
    await new Promise((resolve) => setTimeout(resolve));
    backend.match('/api/me').forEach((request) => request.flush(me ?? null));
    backend
      .match((request) => request.url.startsWith('/api/'))
      .forEach((request) => request.flush(null, { status: 404, statusText: 'Not Found' }));
    await harness.fixture.whenStable();
    return { url: TestBed.inject(Router).url, page: harness.fixture.nativeElement as HTMLElement };
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(appRoutes, withComponentInputBinding()),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should send a signed-out visitor to sign in, remembering where they were going', async () => {
    const { url } = await visit('/me?tab=plan');

    expect(url).toBe('/sign-in?returnUrl=%2Fme%3Ftab%3Dplan');
  });

  it('should open the sign-in page for a signed-out visitor', async () => {
    const { page } = await visit('/sign-in');

    expect(page.querySelector('app-sign-in-page')).not.toBeNull();
  });

  it('should take a signed-in person from the root to their home page', async () => {
    expect((await visit('/', aMe())).url).toBe('/me');
  });

  it('should take a signed-in person away from the sign-in page', async () => {
    expect((await visit('/sign-in', aMe())).url).toBe('/me');
  });

  it('should open an area for the people it is meant for', async () => {
    const { page } = await visit('/team', aMe({ directReports: [aPerson()] }));

    expect(page.querySelector('app-team-home-page')).not.toBeNull();
  });

  it('should answer "not found" for an area outside the person\'s reach', async () => {
    const { url, page } = await visit('/hr', aMe({ roles: ['member'] }));

    expect(url).toBe('/hr');
    expect(page.querySelector('app-hr-layout')).toBeNull();
    expect(page.querySelector('app-not-found-page h1')?.textContent).toContain("can't find that page");
  });

  it('should answer "not found" for an unknown address', async () => {
    const { page } = await visit('/no-such-page', aMe());

    expect(page.querySelector('app-not-found-page')).not.toBeNull();
  });
});
