import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  OnInit,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import type { Framework, LevelDiff, Track } from '@trellis/domain';

import { AuthStore } from '../../../core/auth/auth-store';
import { describeApiFailure, type ApiFailure } from '../data/api-failure';
import { AspirationApi } from '../data/aspiration-api';
import { FrameworksApi } from '../data/frameworks-api';
import { byTheme, levelIn } from '../data/ladder-lookup';
import { LevelDiffView } from './level-diff-view';

const TRACK_KIND_LABELS = { ic: 'Individual contributor', management: 'Management' } as const;

const byRank = (track: Track) => [...track.levels].sort((a, b) => a.rank - b.rank);

// The level to compare with when none is chosen: the target, else the next
// level up in the person's track, else any other level.
export const defaultComparison = (
  framework: Framework,
  currentLevelId: string | null,
  targetLevelId: string | null,
): { from: string; to: string } | null => {
  const all = framework.tracks.flatMap(byRank);
  const current = levelIn(framework, currentLevelId);
  const from = current?.level.id ?? all[0]?.id;
  if (!from) return null;
  const target = levelIn(framework, targetLevelId)?.level.id;
  const nextUp = current
    ? byRank(current.track).find((level) => level.rank > current.level.rank)?.id
    : undefined;
  const to = target ?? nextUp ?? all.find((level) => level.id !== from)?.id ?? from;
  return { from, to };
};

// The published career ladder: every track and level, where the person is and
// wants to go, and what changes between any two levels.
@Component({
  selector: 'app-ladder-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatFormField, MatLabel, MatInput, MatProgressSpinner, RouterLink, LevelDiffView],
  templateUrl: './ladder-page.html',
  styleUrl: './ladder-page.scss',
})
export class LadderPage implements OnInit {
  readonly #auth = inject(AuthStore);
  readonly #frameworks = inject(FrameworksApi);
  readonly #aspirations = inject(AspirationApi);
  readonly #router = inject(Router);
  readonly #host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly #injector = inject(Injector);

  // Bound from the query string: the two levels compared.
  readonly from = input<string>();
  readonly to = input<string>();

  protected readonly trackKindLabels = TRACK_KIND_LABELS;
  protected readonly state = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly framework = signal<Framework | null>(null);
  protected readonly targetLevelId = signal<string | null>(null);
  protected readonly currentLevelId = computed(() => this.#auth.me()?.levelId ?? null);

  protected readonly current = computed(() => levelIn(this.framework(), this.currentLevelId()));
  protected readonly target = computed(() => levelIn(this.framework(), this.targetLevelId()));
  protected readonly disciplines = computed(() =>
    byTheme(this.framework()?.tracks ?? [], (track) => track.discipline).map(({ theme, items }) => ({
      discipline: theme,
      tracks: items.map((track) => ({ track, levels: byRank(track) })),
    })),
  );
  protected readonly comparison = computed(() => {
    const framework = this.framework();
    if (!framework) return null;
    const fallback = defaultComparison(framework, this.currentLevelId(), this.targetLevelId());
    const known = (id: string | undefined) => (levelIn(framework, id ?? null) ? id : undefined);
    const from = known(this.from()) ?? fallback?.from;
    const to = known(this.to()) ?? fallback?.to;
    return from && to ? { from, to } : null;
  });

  protected readonly diffState = signal<'idle' | 'loading' | 'ready' | 'failed'>('idle');
  protected readonly diff = signal<LevelDiff | null>(null);
  protected readonly diffFailure = signal<ApiFailure | null>(null);
  #diffRequest = 0;

  constructor() {
    effect(() => {
      const framework = this.framework();
      const comparison = this.comparison();
      if (framework && comparison)
        untracked(() => void this.#loadDiff(framework.id, comparison.from, comparison.to));
    });
  }

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    const me = this.#auth.me();
    if (!me) return;
    this.state.set('loading');
    this.failure.set(null);
    try {
      const [framework, aspiration] = await Promise.all([
        firstValueFrom(this.#frameworks.published()),
        firstValueFrom(this.#aspirations.get(me.id)),
      ]);
      this.targetLevelId.set(aspiration?.targetLevelId ?? null);
      this.framework.set(framework);
      this.state.set('ready');
    } catch (error) {
      this.failure.set(describeApiFailure(error));
      this.state.set('failed');
    }
  }

  protected retryDiff(): void {
    const framework = this.framework();
    const comparison = this.comparison();
    if (framework && comparison) void this.#loadDiff(framework.id, comparison.from, comparison.to);
  }

  protected choose(side: 'from' | 'to', event: Event): void {
    void this.#compare({ [side]: (event.target as HTMLSelectElement).value });
  }

  // From a level of the ladder above: compare it with the person's level.
  protected async compareWith(levelId: string): Promise<void> {
    await this.#compare({ from: this.comparison()?.from, to: levelId });
    afterNextRender(
      () => {
        const heading = this.#host.nativeElement.querySelector<HTMLElement>('#compare-heading');
        heading?.focus();
        heading?.scrollIntoView?.({ block: 'start' });
      },
      { injector: this.#injector },
    );
  }

  async #compare(levels: { from?: string; to?: string }): Promise<void> {
    await this.#router.navigate([], {
      queryParams: { from: this.comparison()?.from, to: this.comparison()?.to, ...levels },
      replaceUrl: true,
    });
  }

  async #loadDiff(frameworkId: string, from: string, to: string): Promise<void> {
    const request = ++this.#diffRequest;
    this.diffState.set('loading');
    this.diffFailure.set(null);
    try {
      const diff = await firstValueFrom(this.#frameworks.diff(frameworkId, from, to));
      if (request !== this.#diffRequest) return;
      this.diff.set(diff);
      this.diffState.set('ready');
    } catch (error) {
      if (request !== this.#diffRequest) return;
      this.diffFailure.set(describeApiFailure(error));
      this.diffState.set('failed');
    }
  }
}
