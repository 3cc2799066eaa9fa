import { afterNextRender, ChangeDetectionStrategy, Component, inject, Injector, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

export interface AreaLink {
  readonly path: string;
  readonly label: string;
  // An area's overview is active only on its own address, not on every page below it.
  readonly exact?: boolean;
}

// The pages of an area ("Me", "Team"…) under one row of links. Plain links in a
// navigation landmark (not ARIA tabs): each one loads a page of its own.
@Component({
  selector: 'app-area-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive],
  template: `
    <nav class="tabs" [attr.aria-label]="label()">
      <ul>
        @for (link of links(); track link.path) {
          <li>
            <a
              [routerLink]="link.path"
              routerLinkActive="active"
              [routerLinkActiveOptions]="{ exact: link.exact ?? false }"
              ariaCurrentWhenActive="page"
              #anchor
              (isActiveChange)="$event && reveal(anchor)"
              >{{ link.label }}</a
            >
          </li>
        }
      </ul>
    </nav>
  `,
  styles: `
    :host {
      display: block;
    }
    .tabs {
      margin: -8px 0 28px;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      overflow-x: auto;
      scrollbar-width: none;
    }
    ul {
      display: flex;
      gap: 4px;
      margin: 0;
      padding: 0 0 0 2px;
      list-style: none;
    }
    a {
      display: block;
      padding: 12px 14px;
      margin-block-end: -1px;
      border-block-end: 3px solid transparent;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-title-small);
      text-decoration: none;
      white-space: nowrap;
    }
    a:hover {
      color: var(--mat-sys-on-surface);
      background: var(--mat-sys-surface-container);
    }
    a.active {
      color: var(--mat-sys-primary);
      border-block-end-color: var(--mat-sys-primary);
    }
    a:focus-visible {
      outline-offset: -3px;
    }
  `,
})
export class AreaNav {
  readonly #injector = inject(Injector);

  readonly links = input.required<readonly AreaLink[]>();
  // The accessible name of the navigation landmark, e.g. "My growth".
  readonly label = input.required<string>();

  // On a phone the row scrolls sideways: keep the current page's link in view.
  protected reveal(link: HTMLElement): void {
    afterNextRender(() => link.scrollIntoView?.({ block: 'nearest', inline: 'nearest' }), {
      injector: this.#injector,
    });
  }
}
