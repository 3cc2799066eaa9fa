import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';

import { GROWTH_STATUSES, type Goal, type GrowthStatus } from '@trellis/domain';

import { Icon } from '../../../shared/icon/icon';
import type { ApiFailure } from '../data/api-failure';
import { criterionIn, expectationAt } from '../data/ladder-lookup';
import { GROWTH_STATUS_LABELS } from '../data/vocabulary';
import { ActionForm } from './action-form';
import { ActionRow } from './action-row';
import { GoalForm } from './goal-form';
import { PlanStore } from './plan-store';

// A goal: the criterion it works on, what the target level expects of it, and
// the actions toward it.
@Component({
  selector: 'app-goal-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatFormField, MatLabel, MatInput, Icon, GoalForm, ActionForm, ActionRow],
  templateUrl: './goal-card.html',
  styleUrl: './goal-card.scss',
})
export class GoalCard {
  protected readonly store = inject(PlanStore);

  readonly goal = input.required<Goal>();

  protected readonly statuses = GROWTH_STATUSES;
  protected readonly statusLabels = GROWTH_STATUS_LABELS;
  protected readonly editing = signal(false);
  protected readonly addingAction = signal(false);
  protected readonly pending = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);

  protected readonly criterion = computed(() => criterionIn(this.store.framework(), this.goal().criterionId));
  protected readonly expectation = computed(
    () => expectationAt(this.criterion(), this.store.targetLevelId())?.description ?? null,
  );
  protected readonly headingId = computed(() => `goal-${this.goal().id}`);

  protected async setStatus(event: Event): Promise<void> {
    const status = (event.target as HTMLSelectElement).value as GrowthStatus;
    this.pending.set(true);
    this.failure.set(null);
    const result = await this.store.updateGoal(this.goal(), { status });
    this.pending.set(false);
    if (!result.ok) this.failure.set(result.failure);
  }

  protected async reload(): Promise<void> {
    const result = await this.store.reload();
    this.failure.set(result.ok ? null : result.failure);
  }
}
