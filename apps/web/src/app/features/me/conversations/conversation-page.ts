import { DatePipe, Location } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom, Observable } from 'rxjs';

import { CONVERSATION_REASON_MAX, type Conversation, type ConversationDetail } from '@trellis/domain';

import { AuthStore } from '../../../core/auth/auth-store';
import { Icon } from '../../../shared/icon/icon';
import { injectCalendarDownload } from '../../conversations-shared/calendar-download';
import { NotesEditor } from '../../conversations-shared/notes-editor/notes-editor';
import { describeApiFailure, fieldMessage } from '../data/api-failure';
import { ConversationsApi } from '../data/conversations-api';
import { otherParticipant, TOPIC_LABELS } from './conversation-labels';
import type { ConversationCreatedState } from './conversation-request-page';
import { ConversationStatusLabel } from './conversation-status';

// Which answer form is open: none, cancelling or declining.
type Answer = 'cancel' | 'decline' | null;

@Component({
  selector: 'app-conversation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    DatePipe,
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatProgressBar,
    Icon,
    ConversationStatusLabel,
    NotesEditor,
  ],
  templateUrl: './conversation-page.html',
  styleUrl: './conversation-page.scss',
})
export class ConversationPage {
  readonly #api = inject(ConversationsApi);
  readonly #calendar = injectCalendarDownload();
  readonly #router = inject(Router);

  protected readonly me = inject(AuthStore).me;

  // Bound from the route's :conversationId.
  readonly conversationId = input.required<string>();

  protected readonly conversation = rxResource({
    params: () => this.conversationId(),
    stream: ({ params }) => this.#api.get(params),
  });
  protected readonly detail = computed(() =>
    this.conversation.hasValue() ? this.conversation.value() : null,
  );
  protected readonly loadFailure = computed(() => {
    const error = this.conversation.error();
    return error ? describeApiFailure(error) : null;
  });

  protected readonly topicLabels = TOPIC_LABELS;
  protected readonly reasonMax = CONVERSATION_REASON_MAX;
  protected readonly otherName = computed(() => {
    const detail = this.detail();
    const me = this.me();
    return detail && me ? otherParticipant(detail, me) : '';
  });
  protected readonly askedByMe = computed(() => this.detail()?.requesterId === this.me()?.id);
  protected readonly can = computed(() => new Set(this.detail()?.availableActions ?? []));

  // Set when the page opens right after the request was sent.
  protected readonly justRequested = signal(
    Boolean(
      (
        (this.#router.currentNavigation()?.extras.state ?? inject(Location).getState()) as
          ConversationCreatedState | null | undefined
      )?.requested,
    ),
  );

  protected readonly answer = signal<Answer>(null);
  protected readonly reason = inject(NonNullableFormBuilder).control(
    '',
    Validators.maxLength(CONVERSATION_REASON_MAX),
  );
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly downloading = this.#calendar.downloading;

  private readonly answerHeading = viewChild<ElementRef<HTMLElement>>('answerHeading');
  private readonly answerButton = viewChild<string, ElementRef<HTMLElement>>('answerButton', {
    read: ElementRef,
  });

  protected open(answer: Exclude<Answer, null>): void {
    this.answer.set(answer);
    this.reason.reset('');
    this.failure.set(null);
    setTimeout(() => this.answerHeading()?.nativeElement.focus());
  }

  protected close(): void {
    this.answer.set(null);
    setTimeout(() => this.answerButton()?.nativeElement.focus());
  }

  protected async cancel(): Promise<void> {
    const reason = this.reason.value.trim();
    await this.#change((id) => this.#api.cancel(id, reason ? { reason } : {}));
  }

  protected async decline(): Promise<void> {
    const reason = this.reason.value.trim();
    if (!reason) {
      this.reason.setErrors({ required: true });
      this.reason.markAsTouched();
      return;
    }
    await this.#change((id) => this.#api.decline(id, { reason }));
  }

  // Accept one of the times the other person proposed.
  protected async accept(at: string): Promise<void> {
    await this.#change((id) => this.#api.schedule(id, { at }));
  }

  protected async downloadCalendar(): Promise<void> {
    const detail = this.detail();
    if (!detail || this.downloading()) return;
    this.failure.set(null);
    const failure = await this.#calendar.download(detail.id, `career-conversation-${detail.id}.ics`);
    if (failure) this.failure.set(failure);
  }

  async #change(send: (id: string) => Observable<Conversation>): Promise<void> {
    const detail = this.detail();
    if (!detail || this.busy()) return;
    this.busy.set(true);
    this.failure.set(null);
    try {
      const changed = await firstValueFrom(send(detail.id));
      this.conversation.set({ ...detail, ...changed } satisfies ConversationDetail);
      this.answer.set(null);
      this.justRequested.set(false);
    } catch (error) {
      const failure = describeApiFailure(error);
      this.failure.set(
        failure.status === 409
          ? 'This conversation changed in the meantime. Here is where it stands now.'
          : (fieldMessage(failure, 'reason') ?? failure.message),
      );
      // A 409 means the state moved on elsewhere: show the current one.
      if (failure.status === 409) this.conversation.reload();
    } finally {
      this.busy.set(false);
    }
  }
}
