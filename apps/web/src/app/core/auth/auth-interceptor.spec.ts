import { HttpClient, HttpErrorResponse, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { aMe } from '../../testing/people';
import { signInAs } from '../../testing/sign-in-as';
import { authInterceptor } from './auth-interceptor';
import { AuthStore } from './auth-store';

const unauthorized = { status: 401, statusText: 'Unauthorized' } as const;
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let router: Router;
  const priya = aMe();

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigate').mockResolvedValue(true);
    await signInAs(priya, 'old-token');
  });

  afterEach(() => backend.verify());

  it('should add the bearer token to API calls', () => {
    http.get('/api/me').subscribe();

    expect(backend.expectOne('/api/me').request.headers.get('Authorization')).toBe('Bearer old-token');
  });

  it('should not send the token anywhere but the API', () => {
    http.get('https://example.com/api/me').subscribe();
    http.get('/assets/logo.svg').subscribe();

    expect(backend.expectOne('https://example.com/api/me').request.headers.has('Authorization')).toBe(false);
    expect(backend.expectOne('/assets/logo.svg').request.headers.has('Authorization')).toBe(false);
  });

  it('should refresh the token on a 401 and retry the call once with the new one', async () => {
    const response = firstValueFrom(http.get('/api/me'));
    backend.expectOne('/api/me').flush(null, unauthorized);
    await settle();
    backend.expectOne('/api/auth/refresh').flush({ accessToken: 'new-token', user: priya });
    await settle();
    const retry = backend.expectOne('/api/me');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer new-token');
    retry.flush(priya);

    await expect(response).resolves.toEqual(priya);
    expect(TestBed.inject(AuthStore).accessToken()).toBe('new-token');
  });

  it('should refresh once for calls that fail together', async () => {
    const responses = Promise.all([
      firstValueFrom(http.get('/api/me')),
      firstValueFrom(http.get('/api/people')),
    ]);
    backend.expectOne('/api/me').flush(null, unauthorized);
    backend.expectOne('/api/people').flush(null, unauthorized);
    await settle();
    backend.expectOne('/api/auth/refresh').flush({ accessToken: 'new-token', user: priya });
    await settle();
    backend.expectOne('/api/me').flush(priya);
    backend.expectOne('/api/people').flush({ items: [], nextCursor: null });

    await expect(responses).resolves.toHaveLength(2);
  });

  it('should sign out and go to sign in when the session cannot be refreshed', async () => {
    await router.navigateByUrl('/');
    const response = firstValueFrom(http.get('/api/me'));
    backend.expectOne('/api/me').flush(null, unauthorized);
    await settle();
    backend.expectOne('/api/auth/refresh').flush(null, unauthorized);

    await expect(response).rejects.toBeInstanceOf(HttpErrorResponse);
    expect(TestBed.inject(AuthStore).isSignedIn()).toBe(false);
    expect(router.navigate).toHaveBeenCalledWith(['/sign-in'], expect.anything());
  });

  it('should retry only once: a second 401 ends the session', async () => {
    const response = firstValueFrom(http.get('/api/me'));
    backend.expectOne('/api/me').flush(null, unauthorized);
    await settle();
    backend.expectOne('/api/auth/refresh').flush({ accessToken: 'new-token', user: priya });
    await settle();
    backend.expectOne('/api/me').flush(null, unauthorized);

    await expect(response).rejects.toMatchObject({ status: 401 });
    expect(TestBed.inject(AuthStore).isSignedIn()).toBe(false);
    expect(router.navigate).toHaveBeenCalledWith(['/sign-in'], expect.anything());
  });

  it('should not refresh on a 401 from the auth endpoints themselves', async () => {
    const response = firstValueFrom(
      http.post('/api/auth/login', { email: 'priya@acme.test', password: 'nope' }),
    );
    backend.expectOne('/api/auth/login').flush(null, unauthorized);

    await expect(response).rejects.toMatchObject({ status: 401 });
    backend.expectNone('/api/auth/refresh');
    expect(router.navigate).not.toHaveBeenCalled();
  });

  it('should pass other errors through untouched', async () => {
    const response = firstValueFrom(http.get('/api/me'));
    backend.expectOne('/api/me').flush(null, { status: 500, statusText: 'Server Error' });

    await expect(response).rejects.toMatchObject({ status: 500 });
    backend.expectNone('/api/auth/refresh');
  });
});
