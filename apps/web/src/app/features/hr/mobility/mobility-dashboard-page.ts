import { ChangeDetectionStrategy, Component } from '@angular/core';

import { ComingSoon } from '../../../shared/coming-soon/coming-soon';

@Component({
  selector: 'app-mobility-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ComingSoon],
  template: `<app-coming-soon
    heading="Mobility"
    description="Paths between levels, tracks and teams, and per-team precedent."
  />`,
})
export class MobilityDashboardPage {}
