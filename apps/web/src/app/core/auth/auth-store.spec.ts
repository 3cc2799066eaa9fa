import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { aMe } from '../../testing/people';
import { AuthStore } from './auth-store';

// Lets pending promise callbacks run.
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('AuthStore', () => {
  let store: AuthStore;
  let http: HttpTestingController;
  const priya = aMe();

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(AuthStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('should start signed out', () => {
    expect(store.isSignedIn()).toBe(false);
    expect(store.me()).toBeNull();
    expect(store.accessToken()).toBeNull();
  });

  describe('signIn', () => {
    it('should post the credentials and keep the token and the person', async () => {
      const signingIn = store.signIn('priya@acme.test', 'trellis-demo');
      const request = http.expectOne('/api/auth/login');
      expect(request.request.method).toBe('POST');
      expect(request.request.body).toEqual({ email: 'priya@acme.test', password: 'trellis-demo' });
      request.flush({ accessToken: 'token-1', user: priya });

      await expect(signingIn).resolves.toEqual(priya);
      expect(store.accessToken()).toBe('token-1');
      expect(store.me()).toEqual(priya);
      expect(store.isSignedIn()).toBe(true);
    });

    it('should reject and stay signed out when the credentials are wrong', async () => {
      const signingIn = store.signIn('priya@acme.test', 'wrong');
      http
        .expectOne('/api/auth/login')
        .flush(
          { type: 'about:blank', title: 'Unauthorized', status: 401, correlationId: 'c1' },
          { status: 401, statusText: 'Unauthorized' },
        );

      await expect(signingIn).rejects.toMatchObject({ status: 401 });
      expect(store.isSignedIn()).toBe(false);
    });
  });

  describe('restore', () => {
    it('should sign the person back in through the refresh cookie', async () => {
      const restoring = store.restore();
      const request = http.expectOne('/api/auth/refresh');
      expect(request.request.method).toBe('POST');
      request.flush({ accessToken: 'token-2', user: priya });

      await expect(restoring).resolves.toBe(true);
      expect(store.accessToken()).toBe('token-2');
      expect(store.me()).toEqual(priya);
    });

    it('should leave the person signed out, without failing, when there is no session', async () => {
      const restoring = store.restore();
      http.expectOne('/api/auth/refresh').flush(null, { status: 401, statusText: 'Unauthorized' });

      await expect(restoring).resolves.toBe(false);
      expect(store.isSignedIn()).toBe(false);
    });

    it('should leave the person signed out when the API cannot be reached', async () => {
      const restoring = store.restore();
      http.expectOne('/api/auth/refresh').error(new ProgressEvent('error'));

      await expect(restoring).resolves.toBe(false);
    });
  });

  describe('refresh', () => {
    it('should share one refresh between concurrent callers', async () => {
      const first = store.refresh();
      const second = store.refresh();
      http.expectOne('/api/auth/refresh').flush({ accessToken: 'token-3', user: priya });

      await expect(Promise.all([first, second])).resolves.toEqual(['token-3', 'token-3']);
    });
  });

  describe('signOut', () => {
    beforeEach(async () => {
      const signingIn = store.signIn('priya@acme.test', 'trellis-demo');
      http.expectOne('/api/auth/login').flush({ accessToken: 'token-1', user: priya });
      await signingIn;
    });

    it('should revoke the session on the server and forget it here', async () => {
      const signingOut = store.signOut();
      const request = http.expectOne('/api/auth/logout');
      expect(request.request.method).toBe('POST');
      request.flush(null, { status: 204, statusText: 'No Content' });
      await signingOut;

      expect(store.isSignedIn()).toBe(false);
      expect(store.accessToken()).toBeNull();
      expect(store.me()).toBeNull();
    });

    it('should forget the session even when the server cannot be reached', async () => {
      const signingOut = store.signOut();
      http.expectOne('/api/auth/logout').error(new ProgressEvent('error'));
      await signingOut;

      expect(store.isSignedIn()).toBe(false);
    });

    it('should renew an expired access token once so that the server really revokes the session', async () => {
      const signingOut = store.signOut();
      http.expectOne('/api/auth/logout').flush(null, { status: 401, statusText: 'Unauthorized' });
      await settle();
      http.expectOne('/api/auth/refresh').flush({ accessToken: 'token-4', user: priya });
      await settle();
      http.expectOne('/api/auth/logout').flush(null, { status: 204, statusText: 'No Content' });
      await signingOut;

      expect(store.isSignedIn()).toBe(false);
    });
  });

  describe('reload', () => {
    it('should replace the person with the latest from the API', async () => {
      const reloading = store.reload();
      const withNewReport = aMe({ directReports: [aMe({ name: 'Sam Okafor' })] });
      http.expectOne('/api/me').flush(withNewReport);
      await reloading;

      expect(store.me()).toEqual(withNewReport);
    });
  });
});
