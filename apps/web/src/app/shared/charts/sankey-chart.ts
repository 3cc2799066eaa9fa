import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  input,
  signal,
} from '@angular/core';

import { sankeyLayout, type SankeyInputLink, type SankeyOptions } from './sankey-layout';

export interface SankeyCategory {
  readonly key: string;
  readonly label: string;
}

// Colour-blind-safe (Okabe–Ito), dark enough on light and light enough on dark.
const PALETTE = ['#0072b2', '#009e73', '#e69f00', '#cc79a7', '#d55e00', '#56b4e9'] as const;
const LABEL_GAP = 6;
// Room each column needs for its nodes' labels; below it the chart scrolls sideways.
const COLUMN_WIDTH = 160;
// Roughly the advance of one character of the 13 px label font.
const CHAR_WIDTH = 7;

// A Sankey-style flow chart: columns of nodes, links as wide as their value,
// coloured by category with a legend. One image for assistive technology
// (role "img" named by `summary`): pages put the same flows in a table.
// On a narrow screen it keeps a readable width and scrolls sideways.
@Component({
  selector: 'app-sankey-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="legend" aria-hidden="true">
      @for (category of shownCategories(); track category.key) {
        <li><span class="swatch" [style.background]="category.colour"></span>{{ category.label }}</li>
      }
    </ul>
    <div class="frame" tabindex="0" role="group" [attr.aria-label]="'Scrollable chart: ' + summary()">
      <svg
        role="img"
        [attr.aria-label]="summary()"
        [attr.width]="layout().width"
        [attr.height]="layout().height"
        [attr.viewBox]="'0 0 ' + layout().width + ' ' + layout().height"
        focusable="false"
      >
        <g class="links">
          @for (link of layout().links; track link.key) {
            <path
              class="link"
              [attr.d]="link.path"
              [attr.stroke]="colourOf(link.category)"
              [attr.stroke-width]="link.width"
            >
              <title>{{ linkTitle(link.source, link.target, link.category, link.value) }}</title>
            </path>
          }
        </g>
        @for (node of layout().nodes; track node.key) {
          <g class="node" [class.return]="node.isReturn">
            <rect
              [attr.x]="node.x0"
              [attr.y]="node.y0"
              [attr.width]="node.x1 - node.x0"
              [attr.height]="node.y1 - node.y0 || 1"
              rx="2"
            >
              <title>{{ node.label }}: {{ node.value }}</title>
            </rect>
            <text
              [attr.x]="node.column === layout().columns - 1 ? node.x0 - gap : node.x1 + gap"
              [attr.y]="(node.y0 + node.y1) / 2"
              [attr.text-anchor]="node.column === layout().columns - 1 ? 'end' : 'start'"
              dominant-baseline="central"
            >
              {{ node.label }}
              <tspan class="value">{{ node.value }}</tspan>
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
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 6px 16px;
      margin: 0 0 12px;
      padding: 0;
      list-style: none;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .legend li {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .swatch {
      width: 14px;
      height: 14px;
      border-radius: 3px;
    }
    .frame {
      overflow-x: auto;
      border-radius: var(--mat-sys-corner-small);
    }
    svg {
      display: block;
    }
    .link {
      fill: none;
      stroke-opacity: 0.45;
      transition: stroke-opacity 120ms;
    }
    .link:hover {
      stroke-opacity: 0.8;
    }
    .node rect {
      fill: var(--mat-sys-on-surface-variant);
    }
    .node.return rect {
      fill: var(--mat-sys-outline);
    }
    text {
      font: var(--mat-sys-label-large);
      font-size: 13px;
      fill: var(--mat-sys-on-surface);
      paint-order: stroke;
      stroke: var(--mat-sys-surface);
      stroke-width: 4px;
      stroke-linejoin: round;
    }
    .value {
      fill: var(--mat-sys-on-surface-variant);
      font-weight: 400;
    }
  `,
})
export class SankeyChart {
  readonly links = input.required<readonly SankeyInputLink[]>();
  // In legend order; a link's colour is its category's place here.
  readonly categories = input.required<readonly SankeyCategory[]>();
  // The accessible name: what the chart shows, in a sentence or two.
  readonly summary = input.required<string>();
  readonly options = input<Partial<SankeyOptions>>({});

  protected readonly gap = LABEL_GAP;
  // Drawn at the width it is shown (1 unit = 1 px), so text keeps its size;
  // wider than the screen when the columns need it.
  readonly #available = signal(960);
  protected readonly layout = computed(() => {
    const options = { nodePadding: 22, ...this.options() };
    const fitted = sankeyLayout(this.links(), { ...options, width: this.#available() });
    const needed = fitted.columns * COLUMN_WIDTH;
    return needed > fitted.width ? sankeyLayout(this.links(), { ...options, width: needed }) : fitted;
  });
  // Labels sit between two columns: cut to the room there, the full name in the tooltip.
  readonly #labelChars = computed(() => {
    const { columns, width } = this.layout();
    const step = columns > 1 ? width / (columns - 1) : width;
    return Math.max(8, Math.floor((step - 14 - 2 * LABEL_GAP) / CHAR_WIDTH) - 3);
  });

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const measure = () => {
        if (host.clientWidth > 0) this.#available.set(Math.floor(host.clientWidth));
      };
      measure();
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(measure);
      observer.observe(host);
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }

  protected shortLabel(label: string): string {
    const max = this.#labelChars();
    return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
  }
  readonly #colours = computed(
    () =>
      new Map(this.categories().map((category, index) => [category.key, PALETTE[index % PALETTE.length]])),
  );
  // Only the categories that appear, so the legend never explains a colour that is not drawn.
  protected readonly shownCategories = computed(() => {
    const used = new Set(this.layout().links.map((link) => link.category));
    return this.categories()
      .filter((category) => used.has(category.key))
      .map((category) => ({ ...category, colour: this.colourOf(category.key) }));
  });
  readonly #labels = computed(() => new Map(this.layout().nodes.map((node) => [node.key, node.label])));
  readonly #categoryLabels = computed(
    () => new Map(this.categories().map((category) => [category.key, category.label])),
  );

  protected colourOf(category: string): string {
    return this.#colours().get(category) ?? PALETTE[PALETTE.length - 1];
  }

  protected linkTitle(source: string, target: string, category: string, value: number): string {
    const kind = this.#categoryLabels().get(category) ?? category;
    return `${this.#labels().get(source) ?? source} → ${this.#labels().get(target) ?? target}: ${value} (${kind})`;
  }
}
