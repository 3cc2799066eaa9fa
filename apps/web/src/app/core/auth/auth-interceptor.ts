import { HttpErrorResponse, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, from, Observable, switchMap, throwError } from 'rxjs';

import { AuthStore } from './auth-store';

const isApiCall = (url: string) => url.startsWith('/api/');
// Login, refresh and logout answer 401 for their own reasons; refreshing on
// them would loop.
const isAuthCall = (url: string) => url.startsWith('/api/auth/');
const isUnauthorized = (error: unknown) => error instanceof HttpErrorResponse && error.status === 401;

const withBearer = <T>(request: HttpRequest<T>, token: string | null) =>
  token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;

// Adds the access token to API calls. When the API says it has expired, gets
// a new one through the refresh cookie and retries once; when that fails too,
// the session is over and the person is sent to sign in again.
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiCall(request.url)) return next(request);

  const auth = inject(AuthStore);
  const router = inject(Router);

  const endSession = (error: unknown): Observable<never> => {
    auth.clear();
    const returnUrl = router.url;
    void router.navigate(['/sign-in'], {
      queryParams: returnUrl.startsWith('/sign-in') || returnUrl === '/' ? {} : { returnUrl },
    });
    return throwError(() => error);
  };

  return next(withBearer(request, auth.accessToken())).pipe(
    catchError((error: unknown) => {
      if (!isUnauthorized(error) || isAuthCall(request.url)) return throwError(() => error);
      return from(auth.refresh()).pipe(
        switchMap((token) => {
          if (!token) return endSession(error);
          return next(withBearer(request, token)).pipe(
            catchError((retryError: unknown) =>
              isUnauthorized(retryError) ? endSession(retryError) : throwError(() => retryError),
            ),
          );
        }),
      );
    }),
  );
};
