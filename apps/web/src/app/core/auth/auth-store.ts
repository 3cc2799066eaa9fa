import { HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type { LoginResponse, Me } from '@trellis/domain';

import { AuthApi } from './auth-api';

// The session of the person using the app. The access token lives in memory
// only; a reload gets a new one through the refresh cookie (`restore`).
@Injectable({ providedIn: 'root' })
export class AuthStore {
  readonly #api = inject(AuthApi);

  readonly #accessToken = signal<string | null>(null);
  readonly #me = signal<Me | null>(null);
  // Concurrent 401s share one refresh: the API rotates the cookie on every
  // refresh, so a second parallel call would present a revoked token.
  #refreshing: Promise<string | null> | null = null;

  readonly accessToken = this.#accessToken.asReadonly();
  readonly me = this.#me.asReadonly();
  readonly isSignedIn = computed(() => this.#accessToken() !== null && this.#me() !== null);

  async signIn(email: string, password: string): Promise<Me> {
    const session = await firstValueFrom(this.#api.login({ email, password }));
    this.#start(session);
    return session.user;
  }

  // Called once at start-up: signs the person back in if the refresh cookie is
  // still good. Never fails; a missing session simply leaves them signed out.
  async restore(): Promise<boolean> {
    return (await this.refresh()) !== null;
  }

  // A new access token (or null when the session is gone), for the interceptor.
  refresh(): Promise<string | null> {
    this.#refreshing ??= firstValueFrom(this.#api.refresh())
      .then((session) => {
        this.#start(session);
        return session.accessToken;
      })
      .catch(() => {
        this.clear();
        return null;
      })
      .finally(() => (this.#refreshing = null));
    return this.#refreshing;
  }

  // Re-reads the person (name, manager, reports) from the API.
  async reload(): Promise<void> {
    this.#me.set(await firstValueFrom(this.#api.me()));
  }

  // Revokes the session on the server, then forgets it here whatever happens.
  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.#api.logout());
    } catch (error) {
      // An expired access token cannot revoke the refresh cookie; renew it once
      // so that signing out really ends the session on the server.
      if (error instanceof HttpErrorResponse && error.status === 401) {
        if (await this.refresh()) await firstValueFrom(this.#api.logout()).catch(() => undefined);
      }
    } finally {
      this.clear();
    }
  }

  // Forgets the session locally, e.g. when the server no longer accepts it.
  clear(): void {
    this.#accessToken.set(null);
    this.#me.set(null);
  }

  #start(session: LoginResponse): void {
    this.#accessToken.set(session.accessToken);
    this.#me.set(session.user);
  }
}
