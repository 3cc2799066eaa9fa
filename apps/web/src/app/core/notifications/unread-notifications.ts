import { inject, Injectable, signal } from '@angular/core';
import { Subscription } from 'rxjs';

import { NotificationsApi } from './notifications-api';

// How many notifications the signed-in person has not read yet, for the
// badge in the toolbar. Null until the API has answered once.
@Injectable({ providedIn: 'root' })
export class UnreadNotifications {
  readonly #api = inject(NotificationsApi);
  readonly #count = signal<number | null>(null);
  #pending: Subscription | null = null;

  readonly count = this.#count.asReadonly();

  // Asks the API again; a newer refresh replaces one still under way. A failed
  // refresh keeps the last known count rather than flashing the badge away.
  refresh(): void {
    this.#pending?.unsubscribe();
    this.#pending = this.#api.list({ limit: 1 }).subscribe({
      next: (page) => this.#count.set(page.unreadCount),
      error: () => undefined,
    });
  }

  // Pages that load notifications themselves pass on what they learnt.
  set(count: number): void {
    this.#count.set(Math.max(0, count));
  }

  // On sign-out: the next person must not see this one's count.
  clear(): void {
    this.#pending?.unsubscribe();
    this.#count.set(null);
  }
}
