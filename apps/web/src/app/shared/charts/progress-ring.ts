import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

const RADIUS = 52;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

// A share from 0 to 1 as a ring with the percentage in its middle. One image
// for assistive technology, named by `label` and the percentage.
@Component({
  selector: 'app-progress-ring',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg role="img" [attr.aria-label]="name()" viewBox="0 0 120 120" focusable="false">
      <circle class="track" cx="60" cy="60" [attr.r]="radius" />
      <circle
        class="value"
        cx="60"
        cy="60"
        [attr.r]="radius"
        [attr.stroke-dasharray]="dash()"
        transform="rotate(-90 60 60)"
      />
      <text class="percent" x="60" y="60" text-anchor="middle" dominant-baseline="central">
        {{ percent() }}%
      </text>
    </svg>
  `,
  styles: `
    :host {
      display: inline-block;
      width: 120px;
      height: 120px;
    }
    svg {
      display: block;
      width: 100%;
      height: 100%;
    }
    circle {
      fill: none;
      stroke-width: 12;
    }
    .track {
      stroke: var(--mat-sys-surface-container-highest);
    }
    .value {
      stroke: var(--mat-sys-primary);
      stroke-linecap: round;
    }
    .percent {
      font: var(--mat-sys-headline-small);
      font-weight: 600;
      fill: var(--mat-sys-on-surface);
    }
  `,
})
export class ProgressRing {
  // From 0 to 1; anything else is clamped.
  readonly value = input.required<number>();
  // What the share is of, e.g. "Overall readiness".
  readonly label = input.required<string>();

  protected readonly radius = RADIUS;
  protected readonly percent = computed(() => {
    const value = this.value();
    return Number.isFinite(value) ? Math.round(Math.min(1, Math.max(0, value)) * 100) : 0;
  });
  protected readonly name = computed(() => `${this.label()}: ${this.percent()}%`);
  protected readonly dash = computed(() => {
    const filled = (this.percent() / 100) * CIRCUMFERENCE;
    return `${filled} ${CIRCUMFERENCE}`;
  });
}
