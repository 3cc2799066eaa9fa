import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { NotificationsApi, type AppNotification } from '../../../core/notifications/notifications-api';
import { UnreadNotifications } from '../../../core/notifications/unread-notifications';
import { Icon } from '../../../shared/icon/icon';
import { describeApiFailure } from '../data/api-failure';

const PAGE_SIZE = 25;

@Component({
  selector: 'app-notifications-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButton, MatProgressBar, Icon],
  templateUrl: './notifications-page.html',
  styleUrl: './notifications-page.scss',
})
export class NotificationsPage {
  readonly #api = inject(NotificationsApi);
  readonly #unread = inject(UnreadNotifications);
  readonly #router = inject(Router);

  protected readonly firstPage = rxResource({ stream: () => this.#api.list({ limit: PAGE_SIZE }) });
  // Everything shown so far, newest first; marking read changes it in place.
  protected readonly items = signal<AppNotification[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly unreadCount = signal(0);
  protected readonly loadingMore = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly loadFailure = computed(() => {
    const error = this.firstPage.error();
    return error ? describeApiFailure(error).message : null;
  });

  constructor() {
    effect(() => {
      if (!this.firstPage.hasValue()) return;
      const page = this.firstPage.value();
      untracked(() => {
        this.items.set(page.items);
        this.nextCursor.set(page.nextCursor);
        this.#count(page.unreadCount);
      });
    });
  }

  // Marks it read and follows its link; the mark is not waited for.
  protected open(notification: AppNotification, event?: MouseEvent): void {
    if (!notification.readAt) void this.#markRead(notification);
    if (event && (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0)) return;
    event?.preventDefault();
    if (notification.link) void this.#router.navigateByUrl(notification.link);
  }

  protected async markAllRead(): Promise<void> {
    this.failure.set(null);
    try {
      await firstValueFrom(this.#api.markAllRead());
      const now = new Date().toISOString();
      this.items.update((items) => items.map((item) => (item.readAt ? item : { ...item, readAt: now })));
      this.#count(0);
    } catch (error) {
      this.failure.set(describeApiFailure(error).message);
    }
  }

  protected async showMore(): Promise<void> {
    const cursor = this.nextCursor();
    if (!cursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.failure.set(null);
    try {
      const page = await firstValueFrom(this.#api.list({ limit: PAGE_SIZE, cursor }));
      this.items.update((items) => [...items, ...page.items]);
      this.nextCursor.set(page.nextCursor);
      this.#count(page.unreadCount);
    } catch (error) {
      this.failure.set(describeApiFailure(error).message);
    } finally {
      this.loadingMore.set(false);
    }
  }

  async #markRead(notification: AppNotification): Promise<void> {
    const readAt = new Date().toISOString();
    const mark = (value: string | null) =>
      this.items.update((items) =>
        items.map((item) => (item.id === notification.id ? { ...item, readAt: value } : item)),
      );
    mark(readAt);
    this.#count(this.unreadCount() - 1);
    try {
      await firstValueFrom(this.#api.markRead(notification.id));
    } catch {
      // Shown as unread again: the server did not take it.
      mark(null);
      this.#count(this.unreadCount() + 1);
    }
  }

  #count(count: number): void {
    this.unreadCount.set(Math.max(0, count));
    this.#unread.set(count);
  }
}
