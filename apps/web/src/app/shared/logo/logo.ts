import { ChangeDetectionStrategy, Component } from '@angular/core';

// The Trellis mark: a lattice for things to grow along.
@Component({
  selector: 'app-logo',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'aria-hidden': 'true' },
  template: `
    <svg viewBox="0 0 32 32" focusable="false">
      <rect width="32" height="32" rx="9" class="tile" />
      <path class="lattice" d="M8 20 20 8M12 24 24 12M8 12l12 12M12 8l12 12" />
    </svg>
  `,
  styles: `
    :host {
      display: inline-flex;
      width: 32px;
      height: 32px;
      flex: none;
    }
    svg {
      width: 100%;
      height: 100%;
    }
    .tile {
      fill: var(--mat-sys-primary);
    }
    .lattice {
      fill: none;
      stroke: var(--mat-sys-on-primary);
      stroke-width: 2.5;
      stroke-linecap: round;
    }
  `,
})
export class Logo {}
