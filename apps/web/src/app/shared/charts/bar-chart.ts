import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export type BarTone = 'none' | 'low' | 'mid' | 'high';

export interface BarChartDatum {
  readonly key: string;
  readonly label: string;
  // From 0 to the chart's `max`.
  readonly value: number;
  // The value in words, drawn beside or inside the bar.
  readonly valueLabel: string;
  readonly tone: BarTone;
  // Drawn paler: shown for completeness, not part of the story (e.g. not expected).
  readonly muted?: boolean;
}

export interface BarChartMarker {
  readonly value: number;
  readonly label: string;
}

const HEADER = 24;
const ROW = 60;
const LABEL_BASELINE = 18;
const BAR_TOP = 28;
const BAR_HEIGHT = 22;
// Below this share of the width the value label goes after the bar, above it inside.
const INSIDE_FROM = 0.5;

interface Row extends BarChartDatum {
  readonly top: number;
  readonly share: number;
  readonly inside: boolean;
}

// A horizontal bar chart, one row per item, that reads at any width: the
// geometry is in percentages of the width and pixels of height, so the text
// never shrinks on a phone. It is one image for assistive technology (role
// "img" named by `summary`); pages put the data in a table beside it.
@Component({
  selector: 'app-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg role="img" [attr.aria-label]="summary()" width="100%" [attr.height]="height()" focusable="false">
      @for (tick of tickLines(); track tick) {
        <line class="tick" [attr.x1]="tick" [attr.x2]="tick" [attr.y1]="headerHeight" [attr.y2]="height()" />
      }
      @if (markerAt(); as marker) {
        <line
          class="marker"
          [attr.x1]="marker.x"
          [attr.x2]="marker.x"
          [attr.y1]="headerHeight - 6"
          [attr.y2]="height()"
        />
        <text class="marker-label" [attr.x]="marker.x" y="14" [attr.text-anchor]="marker.anchor">
          {{ marker.label }}
        </text>
      }
      @for (row of rows(); track row.key) {
        <g [class]="'row tone-' + row.tone" [class.muted]="row.muted">
          <text class="label" x="0" [attr.y]="row.top + labelBaseline">{{ row.label }}</text>
          <rect
            class="track"
            x="0"
            [attr.y]="row.top + barTop"
            width="100%"
            [attr.height]="barHeight"
            rx="4"
          />
          <rect
            class="bar"
            x="0"
            [attr.y]="row.top + barTop"
            [attr.width]="row.share > 0 ? percent(row.share) : 6"
            [attr.height]="barHeight"
            rx="4"
          />
          @if (row.inside) {
            <text
              class="value inside"
              [attr.x]="percent(row.share)"
              dx="-8"
              [attr.y]="row.top + barTop + 15"
              text-anchor="end"
            >
              {{ row.valueLabel }}
            </text>
          } @else {
            <text
              class="value"
              [attr.x]="row.share > 0 ? percent(row.share) : 6"
              dx="8"
              [attr.y]="row.top + barTop + 15"
            >
              {{ row.valueLabel }}
            </text>
          }
        </g>
      }
    </svg>
  `,
  styles: `
    :host {
      display: block;
    }
    svg {
      display: block;
      overflow: visible;
    }
    .tick {
      stroke: var(--mat-sys-outline-variant);
      stroke-width: 1;
    }
    .marker {
      stroke: var(--mat-sys-on-surface);
      stroke-width: 2;
      stroke-dasharray: 4 3;
    }
    .marker-label {
      font: var(--mat-sys-label-medium);
      fill: var(--mat-sys-on-surface);
    }
    .label {
      font: var(--mat-sys-title-small);
      fill: var(--mat-sys-on-surface);
    }
    .track {
      fill: var(--mat-sys-surface-container-highest);
    }
    .value {
      font: var(--mat-sys-label-large);
      fill: var(--mat-sys-on-surface);
    }
    .tone-none .bar {
      fill: var(--mat-sys-outline);
    }
    .tone-low .bar {
      fill: color-mix(in srgb, var(--mat-sys-primary) 50%, var(--mat-sys-surface));
    }
    .tone-mid .bar {
      fill: var(--mat-sys-primary);
    }
    .tone-mid .value.inside {
      fill: var(--mat-sys-on-primary);
    }
    .tone-high .bar {
      fill: var(--mat-sys-tertiary);
    }
    .tone-high .value.inside {
      fill: var(--mat-sys-on-tertiary);
    }
    .tone-none .value.inside {
      fill: var(--mat-sys-surface);
    }
    .muted {
      opacity: 0.6;
    }
  `,
})
export class BarChart {
  readonly data = input.required<readonly BarChartDatum[]>();
  readonly max = input.required<number>();
  // The accessible name: what the chart shows, in a sentence or two.
  readonly summary = input.required<string>();
  // Faint lines at these values, e.g. each step of an ordinal scale.
  readonly ticks = input<readonly number[]>([]);
  // A line that marks the bar to reach, with its label above the chart.
  readonly marker = input<BarChartMarker | null>(null);

  protected readonly headerHeight = HEADER;
  protected readonly labelBaseline = LABEL_BASELINE;
  protected readonly barTop = BAR_TOP;
  protected readonly barHeight = BAR_HEIGHT;

  protected readonly rows = computed<Row[]>(() =>
    this.data().map((datum, index) => {
      const share = this.#share(datum.value);
      return { ...datum, top: HEADER + index * ROW, share, inside: share >= INSIDE_FROM };
    }),
  );
  protected readonly height = computed(() => HEADER + this.data().length * ROW);
  protected readonly tickLines = computed(() =>
    this.ticks()
      .filter((tick) => tick > 0)
      .map((tick) => this.percent(this.#share(tick))),
  );
  protected readonly markerAt = computed(() => {
    const marker = this.marker();
    if (!marker) return null;
    const share = this.#share(marker.value);
    // Keep the label on the canvas near either edge.
    const anchor = share < 0.15 ? 'start' : share > 0.85 ? 'end' : 'middle';
    return { x: this.percent(share), label: marker.label, anchor };
  });

  protected percent(share: number): string {
    return `${Math.round(share * 10000) / 100}%`;
  }

  #share(value: number): number {
    const max = this.max();
    if (!(max > 0) || !Number.isFinite(value)) return 0;
    return Math.min(1, Math.max(0, value / max));
  }
}
