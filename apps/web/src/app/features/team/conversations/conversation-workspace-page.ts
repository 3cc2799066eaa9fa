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
import { TOPIC_LABELS } from '../../me/conversations/conversation-labels';
import { ConversationStatusLabel } from '../../me/conversations/conversation-status';
import { fromLocalInput } from '../../me/conversations/proposed-times';
import { describeApiFailure, fieldMessage } from '../../me/data/api-failure';
import { ConversationsApi } from '../../me/data/conversations-api';
import { ConversationWorkspaceApi } from '../data/conversation-workspace-api';
import { relativeTime } from '../data/relative-time';
import { ActionItems } from './action-items';
import type { ConversationStartedState } from './conversation-start-page';

// The answers that ask for a confirmation (and maybe a reason) first.
type Answer = 'decline' | 'cancel' | 'hold';

// "/team/conversations/:conversationId": the manager's workspace for one
// career conversation: its state and what they may do next, the agenda, shared
// and private notes side by side, and the action items.
@Component({
  selector: 'app-conversation-workspace-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
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
    ActionItems,
  ],
  templateUrl: './conversation-workspace-page.html',
  styleUrl: './conversation-workspace-page.scss',
})
export class ConversationWorkspacePage {
  readonly #api = inject(ConversationsApi);
  readonly #workspace = inject(ConversationWorkspaceApi);
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
  protected readonly relative = relativeTime;
  protected readonly reasonMax = CONVERSATION_REASON_MAX;

  // Conversations with the person's own manager belong to the "Me" area.
  protected readonly asManager = computed(() => this.detail()?.managerId === this.me()?.id);
  protected readonly firstName = computed(() => this.detail()?.reportName.split(' ')[0] ?? '');
  protected readonly askedByMe = computed(() => this.detail()?.requesterId === this.me()?.id);
  protected readonly can = computed(() => new Set(this.detail()?.availableActions ?? []));
  protected readonly open = computed(() => {
    const status = this.detail()?.status;
    return status !== 'declined' && status !== 'cancelled';
  });
  protected readonly participants = computed(() => {
    const detail = this.detail();
    const me = this.me();
    return detail && me
      ? { me: { id: me.id, name: me.name }, other: { id: detail.reportId, name: detail.reportName } }
      : null;
  });

  protected readonly started = signal(
    Boolean(
      (
        (this.#router.currentNavigation()?.extras.state ?? inject(Location).getState()) as
          ConversationStartedState | null | undefined
      )?.started,
    ),
  );

  readonly #fb = inject(NonNullableFormBuilder);
  protected readonly otherTime = this.#fb.control('');
  protected readonly reason = this.#fb.control('', Validators.maxLength(CONVERSATION_REASON_MAX));
  protected readonly answer = signal<Answer | null>(null);
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly downloading = this.#calendar.downloading;
  protected readonly notice = signal('');

  private readonly answerHeading = viewChild<ElementRef<HTMLElement>>('answerHeading');
  private readonly stateHeading = viewChild<ElementRef<HTMLElement>>('stateHeading');

  protected reload(): void {
    this.conversation.reload();
  }

  protected openAnswer(answer: Answer): void {
    this.answer.set(answer);
    this.reason.reset('');
    this.failure.set(null);
    setTimeout(() => this.answerHeading()?.nativeElement.focus());
  }

  protected closeAnswer(): void {
    this.answer.set(null);
    setTimeout(() => this.stateHeading()?.nativeElement.focus());
  }

  protected async scheduleAt(at: string): Promise<void> {
    await this.#change((id) => this.#api.schedule(id, { at }), 'Scheduled');
  }

  protected async scheduleOtherTime(): Promise<void> {
    const at = fromLocalInput(this.otherTime.value);
    if (!at || Date.parse(at) <= Date.now()) {
      this.otherTime.setErrors({ time: true });
      this.otherTime.markAsTouched();
      return;
    }
    await this.scheduleAt(at);
    if (!this.failure()) this.otherTime.reset('');
  }

  protected async confirm(): Promise<void> {
    const answer = this.answer();
    const reason = this.reason.value.trim();
    if (answer === 'decline') {
      if (!reason) {
        this.reason.setErrors({ required: true });
        this.reason.markAsTouched();
        return;
      }
      await this.#change((id) => this.#api.decline(id, { reason }), 'Declined');
    } else if (answer === 'cancel') {
      await this.#change((id) => this.#api.cancel(id, reason ? { reason } : {}), 'Cancelled');
    } else if (answer === 'hold') {
      await this.#change((id) => this.#workspace.hold(id), 'Marked as held');
    }
  }

  protected async downloadCalendar(): Promise<void> {
    const detail = this.detail();
    if (!detail || this.downloading()) return;
    this.failure.set(null);
    const failure = await this.#calendar.download(
      detail.id,
      `career-conversation-${detail.reportName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.ics`,
    );
    if (failure) this.failure.set(failure);
  }

  async #change(send: (id: string) => Observable<Conversation>, done: string): Promise<void> {
    const detail = this.detail();
    if (!detail || this.busy()) return;
    this.busy.set(true);
    this.failure.set(null);
    this.notice.set('');
    try {
      const changed = await firstValueFrom(send(detail.id));
      this.conversation.set({ ...detail, ...changed } satisfies ConversationDetail);
      this.answer.set(null);
      this.started.set(false);
      this.notice.set(`${done}. ${this.firstName()} has been told.`);
      setTimeout(() => this.stateHeading()?.nativeElement.focus());
    } catch (error) {
      const failure = describeApiFailure(error);
      this.failure.set(
        failure.status === 409
          ? 'This conversation changed in the meantime. Here is where it stands now.'
          : (fieldMessage(failure, 'reason') ?? fieldMessage(failure, 'at') ?? failure.message),
      );
      if (failure.status === 409) this.conversation.reload();
    } finally {
      this.busy.set(false);
    }
  }
}
