import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  inject,
  Injector,
  OnInit,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';

import type { GoalSuggestion } from '@trellis/domain';

import { Icon } from '../../../shared/icon/icon';
import type { ApiFailure } from '../data/api-failure';
import { criterionIn, expectationAt } from '../data/ladder-lookup';
import { CRITERION_STATUS_LABELS } from '../data/vocabulary';
import { GoalCard } from './goal-card';
import { GoalForm } from './goal-form';
import { PlanStore } from './plan-store';

@Component({
  selector: 'app-plan-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatProgressSpinner, RouterLink, Icon, GoalCard, GoalForm],
  providers: [PlanStore],
  templateUrl: './plan-page.html',
  styleUrl: './plan-page.scss',
})
export class PlanPage implements OnInit {
  protected readonly store = inject(PlanStore);
  readonly #injector = inject(Injector);

  protected readonly statusLabels = CRITERION_STATUS_LABELS;
  // Open with a criterion picked (from a suggestion), or '' for none.
  protected readonly newGoal = signal<{ criterionId: string } | null>(null);
  protected readonly adding = signal<string | null>(null);
  protected readonly suggestionFailure = signal<{ criterionId: string; failure: ApiFailure } | null>(null);
  protected readonly announcement = signal('');

  ngOnInit(): void {
    void this.store.load();
  }

  protected retry(): void {
    void this.store.load();
  }

  protected openNewGoal(criterionId = ''): void {
    this.newGoal.set({ criterionId });
  }

  protected closeNewGoal(): void {
    this.newGoal.set(null);
  }

  protected criterionName(criterionId: string): string {
    return criterionIn(this.store.framework(), criterionId)?.name ?? 'A criterion';
  }

  protected expectation(criterionId: string): string | null {
    return (
      expectationAt(criterionIn(this.store.framework(), criterionId), this.store.targetLevelId())
        ?.description ?? null
    );
  }

  // One click: the suggestion's own title, changeable afterwards.
  protected async addSuggestion(suggestion: GoalSuggestion): Promise<void> {
    if (this.adding()) return;
    this.adding.set(suggestion.criterionId);
    this.suggestionFailure.set(null);
    const before = new Set(this.store.goals().map((goal) => goal.id));
    const result = await this.store.addGoal({
      criterionId: suggestion.criterionId,
      title: suggestion.title,
      description: '',
    });
    this.adding.set(null);
    if (!result.ok) {
      this.suggestionFailure.set({ criterionId: suggestion.criterionId, failure: result.failure });
      return;
    }
    this.announcement.set(`Goal added: ${suggestion.title}`);
    const added = this.store.goals().find((goal) => !before.has(goal.id));
    // The button that was clicked is gone: focus moves to the goal it made.
    if (added)
      afterNextRender(() => document.getElementById(`goal-${added.id}`)?.focus(), {
        injector: this.#injector,
      });
  }
}
