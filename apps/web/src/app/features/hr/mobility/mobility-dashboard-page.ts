import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';

import { FLOW_GROUPINGS, MOVE_KINDS } from '@trellis/domain';

import { Icon } from '../../../shared/icon/icon';
import { describeApiFailure } from '../../me/data/api-failure';
import { disciplinesOf, HrDirectory } from '../data/hr-directory';
import { MobilityApi } from '../data/mobility-api';
import {
  GROUPING_LABELS,
  MOVE_KIND_LABELS,
  parseMobilityQuery,
  pathsFilterOf,
  quartersOf,
  rangeIsInverted,
} from '../data/mobility-query';
import { MobilityFlows } from './mobility-flows';
import { MobilityTrends } from './mobility-trends';
import { TeamPrecedentTable } from './team-precedent-table';

const today = () => new Date().toISOString().slice(0, 10);

// "/hr": do teams offer a way up? Flows between levels, tracks and teams over
// time, moves per quarter, and each team's precedent with how it is computed.
@Component({
  selector: 'app-mobility-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    MatButtonToggle,
    MatButtonToggleGroup,
    MatFormField,
    MatLabel,
    MatInput,
    MatProgressBar,
    Icon,
    MobilityFlows,
    MobilityTrends,
    TeamPrecedentTable,
  ],
  templateUrl: './mobility-dashboard-page.html',
  styleUrl: './mobility-dashboard-page.scss',
})
export class MobilityDashboardPage {
  readonly #mobility = inject(MobilityApi);
  readonly #directory = inject(HrDirectory);
  readonly #router = inject(Router);
  readonly #route = inject(ActivatedRoute);

  // Bound from the query string, so that a filtered view can be shared.
  readonly from = input<string>();
  readonly to = input<string>();
  readonly teamId = input<string>();
  readonly discipline = input<string>();
  readonly kind = input<string>();
  readonly by = input<string>();

  protected readonly kinds = MOVE_KINDS;
  protected readonly kindLabels = MOVE_KIND_LABELS;
  protected readonly groupings = FLOW_GROUPINGS;
  protected readonly groupingLabels = GROUPING_LABELS;

  protected readonly query = computed(() =>
    parseMobilityQuery({
      from: this.from(),
      to: this.to(),
      teamId: this.teamId(),
      discipline: this.discipline(),
      kind: this.kind(),
      by: this.by(),
    }),
  );
  protected readonly inverted = computed(() => rangeIsInverted(this.query()));
  protected readonly filtered = computed(() => {
    const { from, to, teamId, discipline, kind } = this.query();
    return [from, to, teamId, discipline, kind].some((value) => value !== null);
  });

  protected readonly paths = rxResource({
    params: () => (this.inverted() ? undefined : pathsFilterOf(this.query())),
    stream: ({ params }) => this.#mobility.paths(params),
  });
  // The quarters shown: the last eight of the chosen range (up to today without one).
  protected readonly quarters = computed(() => {
    const { from, to } = this.query();
    return this.inverted() ? [] : quartersOf(from, to, today());
  });
  protected readonly trends = rxResource({
    params: () => {
      const quarters = this.quarters();
      const first = quarters[0];
      const last = quarters[quarters.length - 1];
      if (!first || !last) return undefined;
      const { by: _by, ...filter } = pathsFilterOf(this.query());
      return { ...filter, from: first.from, to: last.to };
    },
    stream: ({ params }) => this.#mobility.trends(params),
  });
  protected readonly precedent = rxResource({ stream: () => this.#mobility.teams() });
  // Names of disciplines (and of levels in the table); the page works without them.
  protected readonly ladder = rxResource({ stream: () => this.#directory.ladder() });
  protected readonly ladderValue = computed(() => (this.ladder.hasValue() ? this.ladder.value() : null));
  protected readonly disciplines = computed(() => {
    const known = disciplinesOf(this.ladderValue());
    const chosen = this.query().discipline;
    return chosen && !known.some((d) => d.toLowerCase() === chosen.toLowerCase())
      ? [...known, chosen]
      : known;
  });
  protected readonly teams = computed(() =>
    this.precedent.hasValue()
      ? [...this.precedent.value().teams]
          .map((team) => ({ id: team.teamId, name: team.teamName }))
          .sort((a, b) => a.name.localeCompare(b.name))
      : [],
  );

  protected readonly pathsFailure = computed(() => {
    const error = this.paths.error();
    return error ? describeApiFailure(error).message : null;
  });
  protected readonly trendsFailure = computed(() => {
    const error = this.trends.error();
    return error ? describeApiFailure(error).message : null;
  });
  protected readonly precedentFailure = computed(() => {
    const error = this.precedent.error();
    return error ? describeApiFailure(error).message : null;
  });

  protected readonly period = computed(() => {
    const { from, to } = this.query();
    if (!from && !to) return 'all time';
    if (from && to) return `${from} to ${to}`;
    return from ? `since ${from}` : `up to ${to}`;
  });

  protected setFilter(name: 'from' | 'to' | 'teamId' | 'discipline' | 'kind', event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value.trim();
    void this.#navigate({ [name]: value || null });
  }

  protected setGrouping(by: string): void {
    void this.#navigate({ by: by === 'level' ? null : by });
  }

  protected clearFilters(): void {
    void this.#navigate({ from: null, to: null, teamId: null, discipline: null, kind: null });
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
