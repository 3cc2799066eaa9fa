import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, linkedSignal } from '@angular/core';
import { MatButton } from '@angular/material/button';

import type { PeopleImportError } from '@trellis/domain';

const PAGE_SIZE = 50;

// The bad rows of a file, a page at a time: a file of 10,000 rows may have as many errors.
@Component({
  selector: 'app-import-error-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, MatButton],
  template: `
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Column</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          @for (error of shown(); track $index) {
            <tr>
              <td class="line">{{ error.line }}</td>
              <td>{{ error.column ?? '—' }}</td>
              <td>{{ error.reason }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
    @if (pages() > 1) {
      <nav class="pager" aria-label="Pages of problems">
        <button matButton="outlined" type="button" [disabled]="page() === 0" (click)="page.set(page() - 1)">
          Previous
        </button>
        <span aria-live="polite">
          {{ first() | number }}–{{ last() | number }} of {{ errors().length | number }}
        </span>
        <button
          matButton="outlined"
          type="button"
          [disabled]="page() === pages() - 1"
          (click)="page.set(page() + 1)"
        >
          Next
        </button>
      </nav>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }
    th,
    td {
      padding: 8px 12px;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
      vertical-align: top;
    }
    th {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .line {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .pager {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: center;
      margin-block-start: 12px;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `,
})
export class ImportErrorTable {
  readonly errors = input.required<readonly PeopleImportError[]>();
  readonly caption = input('Problems in the file, by line');

  // Back to the first page whenever the errors change.
  protected readonly page = linkedSignal({ source: this.errors, computation: () => 0 });
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.errors().length / PAGE_SIZE)));
  protected readonly shown = computed(() =>
    this.errors().slice(this.page() * PAGE_SIZE, (this.page() + 1) * PAGE_SIZE),
  );
  protected readonly first = computed(() => this.page() * PAGE_SIZE + 1);
  protected readonly last = computed(() => Math.min(this.errors().length, (this.page() + 1) * PAGE_SIZE));
}
