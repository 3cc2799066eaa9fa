import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { MOVE_KINDS } from '@trellis/domain';

import { StackedColumnChart, type StackedColumn } from '../../../shared/charts/stacked-column-chart';
import type { QuarterMoves } from '../data/mobility-api';
import { MOVE_KIND_LABELS } from '../data/mobility-query';
import { KIND_CATEGORIES } from './mobility-flows';

// Moves per quarter by kind, as stacked columns with the numbers in a table.
@Component({
  selector: 'app-mobility-trends',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StackedColumnChart],
  template: `
    <app-stacked-column-chart [columns]="columns()" [categories]="categories" [summary]="summary()" />
    <details class="as-table">
      <summary>Show moves per quarter as a table</summary>
      <div class="table-frame" tabindex="0" role="region" aria-label="Moves per quarter as a table">
        <table>
          <caption class="visually-hidden">
            Moves per quarter, by kind
          </caption>
          <thead>
            <tr>
              <th scope="col">Quarter</th>
              @for (kind of kinds; track kind) {
                <th scope="col" class="number">{{ kindLabels[kind] }}</th>
              }
              <th scope="col" class="number">All moves</th>
            </tr>
          </thead>
          <tbody>
            @for (row of quarters(); track row.quarter.key) {
              <tr>
                <th scope="row">{{ row.quarter.label }}</th>
                @for (kind of kinds; track kind) {
                  <td class="number">{{ row.byKind[kind] ?? 0 }}</td>
                }
                <td class="number">{{ row.total }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </details>
  `,
  styles: `
    :host {
      display: block;
    }
    .as-table {
      margin-block-start: 8px;
    }
    summary {
      cursor: pointer;
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-primary);
      padding-block: 4px;
    }
    .table-frame {
      margin-block-start: 8px;
      overflow-x: auto;
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
      white-space: nowrap;
    }
    thead th {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
      background: var(--mat-sys-surface-container);
      border: none;
    }
    tbody th {
      font-weight: normal;
    }
    .number {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class MobilityTrends {
  readonly quarters = input.required<readonly QuarterMoves[]>();

  protected readonly kinds = MOVE_KINDS;
  protected readonly kindLabels = MOVE_KIND_LABELS;
  protected readonly categories = KIND_CATEGORIES;

  protected readonly columns = computed<StackedColumn[]>(() =>
    this.quarters().map((row) => ({ key: row.quarter.key, label: row.quarter.label, values: row.byKind })),
  );

  protected readonly summary = computed(() => {
    const rows = this.quarters();
    const total = rows.reduce((sum, row) => sum + row.total, 0);
    const busiest = rows.reduce<QuarterMoves | null>(
      (best, row) => (!best || row.total > best.total ? row : best),
      null,
    );
    const first = rows[0]?.quarter.label ?? '';
    const last = rows[rows.length - 1]?.quarter.label ?? '';
    return (
      `Column chart of moves per quarter by kind, ${first} to ${last}: ${total} moves in all` +
      (busiest && busiest.total > 0 ? `, most in ${busiest.quarter.label} (${busiest.total}).` : '.') +
      ' The table below lists every quarter.'
    );
  });
}
