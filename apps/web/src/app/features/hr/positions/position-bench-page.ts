import { DatePipe } from '@angular/common';
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
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import type { Move, PositionBench, PositionBenchCandidate } from '@trellis/domain';

import { Icon } from '../../../shared/icon/icon';
import { describeApiFailure, isNotFound } from '../../me/data/api-failure';
import { levelName } from '../../me/data/ladder-lookup';
import { HrDirectory } from '../data/hr-directory';
import { MOVE_KIND_NOUNS } from '../data/mobility-query';
import { PositionsApi } from '../data/positions-api';
import { FillConfirmDialog, type FillConfirmation } from './fill-confirm-dialog';

interface Filled {
  readonly name: string;
  readonly move: Move;
}

// "/hr/positions/:positionId": one seat and its internal bench, readiest
// first, each with the criteria they stand strongest and weakest on; HR gives
// the seat to a candidate from here, which records their move.
@Component({
  selector: 'app-position-bench-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, MatButton, MatProgressBar, Icon],
  templateUrl: './position-bench-page.html',
  styleUrl: './position-bench-page.scss',
})
export class PositionBenchPage {
  readonly #positions = inject(PositionsApi);
  readonly #directory = inject(HrDirectory);
  readonly #dialog = inject(MatDialog);

  readonly positionId = input.required<string>();

  protected readonly loaded = rxResource({
    params: () => this.positionId(),
    stream: ({ params }) => this.#positions.bench(params),
  });
  // After a fill the page shows the seat as the API returned it.
  protected readonly bench = signal<PositionBench | null>(null);
  protected readonly view = computed(
    () => this.bench() ?? (this.loaded.hasValue() ? this.loaded.value() : null),
  );
  protected readonly notFound = computed(() => isNotFound(this.loaded.error()));
  protected readonly loadFailure = computed(() => {
    const error = this.loaded.error();
    return error && !this.notFound() ? describeApiFailure(error).message : null;
  });

  protected readonly teams = rxResource({ stream: () => this.#directory.teams() });
  protected readonly ladder = rxResource({ stream: () => this.#directory.ladder() });

  protected readonly filling = signal<string | null>(null);
  protected readonly fillFailure = signal<string | null>(null);
  protected readonly filled = signal<Filled | null>(null);
  private readonly noticeRef = viewChild<ElementRef<HTMLElement>>('notice');

  protected readonly teamName = computed(() => {
    const teamId = this.view()?.position.teamId;
    const team = this.teams.hasValue() ? this.teams.value().find((t) => t.id === teamId) : undefined;
    return team?.name ?? 'its team';
  });
  protected readonly seatLevel = computed(() => this.levelName(this.view()?.position.levelId ?? null));
  // Who holds a filled seat, when they are on its bench.
  protected readonly holder = computed(() => {
    const view = this.view();
    const id = view?.position.filledById;
    return id ? (view.candidates.find((candidate) => candidate.personId === id)?.name ?? null) : null;
  });

  protected levelName(levelId: string | null): string {
    if (!levelId) return 'no level yet';
    return this.ladder.hasValue() ? levelName(this.ladder.value(), levelId) : 'their level';
  }

  protected percent(readiness: number): number {
    return Math.round(readiness * 100);
  }

  protected moveKind(move: Move): string {
    return MOVE_KIND_NOUNS[move.kind][0];
  }

  protected flowsQuery(move: Move): Record<string, string> {
    return { kind: move.kind, from: move.occurredOn, ...(move.toTeamId ? { teamId: move.toTeamId } : {}) };
  }

  protected async fill(candidate: PositionBenchCandidate): Promise<void> {
    const view = this.view();
    if (!view || view.position.status !== 'open' || this.filling()) return;
    const data: FillConfirmation = {
      candidateName: candidate.name,
      currentLevel: this.levelName(candidate.levelId),
      positionTitle: view.position.title,
      seatLevel: this.seatLevel(),
      teamName: this.teamName(),
    };
    const confirmed = await firstValueFrom(
      this.#dialog
        .open<FillConfirmDialog, FillConfirmation, boolean>(FillConfirmDialog, { data, width: '32rem' })
        .afterClosed(),
    );
    if (!confirmed) return;

    this.filling.set(candidate.personId);
    this.fillFailure.set(null);
    try {
      const result = await firstValueFrom(this.#positions.fill(view.position.id, candidate.personId));
      this.bench.set({ ...view, position: result.position });
      this.filled.set({ name: candidate.name, move: result.move });
      setTimeout(() => this.noticeRef()?.nativeElement.focus());
    } catch (error) {
      this.fillFailure.set(describeApiFailure(error).message);
    } finally {
      this.filling.set(null);
    }
  }
}
