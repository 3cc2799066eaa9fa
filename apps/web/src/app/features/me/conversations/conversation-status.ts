import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import type { ConversationStatus } from '@trellis/domain';

import { STATUS_LABELS } from './conversation-labels';

// The state of a conversation as a small coloured label; the word carries the
// meaning, the colour only repeats it.
@Component({
  selector: 'app-conversation-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': 'status()' },
  template: `{{ labels[status()] }}`,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      flex: none;
      height: 24px;
      padding-inline: 10px;
      border-radius: 12px;
      font: var(--mat-sys-label-large);
      white-space: nowrap;
    }
    :host(.requested) {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    :host(.scheduled) {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    :host(.held) {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    :host(.declined) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    :host(.cancelled) {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ConversationStatusLabel {
  readonly status = input.required<ConversationStatus>();
  protected readonly labels = STATUS_LABELS;
}
