import { ChangeDetectionStrategy, Component } from '@angular/core';

import { ComingSoon } from '../../shared/coming-soon/coming-soon';

@Component({
  selector: 'app-admin-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ComingSoon],
  template: `
    <app-coming-soon
      heading="Administration"
      description="Users and roles, single sign-on, data export and erasure for your organization."
    />
  `,
})
export class AdminHomePage {}
