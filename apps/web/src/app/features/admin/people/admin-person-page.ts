import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { normalizeRoles, type AdminPerson, type AdminPersonPatch, type Role } from '@trellis/domain';

import { AuthStore } from '../../../core/auth/auth-store';
import { describeApiFailure } from '../../me/data/api-failure';
import { AdminApi } from '../data/admin-api';
import { ROLE_LABELS, statusOf } from '../data/admin-labels';

// The API's own reason (a 409 here says why: "You cannot remove your own admin role…").
const reasonOf = (error: unknown): string => {
  const body = (error as { error?: { detail?: unknown } } | null)?.error;
  return typeof body?.detail === 'string' && (error as { status?: number }).status === 409
    ? body.detail
    : describeApiFailure(error).message;
};

// "/admin/people/:personId": one account — roles, access, GDPR export and erasure.
@Component({
  selector: 'app-admin-person-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    FormsModule,
    RouterLink,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatInput,
    MatProgressBar,
  ],
  templateUrl: './admin-person-page.html',
  styleUrl: './admin-person-page.scss',
})
export class AdminPersonPage {
  readonly #api = inject(AdminApi);
  readonly #me = inject(AuthStore).me;

  readonly personId = input.required<string>();

  protected readonly roleLabels = ROLE_LABELS;
  protected readonly statusOf = statusOf;
  protected readonly person = signal<AdminPerson | null>(null);
  protected readonly loadFailure = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly roles = signal<Role[]>([]);
  protected readonly confirmingAccess = signal(false);
  protected readonly confirmEmail = signal('');

  protected readonly isMe = computed(() => this.person()?.id === this.#me()?.id);
  protected readonly rolesChanged = computed(
    () => normalizeRoles(this.roles()).join() !== normalizeRoles(this.person()?.roles ?? []).join(),
  );
  protected readonly emailMatches = computed(
    () => this.confirmEmail().trim().toLowerCase() === (this.person()?.email ?? '').toLowerCase(),
  );

  constructor() {
    effect(() => void this.load(this.personId()));
  }

  protected async load(id: string): Promise<void> {
    this.loadFailure.set(null);
    try {
      this.show(await firstValueFrom(this.#api.person(id)));
    } catch (error) {
      this.loadFailure.set(
        describeApiFailure(error).status === 404
          ? 'There is no such person.'
          : describeApiFailure(error).message,
      );
    }
  }

  protected toggleRole(role: Role, on: boolean): void {
    this.roles.set(on ? [...this.roles(), role] : this.roles().filter((r) => r !== role));
  }

  protected saveRoles(): Promise<void> {
    return this.change({ roles: normalizeRoles(this.roles()) }, 'Roles saved.');
  }

  protected setActive(active: boolean): Promise<void> {
    this.confirmingAccess.set(false);
    return this.change(
      { active },
      active ? 'Reactivated: they can sign in again.' : 'Deactivated: every session has ended.',
    );
  }

  protected async exportData(): Promise<void> {
    const person = this.person();
    if (!person) return;
    await this.run(async () => {
      const document = await firstValueFrom(this.#api.exportPerson(person.id));
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' }),
      );
      const link = Object.assign(window.document.createElement('a'), {
        href: url,
        download: `trellis-person-${person.id}-${document.exportedAt.slice(0, 10)}.json`,
      });
      link.click();
      URL.revokeObjectURL(url);
      this.message.set('Export downloaded: everything Trellis holds about them, except private notes.');
    });
  }

  protected async erase(): Promise<void> {
    const person = this.person();
    if (!person || !this.emailMatches()) return;
    await this.run(async () => {
      this.show(await firstValueFrom(this.#api.erase(person.id, { confirmEmail: this.confirmEmail() })));
      this.confirmEmail.set('');
      this.message.set('Erased: their identity is anonymised and their own texts are gone.');
    });
  }

  private change(patch: AdminPersonPatch, done: string): Promise<void> {
    const person = this.person();
    if (!person) return Promise.resolve();
    return this.run(async () => {
      this.show(await firstValueFrom(this.#api.update(person.id, patch)));
      this.message.set(done);
    });
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.message.set(null);
    this.failure.set(null);
    try {
      await work();
    } catch (error) {
      this.failure.set(reasonOf(error));
    } finally {
      this.busy.set(false);
    }
  }

  private show(person: AdminPerson): void {
    this.person.set(person);
    this.roles.set([...person.roles]);
  }
}
