import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import type { SankeyCategory } from './sankey-chart';

export interface StackedColumn {
  readonly key: string;
  readonly label: string;
  // Per category key; missing means 0.
  readonly values: Readonly<Record<string, number>>;
}

// Same palette and order as the Sankey chart, so one kind has one colour on a page.
const PALETTE = ['#0072b2', '#009e73', '#e69f00', '#cc79a7', '#d55e00', '#56b4e9'] as const;
const COLUMN = 64;
const BAR = 36;
const AXIS = 32;
const TOP = 12;
const PLOT = 160;
const FOOT = 28;

// Columns of stacked bars (e.g. moves per quarter by kind) with a light grid.
// One image for assistive technology; pages put the numbers in a table.
@Component({
  selector: 'app-stacked-column-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="frame" tabindex="0" role="group" [attr.aria-label]="'Scrollable chart: ' + summary()">
      <svg
        role="img"
        [attr.aria-label]="summary()"
        [attr.viewBox]="'0 0 ' + width() + ' ' + height"
        [style.min-width.px]="width()"
        [style.max-width.px]="width() * 1.5"
        focusable="false"
      >
        @for (tick of ticks(); track tick.value) {
          <line class="grid" [attr.x1]="axis" [attr.x2]="width()" [attr.y1]="tick.y" [attr.y2]="tick.y" />
          <text
            class="tick"
            [attr.x]="axis - 6"
            [attr.y]="tick.y"
            text-anchor="end"
            dominant-baseline="central"
          >
            {{ tick.value }}
          </text>
        }
        @for (column of bars(); track column.key) {
          <g>
            @for (segment of column.segments; track segment.category) {
              <rect
                [attr.x]="column.x"
                [attr.y]="segment.y"
                [attr.width]="bar"
                [attr.height]="segment.height"
                [attr.fill]="segment.colour"
              >
                <title>{{ column.label }}: {{ segment.value }} {{ segment.label }}</title>
              </rect>
            }
            <text class="total" [attr.x]="column.x + bar / 2" [attr.y]="column.top - 4" text-anchor="middle">
              {{ column.total || '' }}
            </text>
            <text class="label" [attr.x]="column.x + bar / 2" [attr.y]="plotBottom + 18" text-anchor="middle">
              {{ column.label }}
            </text>
          </g>
        }
      </svg>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .frame {
      overflow-x: auto;
    }
    svg {
      display: block;
      width: 100%;
      height: auto;
    }
    .grid {
      stroke: var(--mat-sys-outline-variant);
      stroke-width: 1;
    }
    text {
      font: var(--mat-sys-label-medium);
      font-size: 12px;
      fill: var(--mat-sys-on-surface-variant);
    }
    .total {
      fill: var(--mat-sys-on-surface);
      font-weight: 600;
    }
  `,
})
export class StackedColumnChart {
  readonly columns = input.required<readonly StackedColumn[]>();
  readonly categories = input.required<readonly SankeyCategory[]>();
  readonly summary = input.required<string>();

  protected readonly height = TOP + PLOT + FOOT;
  protected readonly axis = AXIS;
  protected readonly bar = BAR;
  protected readonly plotBottom = TOP + PLOT;
  protected readonly width = computed(() => AXIS + Math.max(4, this.columns().length) * COLUMN);

  readonly #max = computed(() => {
    const totals = this.columns().map((column) =>
      this.categories().reduce((sum, category) => sum + (column.values[category.key] ?? 0), 0),
    );
    return niceCeiling(Math.max(1, ...totals));
  });

  protected readonly ticks = computed(() => {
    const max = this.#max();
    const step = max / 4;
    return [0, 1, 2, 3, 4].map((i) => ({ value: step * i, y: TOP + PLOT - (PLOT * step * i) / max }));
  });

  protected readonly bars = computed(() => {
    const max = this.#max();
    return this.columns().map((column, index) => {
      let y = TOP + PLOT;
      const segments = this.categories().flatMap((category, order) => {
        const value = column.values[category.key] ?? 0;
        if (value <= 0) return [];
        const height = (PLOT * value) / max;
        y -= height;
        return [
          {
            category: category.key,
            label: category.label.toLowerCase(),
            value,
            y,
            height,
            colour: PALETTE[order % PALETTE.length],
          },
        ];
      });
      const total = segments.reduce((sum, segment) => sum + segment.value, 0);
      return {
        key: column.key,
        label: column.label,
        x: AXIS + index * COLUMN + (COLUMN - BAR) / 2,
        top: y,
        total,
        segments,
      };
    });
  });
}

// A round axis maximum at or above the value, in four whole steps (4, 8, 12, 16, 20, …).
export const niceCeiling = (value: number): number => {
  const step = Math.max(1, value / 4);
  const magnitude = 10 ** Math.floor(Math.log10(step));
  const nice =
    [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((m) => m * magnitude).find((candidate) => candidate >= step) ??
    step;
  return Math.max(4, Math.ceil(nice) * 4);
};
