import { ChangeDetectionStrategy, Component, inject, OnInit } from '@angular/core';

import { AuthStore } from '../../../core/auth/auth-store';
import { Avatar } from '../../../shared/avatar/avatar';
import { Icon } from '../../../shared/icon/icon';

@Component({
  selector: 'app-me-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Avatar, Icon],
  templateUrl: './me-home-page.html',
  styleUrl: './me-home-page.scss',
})
export class MeHomePage implements OnInit {
  readonly #auth = inject(AuthStore);

  protected readonly me = this.#auth.me;

  ngOnInit(): void {
    // The session already holds the person; this picks up changes made since
    // (a new manager, a new report) without making the page wait for them.
    this.#auth.reload().catch(() => undefined);
  }
}
