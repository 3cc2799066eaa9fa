import { DatePipe, Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import type { PendingReview } from '@trellis/domain';

import { Icon } from '../../../shared/icon/icon';
import { describeApiFailure } from '../../me/data/api-failure';
import { EVIDENCE_KIND_LABELS } from '../../me/data/vocabulary';
import { relativeTime } from '../data/relative-time';
import { ReviewsApi } from '../data/reviews-api';
import { counted } from '../data/team-labels';
import { reviewSentMessage, type ReviewSentState } from './review-sent';

const PAGE_SIZE = 20;

// "/team/reviews": the evidence of the manager's direct reports waiting for
// their review, oldest first: a queue that empties.
@Component({
  selector: 'app-review-queue-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, MatButton, MatProgressBar, Icon],
  templateUrl: './review-queue-page.html',
  styleUrl: './review-queue-page.scss',
})
export class ReviewQueuePage {
  readonly #api = inject(ReviewsApi);

  protected readonly kindLabels = EVIDENCE_KIND_LABELS;
  protected readonly relative = relativeTime;
  protected readonly counted = counted;
  protected readonly sent = reviewSentMessage(
    (inject(Router).currentNavigation()?.extras.state ?? inject(Location).getState()) as
      ReviewSentState | null | undefined,
  );

  protected readonly firstPage = rxResource({ stream: () => this.#api.pending({ limit: PAGE_SIZE }) });
  readonly #first = computed(() => (this.firstPage.hasValue() ? this.firstPage.value() : null));
  readonly #more = linkedSignal<unknown, PendingReview[]>({ source: this.#first, computation: () => [] });
  protected readonly cursor = linkedSignal(() => this.#first()?.nextCursor ?? null);
  protected readonly items = computed(() => [...(this.#first()?.items ?? []), ...this.#more()]);
  protected readonly loadFailure = computed(() => {
    const error = this.firstPage.error();
    return error ? describeApiFailure(error).message : null;
  });
  protected readonly loadingMore = signal(false);
  protected readonly moreFailure = signal<string | null>(null);

  protected criteriaNames(item: PendingReview): string {
    return item.criteria.map((criterion) => criterion.name).join(', ');
  }

  protected async loadMore(): Promise<void> {
    const cursor = this.cursor();
    if (!cursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.moreFailure.set(null);
    try {
      const page = await firstValueFrom(this.#api.pending({ limit: PAGE_SIZE, cursor }));
      this.#more.update((items) => [...items, ...page.items]);
      this.cursor.set(page.nextCursor);
    } catch (error) {
      this.moreFailure.set(describeApiFailure(error).message);
    } finally {
      this.loadingMore.set(false);
    }
  }
}
