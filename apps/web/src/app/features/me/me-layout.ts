import { afterNextRender, ChangeDetectionStrategy, Component, inject, Injector } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

interface MeLink {
  readonly path: string;
  readonly label: string;
  // The overview is active only on /me itself, not on every page below it.
  readonly exact: boolean;
}

const LINKS: readonly MeLink[] = [
  { path: '/me', label: 'Overview', exact: true },
  { path: '/me/aspiration', label: 'Aspiration', exact: false },
  { path: '/me/plan', label: 'Growth plan', exact: false },
  { path: '/me/evidence', label: 'Evidence', exact: false },
  { path: '/me/readiness', label: 'Readiness', exact: false },
  { path: '/me/ladder', label: 'Ladder', exact: false },
  { path: '/me/conversations', label: 'Conversations', exact: false },
];

// The pages of the "Me" area under one row of links. Plain links in a
// navigation landmark (not ARIA tabs): each one loads a page of its own.
@Component({
  selector: 'app-me-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, RouterLink, RouterLinkActive],
  template: `
    <nav class="tabs" aria-label="My growth">
      <ul>
        @for (link of links; track link.path) {
          <li>
            <a
              [routerLink]="link.path"
              routerLinkActive="active"
              [routerLinkActiveOptions]="{ exact: link.exact }"
              ariaCurrentWhenActive="page"
              #anchor
              (isActiveChange)="$event && reveal(anchor)"
              >{{ link.label }}</a
            >
          </li>
        }
      </ul>
    </nav>
    <router-outlet />
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
export class MeLayout {
  readonly #injector = inject(Injector);
  protected readonly links = LINKS;

  // On a phone the row scrolls sideways: keep the current page's link in view.
  protected reveal(link: HTMLElement): void {
    afterNextRender(() => link.scrollIntoView?.({ block: 'nearest', inline: 'nearest' }), {
      injector: this.#injector,
    });
  }
}
