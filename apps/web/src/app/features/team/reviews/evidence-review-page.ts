import { DatePipe, Location } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom, of } from 'rxjs';

import {
  REVIEW_COMMENT_MAX,
  REVIEW_DECISIONS,
  STRENGTHS,
  type ReviewDecision,
  type Strength,
} from '@trellis/domain';

import { AuthStore } from '../../../core/auth/auth-store';
import { ProficiencyMeter } from '../../../shared/charts/proficiency-meter';
import { Icon } from '../../../shared/icon/icon';
import { describeApiFailure, fieldMessage } from '../../me/data/api-failure';
import { AspirationApi } from '../../me/data/aspiration-api';
import { EvidenceApi } from '../../me/data/evidence-api';
import { FrameworksApi } from '../../me/data/frameworks-api';
import {
  EVIDENCE_KIND_LABELS,
  EVIDENCE_STATUS_LABELS,
  REVIEW_DECISION_LABELS,
  STRENGTH_LABELS,
} from '../../me/data/vocabulary';
import { ReviewsApi } from '../data/reviews-api';
import { TeamApi } from '../data/team-api';
import { barFromLadder, barOfQueueEntry, type ReviewBar } from './review-bar';
import { reviewSentMessage, type ReviewSentState } from './review-sent';

// The whole queue is read to find this piece's bar and the next piece.
const QUEUE_LIMIT = 100;

export const DECISION_CHOICES: Readonly<Record<ReviewDecision, { label: string; hint: string }>> = {
  accepted: { label: 'Accept', hint: 'It shows the criteria; it counts toward readiness.' },
  needs_more: {
    label: 'Ask for more',
    hint: 'Promising, but say what is missing: data, scope, your part in it.',
  },
  declined: { label: 'Decline', hint: 'It does not show these criteria; say why.' },
};

// "/team/evidence/:evidenceId": the case study beside what the target level
// expects of each criterion it claims, and the direct manager's review.
@Component({
  selector: 'app-evidence-review-page',
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
    MatRadioGroup,
    MatRadioButton,
    ProficiencyMeter,
    Icon,
  ],
  templateUrl: './evidence-review-page.html',
  styleUrl: './evidence-review-page.scss',
})
export class EvidenceReviewPage {
  readonly #evidence = inject(EvidenceApi);
  readonly #reviews = inject(ReviewsApi);
  readonly #team = inject(TeamApi);
  readonly #aspirations = inject(AspirationApi);
  readonly #frameworks = inject(FrameworksApi);
  readonly #router = inject(Router);
  protected readonly me = inject(AuthStore).me;

  // Bound from the route's :evidenceId.
  readonly evidenceId = input.required<string>();

