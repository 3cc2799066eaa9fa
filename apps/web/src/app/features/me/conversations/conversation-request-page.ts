import { ChangeDetectionStrategy, Component } from '@angular/core';

import { ComingSoon } from '../../../shared/coming-soon/coming-soon';

// Placeholder: replaced as the IC journey lands (issue 5).
@Component({
  selector: 'app-conversation-request-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ComingSoon],
  template: `<app-coming-soon
    heading="Ask for a career conversation"
    description="This page is being built."
  />`,
})
export class ConversationRequestPage {}
