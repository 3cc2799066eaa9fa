import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { FLOW_EXTERNAL, MOVE_KINDS, type MobilityPathsReport } from '@trellis/domain';

import { SankeyChart, type SankeyCategory } from '../../../shared/charts/sankey-chart';
import type { SankeyInputLink } from '../../../shared/charts/sankey-layout';
import { GROUPING_LABELS, MOVE_KIND_LABELS, movesOf } from '../data/mobility-query';

export const KIND_CATEGORIES: readonly SankeyCategory[] = MOVE_KINDS.map((kind) => ({
  key: kind,
  label: MOVE_KIND_LABELS[kind],
}));

// "Outside the company" is where hires come from and exits go: drawn as two
// nodes, one on each side, so that the chart reads left to right.
const HIRED_FROM = `${FLOW_EXTERNAL}:in`;
const LEFT_TO = `${FLOW_EXTERNAL}:out`;

// The flows of the paths report as a Sankey chart, with the same flows as a
// table for anyone who cannot see the chart or wants exact numbers.
@Component({
  selector: 'app-mobility-flows',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SankeyChart],
  template: `
    <app-sankey-chart [links]="links()" [categories]="categories" [summary]="summary()" />
    <details class="as-table">
      <summary>Show these flows as a table</summary>
      <div class="table-frame" tabindex="0" role="region" aria-label="Flows as a table">
        <table>
          <caption class="visually-hidden">
            {{
              summary()
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Kind of move</th>
              <th scope="col" class="number">Moves</th>
            </tr>
          </thead>
          <tbody>
            @for (flow of report().flows; track $index) {
              <tr>
                <td>{{ flow.fromLabel }}</td>
                <td>{{ flow.toLabel }}</td>
                <td>{{ kindLabels[flow.kind] }}</td>
                <td class="number">{{ flow.count }}</td>
              </tr>
            }
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colspan="3">All moves</th>
              <td class="number">{{ report().total }}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </details>
  `,
  styles: `
    :host {
      display: block;
    }
    .as-table {
      margin-block-start: 12px;
    }
    summary {
      cursor: pointer;
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-primary);
      padding-block: 4px;
    }
    .table-frame {
      margin-block-start: 8px;
      max-height: 28rem;
      overflow: auto;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    table {
      width: 100%;
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }
    th,
    td {
      padding: 8px 12px;
      text-align: start;
      border-block-start: 1px solid var(--mat-sys-outline-variant);
    }
    thead th {
      position: sticky;
      top: 0;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
      background: var(--mat-sys-surface-container);
      border: none;
    }
    tfoot > tr > * {
      font-weight: 600;
    }
    .number {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class MobilityFlows {
  readonly report = input.required<MobilityPathsReport>();

  protected readonly categories = KIND_CATEGORIES;
  protected readonly kindLabels = MOVE_KIND_LABELS;

  protected readonly links = computed<SankeyInputLink[]>(() =>
    this.report().flows.map((flow) => ({
      source: flow.from === FLOW_EXTERNAL ? HIRED_FROM : flow.from,
      target: flow.to === FLOW_EXTERNAL ? LEFT_TO : flow.to,
      sourceLabel: flow.from === FLOW_EXTERNAL ? 'Hired from outside' : flow.fromLabel,
      targetLabel: flow.to === FLOW_EXTERNAL ? 'Left the company' : flow.toLabel,
      value: flow.count,
      category: flow.kind,
    })),
  );

  // The accessible name: the total, then the busiest flows in words.
  protected readonly summary = computed(() => {
    const { flows, total, by } = this.report();
    const top = flows
      .slice(0, 3)
      .map((flow) => `${flow.fromLabel} to ${flow.toLabel}: ${movesOf(flow.kind, flow.count)}`)
      .join('; ');
    return (
      `Flow chart of ${total} ${total === 1 ? 'move' : 'moves'} between ${GROUPING_LABELS[by].toLowerCase()}` +
      (top ? `. Largest flows: ${top}.` : '.') +
      ' The table below lists every flow.'
    );
  });
}
