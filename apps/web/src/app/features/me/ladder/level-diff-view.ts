import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatCheckbox } from '@angular/material/checkbox';

import type { LevelDiff } from '@trellis/domain';

import { ProficiencyMeter } from '../../../shared/charts/proficiency-meter';
import { byTheme } from '../data/ladder-lookup';
import { LEVEL_CHANGE_LABELS } from '../data/vocabulary';

const TRACK_KIND_WORDS = { ic: 'individual contributor', management: 'management' } as const;

// The kind of move in a sentence: a promotion, a track switch or a lateral move.
export const describeMove = (diff: LevelDiff): string => {
  const { from, to } = diff;
  if (from.levelId === to.levelId) return `${from.levelName} compared with itself.`;
  if (!diff.sameDiscipline)
    return `A move across disciplines, from ${from.discipline} to ${to.discipline}: the same criteria, with the expectations of ${to.levelName}.`;
  if (!diff.sameTrack)
    return `A switch from the ${TRACK_KIND_WORDS[from.trackKind]} track to the ${TRACK_KIND_WORDS[to.trackKind]} track in ${to.discipline}.`;
  return to.rank > from.rank ? `A step up within ${to.trackName}.` : `A step down within ${to.trackName}.`;
};

// What changes per criterion from one level to another, side by side.
@Component({
  selector: 'app-level-diff-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCheckbox, ProficiencyMeter],
  template: `
    @let diff = this.diff();
    <div class="intro">
      <p class="move">{{ move() }}</p>
      <mat-checkbox [checked]="onlyChanges()" (change)="onlyChanges.set($event.checked)">
        Only criteria that change
      </mat-checkbox>
    </div>
    @for (group of groups(); track group.theme) {
      <p class="theme">{{ group.theme }}</p>
      <ul class="criteria">
        @for (criterion of group.items; track criterion.criterionId) {
          <li class="criterion">
            <div class="head">
              <h3>{{ criterion.name }}</h3>
              <span class="change" [attr.data-change]="criterion.change">{{
                changeLabels[criterion.change]
              }}</span>
            </div>
            <div class="sides">
              <div class="side">
                <p class="at">
                  At {{ diff.from.levelName }}
                  @if (criterion.from) {
                    <app-proficiency-meter [value]="criterion.from.proficiency" />
                  }
                </p>
                <p>
                  {{
                    criterion.from && criterion.from.proficiency > 0
                      ? criterion.from.description
                      : 'Not expected.'
                  }}
                </p>
              </div>
              <div class="side">
                <p class="at">
                  At {{ diff.to.levelName }}
                  @if (criterion.to) {
                    <app-proficiency-meter [value]="criterion.to.proficiency" />
                  }
                </p>
                <p>
                  {{
                    criterion.to && criterion.to.proficiency > 0 ? criterion.to.description : 'Not expected.'
                  }}
                </p>
              </div>
            </div>
          </li>
        }
      </ul>
    } @empty {
      <p class="none">Nothing changes between these two levels.</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .intro {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 24px;
      align-items: center;
      justify-content: space-between;
      margin-block-end: 8px;
    }
    .move {
      font: var(--mat-sys-body-large);
    }
    .theme {
      margin-block: 16px 8px;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-primary);
      text-transform: uppercase;
      letter-spacing: 0.06em;
    }
    .criteria {
      display: grid;
      gap: 12px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .criterion {
      padding: 16px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: baseline;
      justify-content: space-between;
    }
    h3 {
      font: var(--mat-sys-title-medium);
    }
    .change {
      padding: 2px 10px;
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-medium);
      background: var(--mat-sys-surface-container-highest);
    }
    .change[data-change='raised'],
    .change[data-change='new'] {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .sides {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
      gap: 12px 24px;
      margin-block-start: 8px;
      font: var(--mat-sys-body-medium);
    }
    .at {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      margin-block-end: 4px;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .none {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class LevelDiffView {
  readonly diff = input.required<LevelDiff>();

  protected readonly changeLabels = LEVEL_CHANGE_LABELS;
  protected readonly onlyChanges = signal(false);
  protected readonly move = computed(() => describeMove(this.diff()));
  protected readonly groups = computed(() =>
    byTheme(
      this.diff().criteria.filter((criterion) => !this.onlyChanges() || criterion.change !== 'same'),
      (criterion) => criterion.theme,
    ),
  );
}
