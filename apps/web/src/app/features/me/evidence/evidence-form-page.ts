import { ChangeDetectionStrategy, Component } from '@angular/core';

import { ComingSoon } from '../../../shared/coming-soon/coming-soon';

// Placeholder: replaced as the IC journey lands (issue 5).
@Component({
  selector: 'app-evidence-form-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ComingSoon],
  template: `<app-coming-soon heading="Log evidence" description="This page is being built." />`,
})
export class EvidenceFormPage {}
