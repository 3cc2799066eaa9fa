import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { Router } from '@angular/router';

import { AuthStore } from '../../core/auth/auth-store';
import { Icon } from '../../shared/icon/icon';
import { Logo } from '../../shared/logo/logo';
import { describeSignInFailure } from './sign-in-error';

type Field = 'email' | 'password';

// Only paths inside the app: "//evil.example" or "https://…" would turn the
// sign-in page into an open redirect.
const safeReturnUrl = (url: string | undefined): string =>
  url && /^\/(?![/\\])/.test(url) && !url.startsWith('/sign-in') ? url : '/me';

@Component({
  selector: 'app-sign-in-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatError,
    MatSuffix,
    MatInput,
    MatButton,
    MatIconButton,
    MatProgressSpinner,
    Icon,
    Logo,
  ],
  templateUrl: './sign-in-page.html',
  styleUrl: './sign-in-page.scss',
})
export class SignInPage {
  readonly #auth = inject(AuthStore);
  readonly #router = inject(Router);

  // Bound from the `?returnUrl=` query parameter by the router.
  readonly returnUrl = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly pending = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly passwordVisible = signal(false);
  protected readonly passwordType = computed(() => (this.passwordVisible() ? 'text' : 'password'));

  private readonly emailInput = viewChild.required<ElementRef<HTMLInputElement>>('emailInput');
  private readonly passwordInput = viewChild.required<ElementRef<HTMLInputElement>>('passwordInput');

  protected togglePasswordVisibility(): void {
    this.passwordVisible.update((visible) => !visible);
  }

  protected async submit(): Promise<void> {
    if (this.pending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.#focus(this.form.controls.email.invalid ? 'email' : 'password');
      return;
    }

    const { email, password } = this.form.getRawValue();
    this.failure.set(null);
    this.pending.set(true);
    try {
      await this.#auth.signIn(email.trim(), password);
      await this.#router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (error) {
      const { message, fields } = describeSignInFailure(error);
      this.failure.set(message);
      for (const { path, message: fieldMessage } of fields) {
        if (path === 'email' || path === 'password') {
          this.form.controls[path].setErrors({ server: fieldMessage });
          this.form.controls[path].markAsTouched();
        }
      }
    } finally {
      this.pending.set(false);
    }
  }

  #focus(field: Field): void {
    (field === 'email' ? this.emailInput() : this.passwordInput()).nativeElement.focus();
  }
}
