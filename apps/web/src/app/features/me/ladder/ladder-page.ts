import { ChangeDetectionStrategy, Component } from '@angular/core';

import { ComingSoon } from '../../../shared/coming-soon/coming-soon';

// Placeholder: replaced as the IC journey lands (issue 5).
@Component({
  selector: 'app-ladder-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ComingSoon],
  template: `<app-coming-soon heading="Career ladder" description="This page is being built." />`,
})
export class LadderPage {}
