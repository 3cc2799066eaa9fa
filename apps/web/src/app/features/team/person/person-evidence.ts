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

import type { Evidence, Framework } from '@trellis/domain';

import { describeApiFailure } from '../../me/data/api-failure';
import { EvidenceApi } from '../../me/data/evidence-api';
import { criterionName } from '../../me/data/ladder-lookup';
import { EVIDENCE_KIND_LABELS, EVIDENCE_STATUS_LABELS } from '../../me/data/vocabulary';

const PAGE_SIZE = 10;

// A report's evidence, newest first, each a link to the review view: to review
// it (the direct manager) or to read it (a skip-level manager).
@Component({
  selector: 'app-person-evidence',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, MatButton, MatProgressBar],
  template: `
    @if (firstPage.isLoading() && !firstPage.hasValue()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the evidence" />
    } @else if (loadFailure(); as message) {
      <p class="error" role="alert">{{ message }}</p>
      <button matButton type="button" (click)="firstPage.reload()">Try again</button>
    } @else if (items().length === 0) {
      <p class="muted">
        {{ firstName() }} has not logged any evidence yet. Evidence is a small case study of work that shows a
        criterion of the ladder: suggest a recent piece of work worth writing up.
      </p>
    } @else {
      <ul class="list">
        @for (evidence of items(); track evidence.id) {
          <li>
            <div class="text">
              <a [routerLink]="['/team/evidence', evidence.id]" class="title">{{ evidence.title }}</a>
              <span class="muted">
                {{ kindLabels[evidence.kind] }} · {{ evidence.occurredOn | date: 'd MMM y' }} ·
                {{ criteria(evidence) }}
              </span>
            </div>
            <span class="status" [attr.data-status]="evidence.status">{{
              statusLabels[evidence.status]
            }}</span>
            @if (canReview() && evidence.status === 'submitted') {
              <a
                matButton="tonal"
                [routerLink]="['/team/evidence', evidence.id]"
                [attr.aria-label]="'Review ' + evidence.title"
                >Review</a
              >
            }
          </li>
        }
      </ul>
      @if (moreFailure(); as message) {
        <p class="error" role="alert">{{ message }}</p>
      }
      @if (cursor()) {
        <button
          matButton="outlined"
          type="button"
          [disabled]="loadingMore()"
          disabledInteractive
          (click)="loadMore()"
        >
          Show older evidence
        </button>
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
    .list {
      display: flex;
      flex-direction: column;
      margin: 0 0 12px;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      align-items: center;
      padding-block: 12px;
      border-block-start: 1px solid var(--mat-sys-outline-variant);
    }
    li:first-child {
      border: none;
      padding-block-start: 0;
    }
    .text {
      display: flex;
      flex: 1 1 18rem;
      flex-direction: column;
      gap: 2px;
    }
    .title {
      font: var(--mat-sys-title-small);
    }
    .status {
      padding: 2px 10px;
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      background: var(--mat-sys-surface-container-highest);
    }
    .status[data-status='submitted'] {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .status[data-status='accepted'] {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .status[data-status='declined'] {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class PersonEvidence {
  readonly #api = inject(EvidenceApi);

  readonly personId = input.required<string>();
  readonly firstName = input.required<string>();
  readonly framework = input.required<Framework | null>();
  readonly canReview = input(false);

  protected readonly kindLabels = EVIDENCE_KIND_LABELS;
  protected readonly statusLabels = EVIDENCE_STATUS_LABELS;

  protected readonly firstPage = rxResource({
    params: () => this.personId(),
    stream: ({ params }) => this.#api.list(params, { limit: PAGE_SIZE }),
  });
  readonly #first = computed(() => (this.firstPage.hasValue() ? this.firstPage.value() : null));
  readonly #more = linkedSignal<unknown, Evidence[]>({ source: this.#first, computation: () => [] });
  protected readonly cursor = linkedSignal(() => this.#first()?.nextCursor ?? null);
  protected readonly items = computed(() => [...(this.#first()?.items ?? []), ...this.#more()]);
  protected readonly loadFailure = computed(() => {
    const error = this.firstPage.error();
    return error ? describeApiFailure(error).message : null;
  });
  protected readonly loadingMore = signal(false);
  protected readonly moreFailure = signal<string | null>(null);

  protected criteria(evidence: Evidence): string {
    return evidence.criterionIds.map((id) => criterionName(this.framework(), id)).join(', ');
  }

  protected async loadMore(): Promise<void> {
    const cursor = this.cursor();
    if (!cursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.moreFailure.set(null);
    try {
      const page = await firstValueFrom(this.#api.list(this.personId(), { limit: PAGE_SIZE, cursor }));
      this.#more.update((items) => [...items, ...page.items]);
      this.cursor.set(page.nextCursor);
    } catch (error) {
      this.moreFailure.set(describeApiFailure(error).message);
    } finally {
      this.loadingMore.set(false);
    }
  }
}
