import { DatePipe } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  linkedSignal,
  OnInit,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { catchError, firstValueFrom, Observable, of, throwError } from 'rxjs';

import { MAX_PAGE_SIZE, type GrowthAction, type GrowthPlan, type HandoverNote } from '@trellis/domain';

import { AuthStore } from '../../../core/auth/auth-store';
import { Avatar } from '../../../shared/avatar/avatar';
import { Icon } from '../../../shared/icon/icon';
import { conversationLink, otherParticipant, TOPIC_LABELS } from '../conversations/conversation-labels';
import { describeApiFailure } from '../data/api-failure';
import { AspirationApi } from '../data/aspiration-api';
import { ConversationsApi } from '../data/conversations-api';
import { FrameworksApi } from '../data/frameworks-api';
import { GrowthPlanApi } from '../data/growth-plan-api';
import { HandoverNotesApi } from '../data/handover-notes-api';
import { levelIn } from '../data/ladder-lookup';
import { ReadinessApi } from '../data/readiness-api';
import { ACTION_KIND_LABELS } from '../data/vocabulary';

// How many open actions the overview lists before pointing to the plan.
const NEXT_ACTIONS = 3;
// How many handover notes the overview shows before "Show all".
const LATEST_NOTES = 3;

// 404 means "nothing yet" (no aspiration, so no readiness or plan either).
const nullWhenMissing = <T>(source: Observable<T>): Observable<T | null> =>
  source.pipe(
    catchError((error: unknown) =>
      error instanceof HttpErrorResponse && error.status === 404 ? of(null) : throwError(() => error),
    ),
  );

interface NextAction {
  readonly action: GrowthAction;
  readonly goalTitle: string;
  readonly overdue: boolean;
}

const openActions = (plan: GrowthPlan, today: string): NextAction[] =>
  plan.goals
    .filter((goal) => goal.status !== 'done' && goal.status !== 'dropped')
    .flatMap((goal) =>
      goal.actions
        .filter((action) => action.status === 'planned' || action.status === 'in_progress')
        .map((action) => ({
          action,
          goalTitle: goal.title,
          overdue: action.dueOn !== null && action.dueOn < today,
        })),
    )
    // Soonest due first; actions without a date after every dated one.
    .sort((a, b) => (a.action.dueOn ?? '9999-12-31').localeCompare(b.action.dueOn ?? '9999-12-31'));

const localDate = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

@Component({
  selector: 'app-me-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Avatar, Icon, RouterLink, MatButton, MatProgressBar, DatePipe],
  templateUrl: './me-home-page.html',
  styleUrl: './me-home-page.scss',
})
export class MeHomePage implements OnInit {
  readonly #auth = inject(AuthStore);
  readonly #aspirations = inject(AspirationApi);
  readonly #frameworks = inject(FrameworksApi);
  readonly #readiness = inject(ReadinessApi);
  readonly #plans = inject(GrowthPlanApi);
  readonly #conversations = inject(ConversationsApi);
  readonly #handoverNotes = inject(HandoverNotesApi);
  readonly #host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly #injector = inject(Injector);

  protected readonly me = this.#auth.me;
  readonly #personId = computed(() => this.me()?.id);

