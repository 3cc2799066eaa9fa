import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { AuthStore } from '../../../core/auth/auth-store';
import { BarChart } from '../../../shared/charts/bar-chart';
import { ProgressRing } from '../../../shared/charts/progress-ring';
import { Icon } from '../../../shared/icon/icon';
import { describeApiFailure, type ApiFailure } from '../../me/data/api-failure';
import { AspirationApi } from '../../me/data/aspiration-api';
import { FrameworksApi } from '../../me/data/frameworks-api';
import { GrowthPlanApi } from '../../me/data/growth-plan-api';
import { levelIn } from '../../me/data/ladder-lookup';
import { ReadinessApi } from '../../me/data/readiness-api';
import { CRITERION_STATUS_LABELS } from '../../me/data/vocabulary';
import { readinessBars, readinessSummary, STATUS_STEP } from '../../me/readiness/readiness-chart';
import { TeamApi } from '../data/team-api';
import { HandoverNotes } from './handover-notes';
import { PersonEvidence } from './person-evidence';
import { PersonPlan } from './person-plan';

const failureOf = (error: unknown): ApiFailure | null => (error ? describeApiFailure(error) : null);

// "/team/people/:personId": one report as their manager sees them: where they
// want to go, their plan, how ready they are, their evidence, and the notes
// their managers left.
@Component({
  selector: 'app-team-person-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    MatButton,
    MatProgressBar,
    BarChart,
    ProgressRing,
    Icon,
    HandoverNotes,
    PersonEvidence,
    PersonPlan,
  ],
  templateUrl: './team-person-page.html',
  styleUrl: './team-person-page.scss',
})
export class TeamPersonPage {
  readonly #team = inject(TeamApi);
  readonly #aspirations = inject(AspirationApi);
  readonly #frameworks = inject(FrameworksApi);
  readonly #plans = inject(GrowthPlanApi);
  readonly #readiness = inject(ReadinessApi);
  protected readonly me = inject(AuthStore).me;

  // Bound from the route's :personId.
  readonly personId = input.required<string>();

  protected readonly person = rxResource({
    params: () => this.personId(),
    stream: ({ params }) => this.#team.person(params),
  });
  protected readonly ladder = rxResource({ stream: () => this.#frameworks.published() });
  protected readonly aspiration = rxResource({
    params: () => this.personId(),
    stream: ({ params }) => this.#aspirations.get(params),
  });
  protected readonly readiness = rxResource({
    params: () => this.personId(),
    stream: ({ params }) => this.#readiness.get(params),
  });
  protected readonly plan = rxResource({
    params: () => this.personId(),
    stream: ({ params }) => this.#plans.get(params),
  });

  protected readonly statusLabels = CRITERION_STATUS_LABELS;
  protected readonly steps = Object.values(STATUS_STEP);
  protected readonly marker = { value: STATUS_STEP.demonstrating, label: 'Ready' };
  protected readonly maxStep = STATUS_STEP.exceeding;
  protected readonly failureOf = failureOf;

  protected readonly details = computed(() => (this.person.hasValue() ? this.person.value() : null));
  protected readonly personFailure = computed(() => failureOf(this.person.error()));
  protected readonly framework = computed(() => (this.ladder.hasValue() ? this.ladder.value() : null));
  protected readonly firstName = computed(() => this.details()?.name.split(' ')[0] ?? '');
  // Only the direct manager reviews evidence and leaves handover notes.
  protected readonly isDirectManager = computed(() => {
    const me = this.me();
    return me !== null && this.details()?.managerId === me.id;
  });
  protected readonly currentLevel = computed(() =>
    levelIn(this.framework(), this.details()?.levelId ?? null),
  );
  protected readonly declared = computed(() => (this.aspiration.hasValue() ? this.aspiration.value() : null));
  protected readonly target = computed(() =>
    levelIn(this.framework(), this.declared()?.targetLevelId ?? null),
  );
  protected readonly fullReadiness = computed(() => {
    const readiness = this.readiness.hasValue() ? this.readiness.value() : null;
    return readiness?.view === 'full' ? readiness : null;
  });
  protected readonly bars = computed(() => {
    const readiness = this.fullReadiness();
    return readiness ? readinessBars(readiness) : [];
  });
  protected readonly summary = computed(() => {
    const readiness = this.fullReadiness();
    return readiness ? readinessSummary(readiness) : '';
  });
}
