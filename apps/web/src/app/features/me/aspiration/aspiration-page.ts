import { ChangeDetectionStrategy, Component } from '@angular/core';

import { ComingSoon } from '../../../shared/coming-soon/coming-soon';

// Placeholder: replaced as the IC journey lands (issue 5).
@Component({
  selector: 'app-aspiration-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ComingSoon],
  template: `<app-coming-soon heading="Where you want to go" description="This page is being built." />`,
})
export class AspirationPage {}
