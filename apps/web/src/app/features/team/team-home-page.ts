import { ChangeDetectionStrategy, Component } from '@angular/core';

import { ComingSoon } from '../../shared/coming-soon/coming-soon';

@Component({
  selector: 'app-team-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ComingSoon],
  template: `
    <app-coming-soon
      heading="Your team"
      description="Each report's level, target, readiness and last career conversation at a glance, with the evidence waiting for your review."
    />
  `,
})
export class TeamHomePage {}
