import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import type { Conversation } from '@trellis/domain';

import { AuthStore } from '../../../core/auth/auth-store';
import { Icon } from '../../../shared/icon/icon';
import { TOPIC_LABELS } from '../../me/conversations/conversation-labels';
import { ConversationStatusLabel } from '../../me/conversations/conversation-status';
import { describeApiFailure } from '../../me/data/api-failure';
import { ConversationsApi } from '../../me/data/conversations-api';
import { relativeTime } from '../data/relative-time';

const PAGE_SIZE = 100;

export interface ConversationGroups {
  // Requests from reports that wait for the manager's answer, oldest first.
  readonly toAnswer: Conversation[];
  // The manager's own requests, waiting for the report.
  readonly asked: Conversation[];
  // Scheduled, soonest first.
  readonly upcoming: Conversation[];
  // Held, declined or cancelled, latest first.
  readonly past: Conversation[];
}

const at = (conversation: Conversation) =>
  Date.parse(conversation.heldAt ?? conversation.scheduledAt ?? conversation.updatedAt);

// The conversations the person holds as a manager (not those with their own manager).
export const groupConversations = (
  conversations: readonly Conversation[],
  managerId: string,
): ConversationGroups => {
  const mine = conversations.filter((conversation) => conversation.managerId === managerId);
  const requested = mine.filter((conversation) => conversation.status === 'requested');
  return {
    toAnswer: requested
      .filter((conversation) => conversation.requesterId !== managerId)
      .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)),
    asked: requested.filter((conversation) => conversation.requesterId === managerId),
    upcoming: mine
      .filter((conversation) => conversation.status === 'scheduled')
      .sort((a, b) => at(a) - at(b)),
    past: mine
      .filter((conversation) => ['held', 'declined', 'cancelled'].includes(conversation.status))
      .sort((a, b) => at(b) - at(a)),
  };
};

// "/team/conversations": requests waiting for an answer, what is coming up, and
// what was held.
@Component({
  selector: 'app-team-conversations-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, MatButton, MatProgressBar, Icon, ConversationStatusLabel],
  templateUrl: './team-conversations-page.html',
  styleUrl: './team-conversations-page.scss',
})
export class TeamConversationsPage {
  readonly #api = inject(ConversationsApi);
  protected readonly me = inject(AuthStore).me;

  protected readonly topicLabels = TOPIC_LABELS;
  protected readonly relative = relativeTime;

  protected readonly firstPage = rxResource({ stream: () => this.#api.list({ limit: PAGE_SIZE }) });
  readonly #first = computed(() => (this.firstPage.hasValue() ? this.firstPage.value() : null));
  readonly #more = linkedSignal<unknown, Conversation[]>({ source: this.#first, computation: () => [] });
  protected readonly cursor = linkedSignal(() => this.#first()?.nextCursor ?? null);
  protected readonly groups = computed(() => {
    const me = this.me();
    return me ? groupConversations([...(this.#first()?.items ?? []), ...this.#more()], me.id) : null;
  });
  protected readonly empty = computed(() => {
    const groups = this.groups();
    return !groups || Object.values(groups).every((group: Conversation[]) => group.length === 0);
  });
  protected readonly loadFailure = computed(() => {
    const error = this.firstPage.error();
    return error ? describeApiFailure(error).message : null;
  });
  protected readonly loadingMore = signal(false);
  protected readonly moreFailure = signal<string | null>(null);

  protected async loadMore(): Promise<void> {
    const cursor = this.cursor();
    if (!cursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.moreFailure.set(null);
    try {
      const page = await firstValueFrom(this.#api.list({ limit: PAGE_SIZE, cursor }));
      this.#more.update((items) => [...items, ...page.items]);
      this.cursor.set(page.nextCursor);
    } catch (error) {
      this.moreFailure.set(describeApiFailure(error).message);
    } finally {
      this.loadingMore.set(false);
    }
  }
}
