import { ChangeDetectionStrategy, Component } from '@angular/core';

import { ComingSoon } from '../../shared/coming-soon/coming-soon';

@Component({
  selector: 'app-hr-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ComingSoon],
  template: `
    <app-coming-soon
      heading="Mobility"
      description="Paths between levels, tracks and teams; per-team precedent; open positions with their internal bench; career-conversation coverage."
    />
  `,
})
export class HrHomePage {}