  protected readonly evidence = rxResource({
    params: () => this.evidenceId(),
    stream: ({ params }) => this.#evidence.get(params),
  });
  protected readonly piece = computed(() => (this.evidence.hasValue() ? this.evidence.value() : null));
  readonly #personId = computed(() => this.piece()?.personId);
  protected readonly person = rxResource({
    params: () => this.#personId(),
    stream: ({ params }) => this.#team.person(params),
  });
  protected readonly queue = rxResource({ stream: () => this.#reviews.pending({ limit: QUEUE_LIMIT }) });
  protected readonly ladder = rxResource({ stream: () => this.#frameworks.published() });
  readonly #queueEntry = computed(() =>
    this.queue.hasValue()
      ? this.queue.value().items.find((item) => item.evidence.id === this.evidenceId())
      : undefined,
  );
  // The target level, only needed when the queue does not name the bar.
  protected readonly aspiration = rxResource({
    params: () => (this.queue.hasValue() && !this.#queueEntry() ? this.#personId() : undefined),
    stream: ({ params }) => (params ? this.#aspirations.get(params) : of(null)),
  });

  protected readonly kindLabels = EVIDENCE_KIND_LABELS;
  protected readonly statusLabels = EVIDENCE_STATUS_LABELS;
  protected readonly decisionLabels = REVIEW_DECISION_LABELS;
  protected readonly strengthLabels = STRENGTH_LABELS;
  protected readonly decisions = REVIEW_DECISIONS;
  protected readonly decisionChoices = DECISION_CHOICES;
  protected readonly strengths = STRENGTHS;
  protected readonly commentMax = REVIEW_COMMENT_MAX;

  protected readonly loadFailure = computed(() => {
    const error = this.evidence.error();
    return error ? describeApiFailure(error) : null;
  });
  protected readonly details = computed(() => (this.person.hasValue() ? this.person.value() : null));
  protected readonly personName = computed(
    () => this.details()?.name ?? this.#queueEntry()?.person.name ?? 'The author',
  );
  protected readonly firstName = computed(() => this.personName().split(' ')[0] ?? '');
  // Only the direct manager reviews; a skip-level manager reads.
  protected readonly canReview = computed(() => {
    const me = this.me();
    const piece = this.piece();
    return me !== null && piece !== null && piece.personId !== me.id && this.details()?.managerId === me.id;
  });

  protected readonly back = computed(() => {
    const piece = this.piece();
    return this.canReview() || !piece
      ? { link: ['/team/reviews'], label: 'Review queue' }
      : { link: ['/team/people', piece.personId], label: this.personName() };
  });

  protected readonly bar = computed<ReviewBar | null>(() => {
    const entry = this.#queueEntry();
    if (entry) return barOfQueueEntry(entry);
    const piece = this.piece();
    const ladder = this.ladder.hasValue() ? this.ladder.value() : null;
    if (!piece || !ladder || this.aspiration.isLoading() || !this.queue.hasValue()) return null;
    const aspiration = this.aspiration.hasValue() ? this.aspiration.value() : null;
    return barFromLadder(
      ladder,
      piece.criterionIds,
      aspiration?.targetLevelId ?? null,
      this.details()?.levelId ?? null,
    );
  });
  protected readonly barFailed = computed(() => !this.bar() && (this.queue.error() || this.ladder.error()));

  protected readonly sent = signal(
    reviewSentMessage(
      (this.#router.currentNavigation()?.extras.state ?? inject(Location).getState()) as
        ReviewSentState | null | undefined,
    ),
  );

  readonly #fb = inject(NonNullableFormBuilder);
  protected readonly form = this.#fb.group({
    decision: this.#fb.control<ReviewDecision | ''>(''),
    strength: this.#fb.control<Strength | ''>(''),
    comment: this.#fb.control(''),
  });
  // Reviewed pieces show the review; the form opens on demand.
  protected readonly revising = signal(false);
  protected readonly showForm = computed(
    () => this.canReview() && (this.piece()?.status === 'submitted' || this.revising()),
  );
  protected readonly sending = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly conflict = signal(false);
  protected readonly errors = signal<{ decision?: string; strength?: string; comment?: string }>({});

  private readonly title = viewChild<ElementRef<HTMLElement>>('title');
  private readonly formHeading = viewChild<ElementRef<HTMLElement>>('formHeading');
  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');

  constructor() {
    // Another piece (the next in the queue): a fresh form.
    effect(() => {
      this.evidenceId();
      untracked(() => {
        this.form.reset({ decision: '', strength: '', comment: '' });
        this.revising.set(false);
        this.failure.set(null);
        this.conflict.set(false);
        this.errors.set({});
      });
    });
  }

  protected revise(): void {
    this.revising.set(true);
    setTimeout(() => this.formHeading()?.nativeElement.focus());
  }

  protected async submit(): Promise<void> {
    const piece = this.piece();
    if (!piece || this.sending()) return;
    const { decision, strength, comment } = this.form.getRawValue();
    const errors = {
      decision: decision ? undefined : 'Choose a decision',
      strength:
        decision === 'accepted' && !strength
          ? 'Rate the evidence against the expectation: below, meets or exceeds'
          : undefined,
      comment:
        comment.length > REVIEW_COMMENT_MAX
          ? `Keep the comment under ${REVIEW_COMMENT_MAX} characters`
          : decision && decision !== 'accepted' && !comment.trim()
            ? decision === 'needs_more'
              ? 'Say what more you need'
              : 'Say why you decline it'
            : undefined,
    };
    this.errors.set(errors);
    if (!decision || errors.strength || errors.comment) {
      this.#focusErrors();
      return;
    }
    this.sending.set(true);
    this.failure.set(null);
    this.conflict.set(false);
    try {
      await firstValueFrom(
        this.#reviews.review(piece.id, {
          decision,
          comment: comment.trim(),
          strength: strength || null,
          version: piece.version,
        }),
      );
      await this.#next({ reviewed: { title: piece.title, personName: this.personName(), decision } });
    } catch (error) {
      const failure = describeApiFailure(error);
      if (failure.status === 409) {
        this.conflict.set(true);
      } else {
        const fields = {
          decision: fieldMessage(failure, 'decision') ?? undefined,
          strength: fieldMessage(failure, 'strength') ?? undefined,
          comment: fieldMessage(failure, 'comment') ?? undefined,
        };
        this.errors.set(fields);
        this.failure.set(failure.message);
        this.#focusErrors();
      }
    } finally {
      this.sending.set(false);
    }
  }

  protected reloadAfterConflict(): void {
    this.conflict.set(false);
    this.evidence.reload();
  }

  // The next piece in the queue, or the queue itself when it is empty.
  async #next(state: ReviewSentState): Promise<void> {
    const queue = await firstValueFrom(this.#reviews.pending({ limit: 2 })).catch(() => null);
    const next = queue?.items.find((item) => item.evidence.id !== this.evidenceId());
    await this.#router.navigate(next ? ['/team/evidence', next.evidence.id] : ['/team/reviews'], { state });
    if (next) {
      // The same page shows the next piece: say the review went out, and move
      // the keyboard to the new piece's title.
      this.sent.set(reviewSentMessage(state));
      this.queue.reload();
      setTimeout(() => this.title()?.nativeElement.focus());
    }
  }

  #focusErrors(): void {
    setTimeout(() => this.errorSummary()?.nativeElement.focus());
  }
}
