import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';

import { AreaNav, type AreaLink } from '../../shared/area-layout/area-nav';

const LINKS: readonly AreaLink[] = [
  { path: '/hr', label: 'Mobility', exact: true },
  { path: '/hr/positions', label: 'Positions' },
  { path: '/hr/ladder', label: 'Ladder' },
  { path: '/hr/import', label: 'Import people' },
];

// The pages of the "HR" area under one row of links.
@Component({
  selector: 'app-hr-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, AreaNav],
  template: `
    <app-area-nav label="HR" [links]="links" />
    <router-outlet />
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class HrLayout {
  protected readonly links = LINKS;
}
