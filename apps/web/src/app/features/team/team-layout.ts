import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';

import { AreaNav, type AreaLink } from '../../shared/area-layout/area-nav';

const LINKS: readonly AreaLink[] = [
  { path: '/team', label: 'Overview', exact: true },
  { path: '/team/reviews', label: 'Reviews' },
  { path: '/team/conversations', label: 'Conversations' },
];

// The pages of the "Team" area under one row of links.
@Component({
  selector: 'app-team-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, AreaNav],
  template: `
    <app-area-nav label="My team" [links]="links" />
    <router-outlet />
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class TeamLayout {
  protected readonly links = LINKS;
}
