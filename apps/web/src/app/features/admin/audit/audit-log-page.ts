import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { AUDIT_ACTIONS, type AdminPerson, type AuditEvent, type AuditQuery } from '@trellis/domain';

import { describeApiFailure } from '../../me/data/api-failure';
import { AdminApi } from '../data/admin-api';

const PAGE_SIZE = 50;

// "/admin/audit": who did what to which record, newest first.
@Component({
  selector: 'app-audit-log-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    MatProgressBar,
  ],
  templateUrl: './audit-log-page.html',
  styleUrl: './audit-log-page.scss',
})
export class AuditLogPage {
  readonly #api = inject(AdminApi);

  protected readonly actions = AUDIT_ACTIONS;
  protected readonly filters = new FormGroup({
    actorId: new FormControl('', { nonNullable: true }),
    subjectPersonId: new FormControl('', { nonNullable: true }),
    action: new FormControl('', { nonNullable: true }),
    from: new FormControl('', { nonNullable: true }),
    to: new FormControl('', { nonNullable: true }),
  });
  // The people to pick actors and subjects from.
  protected readonly people = signal<AdminPerson[]>([]);
  protected readonly events = signal<AuditEvent[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loading = signal(true);
  protected readonly failure = signal<string | null>(null);
  #generation = 0;

  constructor() {
    void this.loadPeople();
    void this.load(false);
  }

  protected async load(more: boolean): Promise<void> {
    const generation = ++this.#generation;
    const { actorId, subjectPersonId, action, from, to } = this.filters.getRawValue();
    const query: Partial<AuditQuery> = {
      limit: PAGE_SIZE,
      actorId: actorId || undefined,
      subjectPersonId: subjectPersonId || undefined,
      action: action || undefined,
      from: from || undefined,
      to: to || undefined,
      cursor: more ? (this.nextCursor() ?? undefined) : undefined,
    };
    this.loading.set(true);
    this.failure.set(null);
    try {
      const page = await firstValueFrom(this.#api.audit(query));
      if (generation !== this.#generation) return;
      this.events.set(more ? [...this.events(), ...page.items] : page.items);
      this.nextCursor.set(page.nextCursor);
    } catch (error) {
      if (generation === this.#generation) this.failure.set(describeApiFailure(error).message);
    } finally {
      if (generation === this.#generation) this.loading.set(false);
    }
  }

  protected clear(): void {
    this.filters.reset();
    void this.load(false);
  }

  // The list's first page is enough to pick from in a small organization; the ids stay filterable by link.
  private async loadPeople(): Promise<void> {
    try {
      this.people.set((await firstValueFrom(this.#api.people({ limit: 100 }))).items);
    } catch {
      // The filters fall back to "anyone"; the log itself reports its own failure.
    }
  }
}