  protected readonly aspiration = rxResource({
    params: () => this.#personId(),
    stream: ({ params }) => this.#aspirations.get(params),
  });
  protected readonly ladder = rxResource({ stream: () => this.#frameworks.published() });
  protected readonly readiness = rxResource({
    params: () => this.#personId(),
    stream: ({ params }) => this.#readiness.get(params),
  });
  protected readonly plan = rxResource({
    params: () => this.#personId(),
    stream: ({ params }) => nullWhenMissing(this.#plans.get(params)),
  });
  protected readonly scheduled = rxResource({
    stream: () => this.#conversations.list({ status: 'scheduled', limit: 100 }),
  });
  // Shown when nothing is scheduled: a request still waiting for an answer.
  protected readonly requested = rxResource({
    stream: () => this.#conversations.list({ status: 'requested', limit: 1 }),
  });

  // What managers left for whoever manages the person next; most people have none.
  protected readonly latestNotes = rxResource({
    params: () => this.#personId(),
    stream: ({ params }) => this.#handoverNotes.list(params, LATEST_NOTES),
  });
  readonly #firstNotes = computed(() => (this.latestNotes.hasValue() ? this.latestNotes.value() : null));
  readonly #olderNotes = linkedSignal<unknown, HandoverNote[]>({
    source: this.#firstNotes,
    computation: () => [],
  });
  protected readonly notesCursor = linkedSignal(() => this.#firstNotes()?.nextCursor ?? null);
  protected readonly notes = computed(() => [...(this.#firstNotes()?.items ?? []), ...this.#olderNotes()]);
  protected readonly loadingOlderNotes = signal(false);
  protected readonly olderNotesError = linkedSignal<unknown, unknown>({
    source: this.#firstNotes,
    computation: () => null,
  });
  // "Show all" at first; a person with more than a page of notes is rare.
  protected readonly showNotesLabel = computed(() => {
    if (this.olderNotesError()) return 'Try again';
    return this.#olderNotes().length > 0 ? 'Show more' : 'Show all';
  });

  protected readonly topicLabels = TOPIC_LABELS;
  protected readonly kindLabels = ACTION_KIND_LABELS;
  protected readonly failure = describeApiFailure;

  // The target level and track, once both the aspiration and the ladder are in.
  protected readonly target = computed(() => {
    const aspiration = this.aspiration.hasValue() ? this.aspiration.value() : null;
    const ladder = this.ladder.hasValue() ? this.ladder.value() : null;
    return aspiration ? levelIn(ladder ?? null, aspiration.targetLevelId) : null;
  });

  protected readonly readinessAtAGlance = computed(() => {
    const readiness = this.readiness.hasValue() ? this.readiness.value() : null;
    if (!readiness) return null;
    return {
      percent: Math.round(readiness.overall * 100),
      demonstrated: readiness.criteriaDemonstrated,
      required: readiness.criteriaRequired,
    };
  });

  protected readonly nextActions = computed(() => {
    const plan = this.plan.hasValue() ? this.plan.value() : null;
    return plan ? openActions(plan, localDate(new Date())) : [];
  });
  protected readonly shownActions = computed(() => this.nextActions().slice(0, NEXT_ACTIONS));

  // The soonest conversation still ahead.
  protected readonly upcoming = computed(() => {
    const me = this.me();
    if (!me || !this.scheduled.hasValue()) return null;
    const now = Date.now();
    const next = this.scheduled
      .value()
      .items.map((conversation) => ({ conversation, at: Date.parse(conversation.scheduledAt ?? '') }))
      .filter(({ at }) => at >= now)
      .sort((a, b) => a.at - b.at)[0]?.conversation;
    return next
      ? { conversation: next, with: otherParticipant(next, me), link: conversationLink(next, me) }
      : null;
  });

  protected readonly waiting = computed(() => {
    const me = this.me();
    const request = this.requested.hasValue() ? this.requested.value().items[0] : undefined;
    return me && request
      ? {
          conversation: request,
          with: otherParticipant(request, me),
          askedByMe: request.requesterId === me.id,
          link: conversationLink(request, me),
        }
      : null;
  });

  // The rest of the notes, a full page at a time; focus moves to the first one
  // shown so that a keyboard user carries on reading where the button was.
  protected async showOlderNotes(): Promise<void> {
    const personId = this.#personId();
    const cursor = this.notesCursor();
    if (!personId || !cursor || this.loadingOlderNotes()) return;
    this.loadingOlderNotes.set(true);
    this.olderNotesError.set(null);
    try {
      const page = await firstValueFrom(this.#handoverNotes.list(personId, MAX_PAGE_SIZE, cursor));
      this.#olderNotes.update((notes) => [...notes, ...page.items]);
      this.notesCursor.set(page.nextCursor);
      const first = page.items[0];
      if (first)
        afterNextRender(
          () => this.#host.nativeElement.querySelector<HTMLElement>(`#note-${first.id}`)?.focus(),
          { injector: this.#injector },
        );
    } catch (error) {
      this.olderNotesError.set(error);
    } finally {
      this.loadingOlderNotes.set(false);
    }
  }

  ngOnInit(): void {
    // The session already holds the person; this picks up changes made since
    // (a new manager, a new report) without making the page wait for them.
    this.#auth.reload().catch(() => undefined);
  }
}
