import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';

import { AreaNav, type AreaLink } from '../../shared/area-layout/area-nav';

const LINKS: readonly AreaLink[] = [
  { path: '/admin', label: 'People', exact: true },
  { path: '/admin/audit', label: 'Audit log' },
  { path: '/admin/settings', label: 'Settings' },
];

// The pages of the "Admin" area under one row of links.
@Component({
  selector: 'app-admin-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, AreaNav],
  template: `
    <app-area-nav label="Admin" [links]="links" />
    <router-outlet />
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class AdminLayout {
  protected readonly links = LINKS;
}
