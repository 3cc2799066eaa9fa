import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import { Icon } from '../icon/icon';

// Placeholder for an area whose pages are still being built.
@Component({
  selector: 'app-coming-soon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Icon],
  template: `
    <h1>{{ heading() }}</h1>
    <div class="panel">
      <app-icon name="eco" class="sprout" />
      <div>
        <h2>Coming soon</h2>
        <p>{{ description() }}</p>
      </div>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    h1 {
      font: var(--mat-sys-headline-medium);
      margin-block-end: 24px;
    }
    .panel {
      display: flex;
      gap: 16px;
      align-items: flex-start;
      max-width: 40rem;
      padding: 24px;
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container-low);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .sprout {
      width: 40px;
      height: 40px;
      color: var(--mat-sys-primary);
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin-block-end: 4px;
    }
    p {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ComingSoon {
  readonly heading = input.required<string>();
  readonly description = input.required<string>();
}
