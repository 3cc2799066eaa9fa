import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';

import { GROWTH_STATUSES, type Goal, type GrowthAction, type GrowthStatus } from '@trellis/domain';

import type { ApiFailure } from '../data/api-failure';
import { ACTION_KIND_LABELS, GROWTH_STATUS_LABELS } from '../data/vocabulary';
import { ActionForm } from './action-form';
import { PlanStore } from './plan-store';

const today = () => new Date().toISOString().slice(0, 10);

// One action of a goal: its kind, due date and status, changed in place.
@Component({
  selector: 'app-action-row',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButton, MatCheckbox, MatFormField, MatLabel, MatInput, ActionForm],
  template: `
    @let action = this.action();
    @if (editing()) {
      <app-action-form [goal]="goal()" [action]="action" (closed)="editing.set(false)" />
    } @else {
      <div class="summary">
        <div class="text">
          <p class="kind">{{ kindLabels[action.kind] }}</p>
          <p class="title" [class.finished]="action.status === 'done' || action.status === 'dropped'">
            {{ action.title }}
          </p>
          <p class="dates">
            @if (action.dueOn) {
              <span>Due {{ action.dueOn | date: 'mediumDate' : 'UTC' }}</span>
              @if (overdue()) {
                <span class="overdue">Overdue</span>
              }
            } @else {
              <span>No due date</span>
            }
            @if (action.kind === 'informational_interview') {
              <span>
                Follow up
                {{ action.followUpOn ? (action.followUpOn | date: 'mediumDate' : 'UTC') : 'date not set' }}
              </span>
            }
          </p>
          @if (action.description) {
            <p class="notes">{{ action.description }}</p>
          }
        </div>
        <div class="controls">
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="status">
            <mat-label
              >Status<span class="visually-hidden"> of {{ action.title }}</span></mat-label
            >
            <select matNativeControl (change)="setStatus($event)" [disabled]="pending()">
              @for (status of statuses; track status) {
                <option [value]="status" [selected]="status === action.status">
                  {{ statusLabels[status] }}
                </option>
              }
            </select>
          </mat-form-field>
          @if (action.kind === 'informational_interview') {
            <mat-checkbox
              [checked]="action.thankYouSent"
              [disabled]="pending()"
              (change)="setThankYou($event.checked)"
            >
              Thank-you sent<span class="visually-hidden"> for {{ action.title }}</span>
            </mat-checkbox>
          }
          <button matButton type="button" (click)="editing.set(true)">
            Edit<span class="visually-hidden"> {{ action.title }}</span>
          </button>
        </div>
      </div>
      @if (failure(); as failure) {
        <div class="alert" role="alert">
          <p>{{ failure.message }}</p>
          @if (failure.status === 409) {
            <button matButton type="button" (click)="reload()">Reload</button>
          }
        </div>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      padding-block: 12px;
    }
    .summary {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      align-items: flex-start;
      justify-content: space-between;
    }
    .text {
      flex: 1 1 16rem;
      min-width: 0;
    }
    .kind {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-primary);
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }
    .title {
      font: var(--mat-sys-body-large);
      overflow-wrap: anywhere;
    }
    .finished {
      color: var(--mat-sys-on-surface-variant);
    }
    .dates,
    .notes {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .overdue {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
    }
    .status {
      width: 10rem;
    }
    .alert {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      margin-block-start: 8px;
      padding: 8px 12px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class ActionRow {
  readonly #store = inject(PlanStore);

  readonly goal = input.required<Goal>();
  readonly action = input.required<GrowthAction>();

  protected readonly kindLabels = ACTION_KIND_LABELS;
  protected readonly statusLabels = GROWTH_STATUS_LABELS;
  protected readonly statuses = GROWTH_STATUSES;
  protected readonly editing = signal(false);
  protected readonly pending = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly overdue = computed(() => {
    const { dueOn, status } = this.action();
    return dueOn !== null && dueOn < today() && (status === 'planned' || status === 'in_progress');
  });

  protected setStatus(event: Event): void {
    const status = (event.target as HTMLSelectElement).value as GrowthStatus;
    void this.#save({ status });
  }

  protected setThankYou(thankYouSent: boolean): void {
    void this.#save({ thankYouSent });
  }

  protected async reload(): Promise<void> {
    const result = await this.#store.reload();
    this.failure.set(result.ok ? null : result.failure);
  }

  async #save(patch: { status?: GrowthStatus; thankYouSent?: boolean }): Promise<void> {
    this.pending.set(true);
    this.failure.set(null);
    const result = await this.#store.updateAction(this.action(), patch);
    this.pending.set(false);
    if (!result.ok) this.failure.set(result.failure);
  }
}
