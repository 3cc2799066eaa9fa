import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter } from 'rxjs';

interface TeamLink {
  readonly path: string;
  readonly label: string;
  readonly exact: boolean;
}

const LINKS: readonly TeamLink[] = [
  { path: '/team', label: 'Overview', exact: true },
  { path: '/team/reviews', label: 'Reviews', exact: false },
  { path: '/team/conversations', label: 'Conversations', exact: false },
];

// The pages of the "Team" area under one row of links (a navigation landmark
// of plain links, as in the "Me" area).
@Component({
  selector: 'app-team-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, RouterLink, RouterLinkActive],
  template: `
    <nav class="tabs" aria-label="My team">
      <ul>
        @for (link of links; track link.path) {
          <li>
            <a
              [routerLink]="link.path"
              routerLinkActive="active"
              [routerLinkActiveOptions]="{ exact: link.exact }"
              ariaCurrentWhenActive="page"
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
export class TeamLayout {
  protected readonly links = LINKS;

  constructor() {
    // On a phone the row scrolls sideways: keep the current page's link in view.
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    const injector = inject(Injector);
    const reveal = () =>
      afterNextRender(
        () => host.querySelector('.tabs a.active')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' }),
        { injector },
      );
    reveal();
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(reveal);
  }
}
