import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { MAX_PROFICIENCY } from '@trellis/domain';

// A proficiency (0 to 4) as a row of filled and empty steps. One image for
// assistive technology: "Proficiency 3 of 4".
@Component({
  selector: 'app-proficiency-meter',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg
      role="img"
      [attr.aria-label]="name()"
      [attr.viewBox]="'0 0 ' + width() + ' 10'"
      [attr.width]="width()"
      height="10"
    >
      @for (step of steps(); track step.index) {
        <rect [attr.x]="step.index * 14" y="0" width="12" height="10" rx="2" [class.filled]="step.filled" />
      }
    </svg>
  `,
  styles: `
    :host {
      display: inline-flex;
      vertical-align: middle;
    }
    rect {
      fill: none;
      stroke: var(--mat-sys-outline);
      stroke-width: 1;
    }
    rect.filled {
      fill: var(--mat-sys-primary);
      stroke: var(--mat-sys-primary);
    }
  `,
})
export class ProficiencyMeter {
  readonly value = input.required<number>();
  readonly max = input(MAX_PROFICIENCY);

  protected readonly width = computed(() => this.max() * 14 - 2);
  protected readonly name = computed(() => `Proficiency ${this.value()} of ${this.max()}`);
  protected readonly steps = computed(() =>
    Array.from({ length: this.max() }, (_, index) => ({ index, filled: index < this.value() })),
  );
}
