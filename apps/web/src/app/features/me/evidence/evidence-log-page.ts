import { DatePipe } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import type { Evidence, EvidenceKind, EvidenceStatus, Framework } from '@trellis/domain';

import { AuthStore } from '../../../core/auth/auth-store';
import { Icon } from '../../../shared/icon/icon';
import { describeApiFailure, type ApiFailure } from '../data/api-failure';
import { EvidenceApi } from '../data/evidence-api';
import { FrameworksApi } from '../data/frameworks-api';
import { byTheme, criterionName } from '../data/ladder-lookup';
import {
  codesOf,
  EVIDENCE_KIND_LABELS,
  EVIDENCE_STATUS_LABELS,
  REVIEW_DECISION_LABELS,
  STRENGTH_LABELS,
} from '../data/vocabulary';

export const EVIDENCE_PAGE_SIZE = 20;

const KINDS = codesOf(EVIDENCE_KIND_LABELS);
const STATUSES = codesOf(EVIDENCE_STATUS_LABELS);
const oneOf = <T extends string>(codes: readonly T[], value: string | undefined): T | null =>
  codes.find((code) => code === value) ?? null;

interface Filters {
  readonly criterionId: string | null;
  readonly kind: EvidenceKind | null;
  readonly status: EvidenceStatus | null;
}

// Where the evidence form says what it saved.
export interface EvidenceSavedState {
  readonly savedEvidence: string;
}

// The evidence log: newest first, filtered by criterion, kind and status
// through the address (so a filtered view can be bookmarked and shared).
@Component({
  selector: 'app-evidence-log-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, MatButton, MatFormField, MatLabel, MatInput, MatProgressSpinner, Icon],
  templateUrl: './evidence-log-page.html',
  styleUrl: './evidence-log-page.scss',
})
export class EvidenceLogPage {
  readonly #auth = inject(AuthStore);
  readonly #evidence = inject(EvidenceApi);
  readonly #frameworks = inject(FrameworksApi);
  readonly #router = inject(Router);
  readonly #injector = inject(Injector);

  // Bound from the query string by the router.
  readonly criterion = input<string>();
  readonly kind = input<string>();
  readonly status = input<string>();

  protected readonly kinds = KINDS;
  protected readonly statuses = STATUSES;
  protected readonly kindLabels = EVIDENCE_KIND_LABELS;
  protected readonly statusLabels = EVIDENCE_STATUS_LABELS;
  protected readonly decisionLabels = REVIEW_DECISION_LABELS;
  protected readonly strengthLabels = STRENGTH_LABELS;

  protected readonly filters = computed<Filters>(() => ({
    criterionId: this.criterion() || null,
    kind: oneOf<EvidenceKind>(KINDS, this.kind()),
    status: oneOf<EvidenceStatus>(STATUSES, this.status()),
  }));
  protected readonly filtered = computed(() => Object.values(this.filters()).some((value) => value !== null));

  protected readonly state = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly items = signal<Evidence[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loadingMore = signal(false);
  protected readonly moreFailure = signal<ApiFailure | null>(null);
  protected readonly framework = signal<Framework | null>(null);
  protected readonly criteriaByTheme = computed(() =>
    byTheme(this.framework()?.criteria ?? [], (criterion) => criterion.theme),
  );
  protected readonly managerName = computed(() => this.#auth.me()?.manager?.name ?? 'your manager');
  protected readonly saved = signal(
    (this.#router.currentNavigation()?.extras.state as Partial<EvidenceSavedState> | undefined)
      ?.savedEvidence ?? null,
  );
  #request = 0;

  constructor() {
    effect(() => {
      const filters = this.filters();
      untracked(() => void this.#load(filters));
    });
  }

  protected criterionName(criterionId: string): string {
    return criterionName(this.framework(), criterionId);
  }

  protected filter(name: 'criterion' | 'kind' | 'status', event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    void this.#router.navigate([], {
      queryParams: { [name]: value || null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected clearFilters(): void {
    void this.#router.navigate([], { queryParams: {}, replaceUrl: true });
  }

  protected retry(): void {
    void this.#load(this.filters());
  }

  protected async loadMore(): Promise<void> {
    const cursor = this.nextCursor();
    const me = this.#auth.me();
    if (!cursor || !me || this.loadingMore()) return;
    const request = this.#request;
    this.loadingMore.set(true);
    this.moreFailure.set(null);
    try {
      const page = await firstValueFrom(
        this.#evidence.list(me.id, { ...this.filters(), limit: EVIDENCE_PAGE_SIZE, cursor }),
      );
      if (request !== this.#request) return;
      const first = page.items[0];
      this.items.update((items) => [...items, ...page.items]);
      this.nextCursor.set(page.nextCursor);
      // Keyboard users carry on from the first new item, not from the top.
      if (first)
        afterNextRender(() => document.getElementById(`evidence-${first.id}`)?.focus(), {
          injector: this.#injector,
        });
    } catch (error) {
      this.moreFailure.set(describeApiFailure(error));
    } finally {
      this.loadingMore.set(false);
    }
  }

  async #load(filters: Filters): Promise<void> {
    const me = this.#auth.me();
    if (!me) return;
    const request = ++this.#request;
    this.state.set('loading');
    this.failure.set(null);
    try {
      const [framework, page] = await Promise.all([
        firstValueFrom(this.#frameworks.published()),
        firstValueFrom(this.#evidence.list(me.id, { ...filters, limit: EVIDENCE_PAGE_SIZE })),
      ]);
      if (request !== this.#request) return;
      this.framework.set(framework);
      this.items.set(page.items);
      this.nextCursor.set(page.nextCursor);
      this.state.set('ready');
    } catch (error) {
      if (request !== this.#request) return;
      this.failure.set(describeApiFailure(error));
      this.state.set('failed');
    }
  }
}
