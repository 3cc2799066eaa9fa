import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'app-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, RouterLink],
  template: `
    <p class="code">404</p>
    <h1>We can't find that page</h1>
    <p class="lead">The address may be mistyped, or the page may have moved or be out of your reach.</p>
    <a matButton="filled" routerLink="/me">Go to your home page</a>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 12px;
      max-width: 36rem;
      padding-block: 32px;
    }
    .code {
      font: var(--mat-sys-display-medium);
      color: var(--mat-sys-primary);
    }
    h1 {
      font: var(--mat-sys-headline-medium);
    }
    .lead {
      color: var(--mat-sys-on-surface-variant);
      margin-block-end: 12px;
    }
  `,
})
export class NotFoundPage {}
