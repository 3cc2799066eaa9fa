import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import type { Evidence, ReadinessDetail } from '@trellis/domain';

import { AuthStore } from '../../../core/auth/auth-store';
import { BarChart } from '../../../shared/charts/bar-chart';
import { ProgressRing } from '../../../shared/charts/progress-ring';
import { Icon } from '../../../shared/icon/icon';
import { describeApiFailure, type ApiFailure } from '../data/api-failure';
import { EvidenceApi } from '../data/evidence-api';
import { ReadinessApi } from '../data/readiness-api';
import { CRITERION_STATUS_LABELS } from '../data/vocabulary';
import { LevelDiffView } from '../ladder/level-diff-view';
import { readinessBars, readinessSummary, STATUS_STEP } from './readiness-chart';

type PageState = 'loading' | 'ready' | 'no_aspiration' | 'failed';

// How ready the person is for their target level, per criterion, with the
// evidence behind each status and what is missing.
@Component({
  selector: 'app-readiness-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatProgressSpinner, RouterLink, BarChart, ProgressRing, Icon, LevelDiffView],
  templateUrl: './readiness-page.html',
  styleUrl: './readiness-page.scss',
})
export class ReadinessPage implements OnInit {
  readonly #auth = inject(AuthStore);
  readonly #readiness = inject(ReadinessApi);
  readonly #evidence = inject(EvidenceApi);

  protected readonly statusLabels = CRITERION_STATUS_LABELS;
  protected readonly state = signal<PageState>('loading');
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly readiness = signal<ReadinessDetail | null>(null);
  readonly #titles = signal<ReadonlyMap<string, string>>(new Map());

  protected readonly bars = computed(() => {
    const readiness = this.readiness();
    return readiness ? readinessBars(readiness) : [];
  });
  protected readonly summary = computed(() => {
    const readiness = this.readiness();
    return readiness ? readinessSummary(readiness) : '';
  });
  protected readonly steps = Object.values(STATUS_STEP);
  protected readonly marker = { value: STATUS_STEP.demonstrating, label: 'Ready' };
  protected readonly maxStep = STATUS_STEP.exceeding;

  ngOnInit(): void {
    void this.load();
  }

  protected evidenceTitle(evidenceId: string): string {
    return this.#titles().get(evidenceId) ?? 'Accepted evidence';
  }

  protected async load(): Promise<void> {
    const me = this.#auth.me();
    if (!me) return;
    this.state.set('loading');
    this.failure.set(null);
    try {
      // Titles for the evidence links: the accepted pieces are the ones readiness counts.
      const [readiness, accepted] = await Promise.all([
        firstValueFrom(this.#readiness.get(me.id)),
        firstValueFrom(this.#evidence.list(me.id, { status: 'accepted', limit: 100 })),
      ]);
      if (!readiness || readiness.view !== 'full') {
        this.state.set('no_aspiration');
        return;
      }
      this.readiness.set(readiness);
      this.#titles.set(new Map(accepted.items.map((evidence: Evidence) => [evidence.id, evidence.title])));
      this.state.set('ready');
    } catch (error) {
      this.failure.set(describeApiFailure(error));
      this.state.set('failed');
    }
  }
}
