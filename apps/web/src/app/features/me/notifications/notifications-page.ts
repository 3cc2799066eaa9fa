import { ChangeDetectionStrategy, Component } from '@angular/core';

import { ComingSoon } from '../../../shared/coming-soon/coming-soon';

// Placeholder: replaced as the IC journey lands (issue 5).
@Component({
  selector: 'app-notifications-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ComingSoon],
  template: `<app-coming-soon heading="Notifications" description="This page is being built." />`,
})
export class NotificationsPage {}
