import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { initialsOf } from '@trellis/domain';

// Initials in a circle. Decorative: the name is always written next to it or
// in the control that holds it.
@Component({
  selector: 'app-avatar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'aria-hidden': 'true', '[class.small]': "size() === 'small'" },
  template: `{{ initials() }}`,
  styles: `
    :host {
      display: inline-grid;
      place-items: center;
      flex: none;
      width: 40px;
      height: 40px;
      border-radius: 50%;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      font: var(--mat-sys-title-small);
      letter-spacing: 0.02em;
      user-select: none;
    }
    :host(.small) {
      width: 32px;
      height: 32px;
      font: var(--mat-sys-label-medium);
    }
  `,
})
export class Avatar {
  readonly name = input.required<string>();
  readonly size = input<'small' | 'medium'>('medium');
  protected readonly initials = computed(() => initialsOf(this.name()));
}
