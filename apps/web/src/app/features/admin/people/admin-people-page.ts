import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { debounceTime, firstValueFrom } from 'rxjs';

import type { AdminPeopleQuery, AdminPerson, PersonStatus, Role } from '@trellis/domain';

import { describeApiFailure } from '../../me/data/api-failure';
import { AdminApi } from '../data/admin-api';
import { ROLE_LABELS, statusOf } from '../data/admin-labels';

const PAGE_SIZE = 25;

// "/admin": everyone of the organization, searchable, with roles and status.
@Component({
  selector: 'app-admin-people-page',
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
  templateUrl: './admin-people-page.html',
  styleUrl: './admin-people-page.scss',
})
export class AdminPeoplePage {
  readonly #api = inject(AdminApi);

  protected readonly roleLabels = ROLE_LABELS;
  protected readonly statusOf = statusOf;
  protected readonly filters = new FormGroup({
    query: new FormControl('', { nonNullable: true }),
    role: new FormControl<Role | ''>('', { nonNullable: true }),
    status: new FormControl<PersonStatus | ''>('', { nonNullable: true }),
  });
  protected readonly people = signal<AdminPerson[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loading = signal(true);
  protected readonly failure = signal<string | null>(null);
  // Each search supersedes the one before: a slow older answer must not overwrite it.
  #generation = 0;

  constructor() {
    this.filters.valueChanges
      .pipe(debounceTime(250), takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => void this.load(false));
    void this.load(false);
  }

  protected async load(more: boolean): Promise<void> {
    const generation = ++this.#generation;
    const { query, role, status } = this.filters.getRawValue();
    const request: Partial<AdminPeopleQuery> = {
      limit: PAGE_SIZE,
      query: query.trim() || undefined,
      role: role || undefined,
      status: status || undefined,
      cursor: more ? (this.nextCursor() ?? undefined) : undefined,
    };
    this.loading.set(true);
    this.failure.set(null);
    try {
      const page = await firstValueFrom(this.#api.people(request));
      if (generation !== this.#generation) return;
      this.people.set(more ? [...this.people(), ...page.items] : page.items);
      this.nextCursor.set(page.nextCursor);
    } catch (error) {
      if (generation === this.#generation) this.failure.set(describeApiFailure(error).message);
    } finally {
      if (generation === this.#generation) this.loading.set(false);
    }
  }
}
