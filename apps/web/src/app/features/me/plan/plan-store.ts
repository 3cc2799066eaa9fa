import { computed, inject, Injectable, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import {
  suggestGoals,
  type Framework,
  type Goal,
  type GoalInput,
  type GoalPatch,
  type GrowthAction,
  type GrowthActionInput,
  type GrowthActionPatch,
  type GrowthPlan,
  type ReadinessDetail,
} from '@trellis/domain';

import { AuthStore } from '../../../core/auth/auth-store';
import { describeApiFailure, type ApiFailure } from '../data/api-failure';
import { FrameworksApi } from '../data/frameworks-api';
import { GrowthPlanApi } from '../data/growth-plan-api';
import { byTheme, criteriaExpectedAt, criterionIn, levelName } from '../data/ladder-lookup';
import { ReadinessApi } from '../data/readiness-api';

export type WriteResult = { ok: true } | { ok: false; failure: ApiFailure };

type LoadState = 'loading' | 'ready' | 'failed';

// The growth plan page's state: the plan, the ladder that names its criteria
// and the readiness its suggestions come from. Writes patch the plan in place
// with what the API answers, so open forms elsewhere on the page keep their input.
@Injectable()
export class PlanStore {
  readonly #auth = inject(AuthStore);
  readonly #plans = inject(GrowthPlanApi);
  readonly #frameworks = inject(FrameworksApi);
  readonly #readiness = inject(ReadinessApi);

  readonly #state = signal<LoadState>('loading');
  readonly #failure = signal<ApiFailure | null>(null);
  readonly #plan = signal<GrowthPlan | null>(null);
  readonly #framework = signal<Framework | null>(null);
  readonly #readinessDetail = signal<ReadinessDetail | null>(null);

  readonly state = this.#state.asReadonly();
  readonly failure = this.#failure.asReadonly();
  readonly plan = this.#plan.asReadonly();
  readonly framework = this.#framework.asReadonly();
  readonly readiness = this.#readinessDetail.asReadonly();

  readonly targetLevelId = computed(
    () => this.readiness()?.targetLevelId ?? this.plan()?.targetLevelId ?? null,
  );
  readonly hasAspiration = computed(() => this.targetLevelId() !== null);
  readonly targetLevelName = computed(
    () => this.readiness()?.target.levelName ?? levelName(this.framework(), this.targetLevelId()),
  );
  readonly goals = computed(() => this.plan()?.goals ?? []);
  // The criteria a goal can work on: those the target level expects something of.
  readonly targetCriteria = computed(() => criteriaExpectedAt(this.framework(), this.targetLevelId()));
  // Themes and goals in the ladder's order of criteria, so the plan reads like the ladder.
  readonly goalsByTheme = computed(() => {
    const order = new Map(this.framework()?.criteria.map((criterion, index) => [criterion.id, index]));
    const position = (goal: Goal) => order.get(goal.criterionId) ?? order.size;
    const goals = [...this.goals()].sort((a, b) => position(a) - position(b));
    return byTheme(goals, (goal) => criterionIn(this.framework(), goal.criterionId)?.theme ?? 'Other');
  });
  readonly suggestions = computed(() => {
    const readiness = this.readiness();
    if (!readiness) return [];
    const names = Object.fromEntries(
      readiness.criteria.map((criterion) => [criterion.criterionId, criterion.name]),
    );
    return suggestGoals(readiness, this.goals(), names).slice(0, 3);
  });

  async load(): Promise<void> {
    this.#state.set('loading');
    this.#failure.set(null);
    try {
      const personId = this.#personId();
      const [plan, framework, readiness] = await Promise.all([
        firstValueFrom(this.#plans.get(personId)),
        firstValueFrom(this.#frameworks.published()),
        firstValueFrom(this.#readiness.get(personId)),
      ]);
      this.#plan.set(plan);
      this.#framework.set(framework);
      this.#readinessDetail.set(readiness?.view === 'full' ? readiness : null);
      this.#state.set('ready');
    } catch (error) {
      this.#failure.set(describeApiFailure(error));
      this.#state.set('failed');
    }
  }

  // The latest plan, e.g. after a write was refused as stale.
  async reload(): Promise<WriteResult> {
    return this.#write(async () => this.#plan.set(await firstValueFrom(this.#plans.get(this.#personId()))));
  }

  addGoal(input: GoalInput): Promise<WriteResult> {
    return this.#write(async () => {
      const goal = await firstValueFrom(this.#plans.addGoal(this.#personId(), input));
      this.#updatePlan((plan) => ({ ...plan, goals: [...plan.goals, goal] }));
    });
  }

  updateGoal(goal: Goal, patch: Omit<GoalPatch, 'version'>, version = goal.version): Promise<WriteResult> {
    return this.#write(async () => {
      const saved = await firstValueFrom(this.#plans.updateGoal(goal.id, { ...patch, version }));
      this.#replaceGoal(saved.id, () => saved);
    });
  }

  addAction(goal: Goal, input: GrowthActionInput): Promise<WriteResult> {
    return this.#write(async () => {
      const action = await firstValueFrom(this.#plans.addAction(goal.id, input));
      this.#replaceGoal(goal.id, (current) => ({ ...current, actions: [...current.actions, action] }));
    });
  }

  updateAction(
    action: GrowthAction,
    patch: Omit<GrowthActionPatch, 'version'>,
    version = action.version,
  ): Promise<WriteResult> {
    return this.#write(async () => {
      const saved = await firstValueFrom(this.#plans.updateAction(action.id, { ...patch, version }));
      this.#replaceGoal(saved.goalId, (goal) => ({
        ...goal,
        actions: goal.actions.map((candidate) => (candidate.id === saved.id ? saved : candidate)),
      }));
    });
  }

  async #write(write: () => Promise<void>): Promise<WriteResult> {
    try {
      await write();
      return { ok: true };
    } catch (error) {
      return { ok: false, failure: describeApiFailure(error) };
    }
  }

  #replaceGoal(goalId: string, replace: (goal: Goal) => Goal): void {
    this.#updatePlan((plan) => ({
      ...plan,
      goals: plan.goals.map((goal) => (goal.id === goalId ? replace(goal) : goal)),
    }));
  }

  #updatePlan(update: (plan: GrowthPlan) => GrowthPlan): void {
    this.#plan.update((plan) => (plan ? update(plan) : plan));
  }

  #personId(): string {
    const me = this.#auth.me();
    if (!me) throw new Error('The growth plan needs a signed-in person');
    return me.id;
  }
}
