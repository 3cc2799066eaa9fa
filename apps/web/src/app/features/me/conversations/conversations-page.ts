import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { CONVERSATION_STATUSES, type Conversation, type ConversationStatus } from '@trellis/domain';

import { AuthStore } from '../../../core/auth/auth-store';
import { Icon } from '../../../shared/icon/icon';
import { describeApiFailure } from '../data/api-failure';
import { ConversationsApi } from '../data/conversations-api';
import { conversationLink, otherParticipant, STATUS_LABELS, TOPIC_LABELS } from './conversation-labels';
import { ConversationStatusLabel } from './conversation-status';

const PAGE_SIZE = 20;

const asStatus = (value: string | undefined): ConversationStatus | undefined =>
  CONVERSATION_STATUSES.find((status) => status === value);

@Component({
  selector: 'app-conversations-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, DatePipe, MatButton, MatProgressBar, Icon, ConversationStatusLabel],
  templateUrl: './conversations-page.html',
  styleUrl: './conversations-page.scss',
})
export class ConversationsPage {
  readonly #api = inject(ConversationsApi);
  protected readonly me = inject(AuthStore).me;

  // Bound from `?status=`; anything else shows every conversation.
  readonly status = input<string>();
  protected readonly filter = computed(() => asStatus(this.status()));
  protected readonly filters = [
    { label: 'All', status: undefined },
    ...CONVERSATION_STATUSES.map((status) => ({ label: STATUS_LABELS[status], status })),
  ];
  protected readonly topicLabels = TOPIC_LABELS;

  protected readonly firstPage = rxResource({
    params: () => ({ status: this.filter() }),
    stream: ({ params }) => this.#api.list({ status: params.status, limit: PAGE_SIZE }),
  });
  // Older pages, fetched with "Show more"; forgotten when the filter changes.
  readonly #older = linkedSignal<ConversationStatus | undefined, Conversation[]>({
    source: this.filter,
    computation: () => [],
  });
  readonly #olderCursor = linkedSignal<ConversationStatus | undefined, string | null | undefined>({
    source: this.filter,
    computation: () => undefined,
  });
  protected readonly loadingMore = signal(false);
  protected readonly moreFailure = signal<string | null>(null);

  protected readonly items = computed(() => {
    const me = this.me();
    const first = this.firstPage.hasValue() ? this.firstPage.value().items : [];
    return [...first, ...this.#older()].map((conversation) => ({
      conversation,
      with: me ? otherParticipant(conversation, me) : '',
      askedByMe: conversation.requesterId === me?.id,
      withMyReport: conversation.managerId === me?.id,
      link: me ? conversationLink(conversation, me) : ['/me/conversations', conversation.id],
    }));
  });
  protected readonly nextCursor = computed(() => {
    const older = this.#olderCursor();
    if (older !== undefined) return older;
    return this.firstPage.hasValue() ? this.firstPage.value().nextCursor : null;
  });

  protected readonly failure = computed(() => {
    const error = this.firstPage.error();
    return error ? describeApiFailure(error).message : null;
  });

  protected async showMore(): Promise<void> {
    const cursor = this.nextCursor();
    if (!cursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.moreFailure.set(null);
    try {
      const page = await firstValueFrom(this.#api.list({ status: this.filter(), limit: PAGE_SIZE, cursor }));
      this.#older.update((older) => [...older, ...page.items]);
      this.#olderCursor.set(page.nextCursor);
    } catch (error) {
      this.moreFailure.set(describeApiFailure(error).message);
    } finally {
      this.loadingMore.set(false);
    }
  }
}
