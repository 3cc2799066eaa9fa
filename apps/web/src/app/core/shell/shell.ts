import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  DOCUMENT,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDivider } from '@angular/material/divider';
import { MatListItem, MatListItemIcon, MatListItemTitle, MatNavList } from '@angular/material/list';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatSidenav, MatSidenavContainer, MatSidenavContent } from '@angular/material/sidenav';
import { MatToolbar } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter, fromEvent, interval, map, merge } from 'rxjs';

import { Avatar } from '../../shared/avatar/avatar';
import { Icon } from '../../shared/icon/icon';
import { Logo } from '../../shared/logo/logo';
import { areasOpenTo } from '../areas/areas';
import { AuthStore } from '../auth/auth-store';
import { UnreadNotifications } from '../notifications/unread-notifications';

// Below this width the navigation slides over the page behind a menu button.
const HANDSET = '(max-width: 839.98px)';
// The unread count is asked for on every navigation and, while the page is
// visible, once a minute.
export const NOTIFICATIONS_POLL_MS = 60_000;

@Component({
  selector: 'app-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbar,
    MatSidenavContainer,
    MatSidenav,
    MatSidenavContent,
    MatNavList,
    MatListItem,
    MatListItemIcon,
    MatListItemTitle,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    MatDivider,
    MatButton,
    MatIconButton,
    Avatar,
    Icon,
    Logo,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  readonly #auth = inject(AuthStore);
  readonly #router = inject(Router);
  readonly #unread = inject(UnreadNotifications);

  protected readonly me = this.#auth.me;
  protected readonly unreadCount = this.#unread.count;
  protected readonly notificationsLabel = computed(() => {
    const count = this.unreadCount() ?? 0;
    return count > 0 ? `Notifications, ${count} unread` : 'Notifications';
  });
  protected readonly areas = computed(() => {
    const me = this.me();
    return me ? areasOpenTo(me) : [];
  });
  protected readonly isHandset = toSignal(
    inject(BreakpointObserver)
      .observe(HANDSET)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  // On a phone the navigation opens on demand; on a desktop it always shows.
  readonly #handsetNavigationOpen = signal(false);
  protected readonly navigationOpen = computed(() => !this.isHandset() || this.#handsetNavigationOpen());

  constructor() {
    const document = inject(DOCUMENT);
    const visible = () => document.visibilityState !== 'hidden';
    merge(
      this.#router.events.pipe(filter((event) => event instanceof NavigationEnd)),
      interval(NOTIFICATIONS_POLL_MS).pipe(filter(visible)),
      fromEvent(document, 'visibilitychange').pipe(filter(visible)),
    )
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.#unread.refresh());
    inject(DestroyRef).onDestroy(() => this.#unread.clear());
  }

  protected toggleNavigation(): void {
    this.#handsetNavigationOpen.update((open) => !open);
  }

  protected navigationOpenedChange(open: boolean): void {
    if (this.isHandset()) this.#handsetNavigationOpen.set(open);
  }

  protected closeNavigationOnHandset(): void {
    this.#handsetNavigationOpen.set(false);
  }

  protected async signOut(): Promise<void> {
    await this.#auth.signOut();
    await this.#router.navigateByUrl('/sign-in');
  }
}
