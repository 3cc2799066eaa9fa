import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDivider } from '@angular/material/divider';
import { MatListItem, MatListItemIcon, MatListItemTitle, MatNavList } from '@angular/material/list';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatSidenav, MatSidenavContainer, MatSidenavContent } from '@angular/material/sidenav';
import { MatToolbar } from '@angular/material/toolbar';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { map } from 'rxjs';

import { Avatar } from '../../shared/avatar/avatar';
import { Icon } from '../../shared/icon/icon';
import { Logo } from '../../shared/logo/logo';
import { areasOpenTo } from '../areas/areas';
import { AuthStore } from '../auth/auth-store';

// Below this width the navigation slides over the page behind a menu button.
const HANDSET = '(max-width: 839.98px)';

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

  protected readonly me = this.#auth.me;
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
