import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { firstValueFrom } from 'rxjs';

import { CONVERSATION_INTERVAL_MAX_DAYS, CONVERSATION_INTERVAL_MIN_DAYS } from '@trellis/domain';

import { describeApiFailure } from '../../me/data/api-failure';
import { AdminApi } from '../data/admin-api';

// "/admin/settings": the organization's career-conversation interval (HR and admins may change it).
@Component({
  selector: 'app-organization-settings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatLabel,
    MatSuffix,
    MatInput,
    MatProgressBar,
  ],
  templateUrl: './organization-settings-page.html',
  styles: `
    :host {
      display: block;
      max-width: 640px;
    }
    .lead,
    .saved {
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
    mat-form-field {
      display: block;
      max-width: 320px;
    }
  `,
})
export class OrganizationSettingsPage {
  readonly #api = inject(AdminApi);

  protected readonly min = CONVERSATION_INTERVAL_MIN_DAYS;
  protected readonly max = CONVERSATION_INTERVAL_MAX_DAYS;
  protected readonly interval = new FormControl<number | null>(null, [
    Validators.required,
    Validators.min(CONVERSATION_INTERVAL_MIN_DAYS),
    Validators.max(CONVERSATION_INTERVAL_MAX_DAYS),
    Validators.pattern(/^\d+$/),
  ]);
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly loadFailure = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly saved = signal(false);

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.loadFailure.set(null);
    try {
      const settings = await firstValueFrom(this.#api.settings());
      this.interval.reset(settings.conversationIntervalDays);
    } catch (error) {
      this.loadFailure.set(describeApiFailure(error).message);
    } finally {
      this.loading.set(false);
    }
  }

  protected async save(): Promise<void> {
    this.interval.markAsTouched();
    const days = this.interval.value;
    if (this.interval.invalid || days === null) return;
    this.saving.set(true);
    this.saved.set(false);
    this.failure.set(null);
    try {
      const settings = await firstValueFrom(
        this.#api.saveSettings({ conversationIntervalDays: Number(days) }),
      );
      this.interval.reset(settings.conversationIntervalDays);
      this.saved.set(true);
    } catch (error) {
      const failure = describeApiFailure(error);
      this.failure.set(failure.fields[0]?.message ?? failure.message);
    } finally {
      this.saving.set(false);
    }
  }
}
