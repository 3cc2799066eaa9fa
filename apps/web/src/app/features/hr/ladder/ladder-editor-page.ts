import { ChangeDetectionStrategy, Component } from '@angular/core';

import { ComingSoon } from '../../../shared/coming-soon/coming-soon';

@Component({
  selector: 'app-ladder-editor-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ComingSoon],
  template: `<app-coming-soon
    heading="Ladder draft"
    description="Edit a draft, see its changes, publish."
  />`,
})
export class LadderEditorPage {}
