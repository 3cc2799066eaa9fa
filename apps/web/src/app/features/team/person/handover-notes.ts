import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { firstValueFrom } from 'rxjs';

import { HANDOVER_NOTE_BODY_MAX, type HandoverNote } from '@trellis/domain';

import { describeApiFailure, fieldMessage } from '../../me/data/api-failure';
import { TeamApi } from '../data/team-api';

const PAGE_SIZE = 10;

// Notes the direct manager leaves for whoever manages the person next. The
// person and their management chain read them; notes are never edited.
@Component({
  selector: 'app-handover-notes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatProgressBar,
  ],
  template: `
    <p class="muted">
      Context for whoever manages {{ firstName() }} next. {{ firstName() }} can read these notes too; they are
      never edited, a correction is a new note.
    </p>

    @if (canWrite()) {
      <form class="add" (submit)="$event.preventDefault(); add()">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>New handover note</mat-label>
          <textarea matInput [formControl]="body" rows="3"></textarea>
          <mat-hint>{{ firstName() }} and their future managers will read it.</mat-hint>
          @if (body.hasError('required')) {
            <mat-error>Write the note</mat-error>
          } @else if (body.hasError('maxlength')) {
            <mat-error>Keep the note under {{ max }} characters</mat-error>
          } @else if (body.hasError('server')) {
            <mat-error>{{ body.getError('server') }}</mat-error>
          }
        </mat-form-field>
        @if (failure(); as message) {
          <p class="error" role="alert">{{ message }}</p>
        }
        <div class="row">
          <button matButton="filled" type="submit" [disabled]="saving()" disabledInteractive>Add note</button>
          <span class="muted" aria-live="polite">{{ status() }}</span>
        </div>
      </form>
    }

    @if (firstPage.isLoading() && !firstPage.hasValue()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the handover notes" />
    } @else if (loadFailure(); as message) {
      <p class="error" role="alert">{{ message }}</p>
      <button matButton type="button" (click)="firstPage.reload()">Try again</button>
    } @else if (notes().length === 0) {
      <p class="muted empty">No handover notes yet.</p>
    } @else {
      <ul class="notes">
        @for (note of notes(); track note.id) {
          <li>
            <p class="body">{{ note.body }}</p>
            <p class="muted small">{{ note.authorName }} · {{ note.createdAt | date: 'd MMMM y' }}</p>
          </li>
        }
      </ul>
      @if (cursor()) {
        <button
          matButton="outlined"
          type="button"
          [disabled]="loadingMore()"
          disabledInteractive
          (click)="loadMore()"
        >
          Show older notes
        </button>
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .small {
      font: var(--mat-sys-body-small);
    }
    .error {
      color: var(--mat-sys-error);
    }
    .add {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin-block: 16px;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: center;
    }
    .empty {
      margin-block-start: 12px;
    }
    .notes {
      display: flex;
      flex-direction: column;
      gap: 12px;
      margin: 16px 0;
      padding: 0;
      list-style: none;
    }
    .notes li {
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container);
    }
    .body {
      white-space: pre-line;
    }
  `,
})
export class HandoverNotes {
  readonly #api = inject(TeamApi);

  readonly personId = input.required<string>();
  readonly firstName = input.required<string>();
  readonly canWrite = input(false);

  protected readonly max = HANDOVER_NOTE_BODY_MAX;
  protected readonly body = inject(NonNullableFormBuilder).control('', [
    Validators.required,
    Validators.maxLength(HANDOVER_NOTE_BODY_MAX),
  ]);
  protected readonly saving = signal(false);
  protected readonly status = signal('');
  protected readonly failure = signal<string | null>(null);

  protected readonly firstPage = rxResource({
    params: () => this.personId(),
    stream: ({ params }) => this.#api.handoverNotes(params, { limit: PAGE_SIZE }),
  });
  readonly #first = computed(() => (this.firstPage.hasValue() ? this.firstPage.value() : null));
  // Notes added here, newest first, above the pages read.
  readonly #added = linkedSignal<unknown, HandoverNote[]>({ source: this.#first, computation: () => [] });
  readonly #more = linkedSignal<unknown, HandoverNote[]>({ source: this.#first, computation: () => [] });
  protected readonly cursor = linkedSignal(() => this.#first()?.nextCursor ?? null);
  protected readonly notes = computed(() => [
    ...this.#added(),
    ...(this.#first()?.items ?? []),
    ...this.#more(),
  ]);
  protected readonly loadFailure = computed(() => {
    const error = this.firstPage.error();
    return error ? describeApiFailure(error).message : null;
  });
  protected readonly loadingMore = signal(false);

  protected async add(): Promise<void> {
    if (this.saving()) return;
    this.body.setValue(this.body.value.trim() ? this.body.value : '');
    if (this.body.invalid) {
      this.body.markAsTouched();
      return;
    }
    this.saving.set(true);
    this.failure.set(null);
    this.status.set('');
    try {
      const note = await firstValueFrom(
        this.#api.addHandoverNote(this.personId(), { body: this.body.value.trim() }),
      );
      this.#added.update((notes) => [note, ...notes]);
      this.body.reset('');
      this.status.set('Note added');
    } catch (error) {
      const failure = describeApiFailure(error);
      const message = fieldMessage(failure, 'body');
      if (message) {
        this.body.setErrors({ server: message });
        this.body.markAsTouched();
      } else {
        this.failure.set(failure.message);
      }
    } finally {
      this.saving.set(false);
    }
  }

  protected async loadMore(): Promise<void> {
    const cursor = this.cursor();
    if (!cursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    try {
      const page = await firstValueFrom(
        this.#api.handoverNotes(this.personId(), { limit: PAGE_SIZE, cursor }),
      );
      this.#more.update((notes) => [...notes, ...page.items]);
      this.cursor.set(page.nextCursor);
    } catch (error) {
      this.failure.set(describeApiFailure(error).message);
    } finally {
      this.loadingMore.set(false);
    }
  }
}
