import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import type { Framework, GrowthPlan } from '@trellis/domain';

import { criterionName } from '../../me/data/ladder-lookup';
import { ACTION_KIND_LABELS, GROWTH_STATUS_LABELS } from '../../me/data/vocabulary';

// A report's growth plan, read-only: only its owner edits it.
@Component({
  selector: 'app-person-plan',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe],
  template: `
    @if (plan().goals.length === 0) {
      <p class="muted">
        {{ firstName() }} has no goals in a growth plan yet. Planning one together is a good topic for your
        next career conversation.
      </p>
    } @else {
      <ul class="goals">
        @for (goal of plan().goals; track goal.id) {
          <li class="goal">
            <h3>{{ goal.title }}</h3>
            <p class="muted">
              {{ criterion(goal.criterionId) }} · <span class="status">{{ statusLabels[goal.status] }}</span>
            </p>
            @if (goal.description) {
              <p class="description">{{ goal.description }}</p>
            }
            @if (goal.actions.length > 0) {
              <ul class="actions" [attr.aria-label]="'Actions toward ' + goal.title">
                @for (action of goal.actions; track action.id) {
                  <li [class.done]="action.status === 'done'">
                    <span class="action-title">{{ action.title }}</span>
                    <span class="muted">
                      {{ kindLabels[action.kind] }} · {{ statusLabels[action.status] }}
                      @if (action.dueOn) {
                        · due {{ action.dueOn | date: 'd MMM y' }}
                      }
                    </span>
                  </li>
                }
              </ul>
            } @else {
              <p class="muted">No actions planned yet.</p>
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .goals,
    .actions {
      display: flex;
      flex-direction: column;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .goals {
      gap: 16px;
    }
    .goal {
      padding-block-start: 12px;
      border-block-start: 1px solid var(--mat-sys-outline-variant);
    }
    .goal:first-child {
      padding: 0;
      border: none;
    }
    h3 {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .description {
      margin-block-start: 4px;
      white-space: pre-line;
    }
    .actions {
      gap: 8px;
      margin-block-start: 8px;
      padding-inline-start: 16px;
      border-inline-start: 3px solid var(--mat-sys-outline-variant);
    }
    .actions li {
      display: flex;
      flex-direction: column;
    }
    .action-title {
      font: var(--mat-sys-body-large);
    }
    .done .action-title {
      text-decoration: line-through;
    }
    .status {
      font-weight: 600;
    }
  `,
})
export class PersonPlan {
  readonly plan = input.required<GrowthPlan>();
  readonly framework = input.required<Framework | null>();
  readonly firstName = input.required<string>();

  protected readonly kindLabels = ACTION_KIND_LABELS;
  protected readonly statusLabels = GROWTH_STATUS_LABELS;

  protected criterion(criterionId: string): string {
    return criterionName(this.framework(), criterionId);
  }
}
