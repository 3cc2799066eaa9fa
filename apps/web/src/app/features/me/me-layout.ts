import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';

import { AreaNav, type AreaLink } from '../../shared/area-layout/area-nav';

const LINKS: readonly AreaLink[] = [
  { path: '/me', label: 'Overview', exact: true },
  { path: '/me/aspiration', label: 'Aspiration' },
  { path: '/me/plan', label: 'Growth plan' },
  { path: '/me/evidence', label: 'Evidence' },
  { path: '/me/readiness', label: 'Readiness' },
  { path: '/me/ladder', label: 'Ladder' },
  { path: '/me/conversations', label: 'Conversations' },
];

// The pages of the "Me" area under one row of links.
@Component({
  selector: 'app-me-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, AreaNav],
  template: `
    <app-area-nav label="My growth" [links]="links" />
    <router-outlet />
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class MeLayout {
  protected readonly links = LINKS;
}
