import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { debounceTime, distinctUntilChanged, firstValueFrom, map } from 'rxjs';

import type { TeamFlag, TeamMember } from '@trellis/domain';

import { AuthStore } from '../../core/auth/auth-store';
import { Icon } from '../../shared/icon/icon';
import { describeApiFailure } from '../me/data/api-failure';
import { ConversationsApi } from '../me/data/conversations-api';
import { ReviewsApi } from './data/reviews-api';
import { TeamApi } from './data/team-api';
import {
  asFlag,
  asSort,
  counted,
  FLAG_HINTS,
  FLAG_LABELS,
  FLAGS,
  SORT_LABELS,
  SORT_PHRASES,
  SORTS,
} from './data/team-labels';
import { TeamMembersTable } from './team-members-table';

const PAGE_SIZE = 25;
// The summary counts read whole queues up to this size, then say "100+".
const COUNT_LIMIT = 100;

// "/team": the manager's reports at a glance, with what waits for them.
@Component({
  selector: 'app-team-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    MatProgressBar,
    MatSlideToggle,
    Icon,
    TeamMembersTable,
  ],
  templateUrl: './team-home-page.html',
  styleUrl: './team-home-page.scss',
})
export class TeamHomePage {
  readonly #team = inject(TeamApi);
  readonly #reviews = inject(ReviewsApi);
  readonly #conversations = inject(ConversationsApi);
  readonly #router = inject(Router);
  readonly #route = inject(ActivatedRoute);
  protected readonly me = inject(AuthStore).me;

  // Bound from the query string, so that a filtered view can be shared and the
  // back button returns to it.
  readonly q = input<string>();
  readonly sort = input<string>();
  readonly flag = input<string>();
  readonly depth = input<string>();

  protected readonly flags = FLAGS;
  protected readonly flagLabels = FLAG_LABELS;
  protected readonly flagHints = FLAG_HINTS;
  protected readonly sorts = SORTS;
  protected readonly sortLabels = SORT_LABELS;
  protected readonly sortPhrases = SORT_PHRASES;
  protected readonly counted = counted;

  protected readonly query = computed(() => ({
    q: this.q()?.trim() || null,
    sort: asSort(this.sort()),
    flag: asFlag(this.flag()),
    depth: this.depth() === 'all' ? ('all' as const) : ('direct' as const),
  }));
  protected readonly filtered = computed(() => this.query().q !== null || this.query().flag !== null);

  protected readonly firstPage = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.#team.overview({ ...params, limit: PAGE_SIZE }),
  });
  protected readonly overview = computed(() => (this.firstPage.hasValue() ? this.firstPage.value() : null));
  readonly #more = linkedSignal<unknown, TeamMember[]>({ source: this.overview, computation: () => [] });
  readonly #cursor = linkedSignal(() => this.overview()?.nextCursor ?? null);
  // Nobody reports to the person at all: no summary, filters or table to show.
  protected readonly noReports = computed(
    () => this.overview()?.total === 0 && !this.filtered() && this.query().depth === 'direct',
  );
  protected readonly noMatch = computed(() => {
    const { q, flag, depth } = this.query();
    const who = `Nobody in your ${depth === 'all' ? 'subtree' : 'team'}`;
    const named = q ? ` is called “${q}”` : '';
    if (!flag) return `${who}${named}.`;
    const flagged = `the flag “${FLAG_LABELS[flag]}”`;
    return q ? `${who}${named} and has ${flagged}.` : `${who} has ${flagged}: nothing waits for you there.`;
  });
  protected readonly members = computed(() => [...(this.overview()?.items ?? []), ...this.#more()]);
  protected readonly hasMore = computed(() => this.#cursor() !== null);
  protected readonly loadingMore = signal(false);
  protected readonly moreFailure = signal<string | null>(null);
  protected readonly loadFailure = computed(() => {
    const error = this.firstPage.error();
    return error ? describeApiFailure(error).message : null;
  });

  protected readonly skipLevel = rxResource({ stream: () => this.#team.managesBeyondDirectReports() });
  protected readonly showSubtreeToggle = computed(
    () => this.query().depth === 'all' || (this.skipLevel.hasValue() && this.skipLevel.value()),
  );

  // What waits for the manager: their review queue and unanswered requests.
  protected readonly pendingReviews = rxResource({
    stream: () => this.#reviews.pending({ limit: COUNT_LIMIT }),
  });
  protected readonly requests = rxResource({
    stream: () => this.#conversations.list({ status: 'requested', limit: COUNT_LIMIT }),
  });
  protected readonly reviewCount = computed(() => {
    if (!this.pendingReviews.hasValue()) return null;
    const page = this.pendingReviews.value();
    return { count: page.items.length, more: page.nextCursor !== null };
  });
  protected readonly requestCount = computed(() => {
    const me = this.me();
    if (!me || !this.requests.hasValue()) return null;
    const page = this.requests.value();
    const waiting = page.items.filter(
      (conversation) => conversation.managerId === me.id && conversation.requesterId !== me.id,
    );
    return { count: waiting.length, more: page.nextCursor !== null };
  });

  protected readonly search = new FormControl('', { nonNullable: true });

  constructor() {
    // The box follows the address (back button), and typing updates the address.
    effect(() => {
      const q = this.query().q ?? '';
      untracked(() => {
        if (this.search.value.trim() !== q) this.search.setValue(q, { emitEvent: false });
      });
    });
    this.search.valueChanges
      .pipe(
        map((value) => value.trim()),
        debounceTime(300),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((q) => void this.#navigate({ q: q || null }));
  }

  protected searchNow(): void {
    void this.#navigate({ q: this.search.value.trim() || null });
  }

  protected sortBy(event: Event): void {
    const sort = asSort((event.target as HTMLSelectElement).value);
    void this.#navigate({ sort: sort === 'name' ? null : sort });
  }

  protected flagQuery(flag: TeamFlag | null): Record<string, string | null> {
    return { flag };
  }

  protected setDepth(all: boolean): void {
    void this.#navigate({ depth: all ? 'all' : null });
  }

  protected clearFilters(): void {
    this.search.setValue('', { emitEvent: false });
    void this.#navigate({ q: null, flag: null });
  }

  protected async loadMore(): Promise<void> {
    const cursor = this.#cursor();
    if (!cursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.moreFailure.set(null);
    try {
      const page = await firstValueFrom(this.#team.overview({ ...this.query(), limit: PAGE_SIZE, cursor }));
      this.#more.update((items) => [...items, ...page.items]);
      this.#cursor.set(page.nextCursor);
    } catch (error) {
      this.moreFailure.set(describeApiFailure(error).message);
    } finally {
      this.loadingMore.set(false);
    }
  }

  #navigate(changes: Record<string, string | null>): Promise<boolean> {
    return this.#router.navigate([], {
      relativeTo: this.#route,
      queryParams: changes,
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }
}
