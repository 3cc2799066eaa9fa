import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  linkedSignal,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { POSITION_TITLE_MAX, type Position, type PositionStatus } from '@trellis/domain';

import { Icon } from '../../../shared/icon/icon';
import { describeApiFailure } from '../../me/data/api-failure';
import { showFieldErrors } from '../../me/data/form-errors';
import { levelName } from '../../me/data/ladder-lookup';
import { HrDirectory, levelOptions, type LevelOption } from '../data/hr-directory';
import { PositionsApi } from '../data/positions-api';

const PAGE_SIZE = 25;

type StatusFilter = PositionStatus | 'all';
const STATUS_FILTERS: readonly { value: StatusFilter; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'filled', label: 'Filled' },
  { value: 'all', label: 'All' },
];

// "/hr/positions": the seats of the organization, open ones first; HR opens a
// seat here and goes from each to its internal bench.
@Component({
  selector: 'app-positions-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatError,
    MatFormField,
    MatLabel,
    MatInput,
    MatProgressBar,
    Icon,
  ],
  templateUrl: './positions-page.html',
  styleUrl: './positions-page.scss',
})
export class PositionsPage {
  readonly #positions = inject(PositionsApi);
  readonly #directory = inject(HrDirectory);

  // Bound from the query string: ?status=filled or all; open by default.
  readonly status = input<string>();

  protected readonly statusFilters = STATUS_FILTERS;
  protected readonly titleMax = POSITION_TITLE_MAX;
  protected readonly statusFilter = computed<StatusFilter>(() => {
    const status = this.status();
    return status === 'filled' || status === 'all' ? status : 'open';
  });

  protected readonly firstPage = rxResource({
    params: () => ({ status: this.statusFilter() }),
    stream: ({ params }) =>
      this.#positions.list({ status: params.status === 'all' ? null : params.status, limit: PAGE_SIZE }),
  });
  readonly #more = linkedSignal<unknown, Position[]>({
    source: () => (this.firstPage.hasValue() ? this.firstPage.value() : null),
    computation: () => [],
  });
  readonly #cursor = linkedSignal(() =>
    this.firstPage.hasValue() ? this.firstPage.value().nextCursor : null,
  );
  protected readonly positions = computed(() => [
    ...(this.firstPage.hasValue() ? this.firstPage.value().items : []),
    ...this.#more(),
  ]);
  protected readonly hasMore = computed(() => this.#cursor() !== null);
  protected readonly loadingMore = signal(false);
  protected readonly moreFailure = signal<string | null>(null);
  protected readonly loadFailure = computed(() => {
    const error = this.firstPage.error();
    return error ? describeApiFailure(error).message : null;
  });

  // Names behind the ids; a seat still shows with "Unknown team" if they fail.
  protected readonly teams = rxResource({ stream: () => this.#directory.teams() });
  protected readonly ladder = rxResource({ stream: () => this.#directory.ladder() });
  readonly #teamNames = computed(
    () => new Map((this.teams.hasValue() ? this.teams.value() : []).map((team) => [team.id, team.name])),
  );
  protected readonly levelGroups = computed(() => {
    const groups = new Map<string, LevelOption[]>();
    for (const level of levelOptions(this.ladder.hasValue() ? this.ladder.value() : null)) {
      groups.set(level.trackName, [...(groups.get(level.trackName) ?? []), level]);
    }
    return [...groups].map(([track, levels]) => ({ track, levels }));
  });

  // Opening a seat.
  protected readonly formOpen = signal(false);
  protected readonly saving = signal(false);
  protected readonly formFailure = signal<string | null>(null);
  protected readonly notice = signal<{ text: string; positionId: string } | null>(null);
  protected readonly form = new FormGroup({
    teamId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    levelId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(POSITION_TITLE_MAX)],
    }),
  });
  private readonly formHeading = viewChild<ElementRef<HTMLElement>>('formHeading');
  private readonly openButton = viewChild<ElementRef<HTMLElement>>('openButton');

  protected teamName(teamId: string): string {
    return this.#teamNames().get(teamId) ?? (this.teams.isLoading() ? '…' : 'Unknown team');
  }

  protected levelName(levelId: string): string {
    if (!this.ladder.hasValue()) return this.ladder.isLoading() ? '…' : 'Unknown level';
    return levelName(this.ladder.value(), levelId);
  }

  protected statusQuery(value: StatusFilter): Record<string, string | null> {
    return { status: value === 'open' ? null : value };
  }

  protected openForm(): void {
    this.formOpen.set(true);
    this.notice.set(null);
    setTimeout(() => this.formHeading()?.nativeElement.focus());
  }

  protected closeForm(): void {
    this.formOpen.set(false);
    this.formFailure.set(null);
    this.form.reset();
    setTimeout(() => this.openButton()?.nativeElement.focus());
  }

  protected async submit(): Promise<void> {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.formFailure.set(null);
    try {
      const opened = await firstValueFrom(this.#positions.open(this.form.getRawValue()));
      this.notice.set({ text: `“${opened.title}” is open.`, positionId: opened.id });
      this.formOpen.set(false);
      this.form.reset();
      this.firstPage.reload();
    } catch (error) {
      const failure = describeApiFailure(error);
      const unmatched = showFieldErrors(this.form, failure);
      this.formFailure.set(unmatched.length > 0 ? unmatched.join(' ') : failure.message);
    } finally {
      this.saving.set(false);
    }
  }

  protected async loadMore(): Promise<void> {
    const cursor = this.#cursor();
    if (!cursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.moreFailure.set(null);
    try {
      const status = this.statusFilter();
      const page = await firstValueFrom(
        this.#positions.list({ status: status === 'all' ? null : status, limit: PAGE_SIZE, cursor }),
      );
      this.#more.update((items) => [...items, ...page.items]);
      this.#cursor.set(page.nextCursor);
    } catch (error) {
      this.moreFailure.set(describeApiFailure(error).message);
    } finally {
      this.loadingMore.set(false);
    }
  }
}
