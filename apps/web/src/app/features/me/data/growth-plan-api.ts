import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import type {
  Goal,
  GoalInput,
  GoalPatch,
  GrowthAction,
  GrowthActionInput,
  GrowthActionPatch,
  GrowthPlan,
} from '@trellis/domain';

// The growth plan: goals per criterion, and the actions that work toward them.
// Every edit sends the `version` it read; a stale one is answered 409.
@Injectable({ providedIn: 'root' })
export class GrowthPlanApi {
  readonly #http = inject(HttpClient);

  get(personId: string): Observable<GrowthPlan> {
    return this.#http.get<GrowthPlan>(`/api/people/${encodeURIComponent(personId)}/growth-plan`);
  }

  addGoal(personId: string, input: GoalInput): Observable<Goal> {
    return this.#http.post<Goal>(`/api/people/${encodeURIComponent(personId)}/growth-plan/goals`, input);
  }

  updateGoal(goalId: string, patch: GoalPatch): Observable<Goal> {
    return this.#http.patch<Goal>(`/api/goals/${encodeURIComponent(goalId)}`, patch);
  }

  addAction(goalId: string, input: GrowthActionInput): Observable<GrowthAction> {
    return this.#http.post<GrowthAction>(`/api/goals/${encodeURIComponent(goalId)}/actions`, input);
  }

  updateAction(actionId: string, patch: GrowthActionPatch): Observable<GrowthAction> {
    return this.#http.patch<GrowthAction>(`/api/actions/${encodeURIComponent(actionId)}`, patch);
  }
}
