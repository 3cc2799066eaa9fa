import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import type { LoginRequest, LoginResponse, Me } from '@trellis/domain';

// The auth endpoints of the API. The refresh token travels in an httpOnly,
// same-site cookie, so the browser sends it without any help from here.
@Injectable({ providedIn: 'root' })
export class AuthApi {
  readonly #http = inject(HttpClient);

  login(credentials: LoginRequest): Observable<LoginResponse> {
    return this.#http.post<LoginResponse>('/api/auth/login', credentials);
  }

  refresh(): Observable<LoginResponse> {
    return this.#http.post<LoginResponse>('/api/auth/refresh', null);
  }

  logout(): Observable<void> {
    return this.#http.post<void>('/api/auth/logout', null);
  }

  me(): Observable<Me> {
    return this.#http.get<Me>('/api/me');
  }
}
