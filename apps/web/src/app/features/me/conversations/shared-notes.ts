import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { firstValueFrom } from 'rxjs';

import { NOTES_BODY_MAX, type Notes } from '@trellis/domain';

import { Icon } from '../../../shared/icon/icon';
import { describeApiFailure, fieldMessage } from '../data/api-failure';
import { ConversationsApi } from '../data/conversations-api';

// The notes both participants see. Versioned: when the other person saved in
// between, the save is refused (409) and both texts are shown, so that nobody's
// words are silently lost.
@Component({
  selector: 'app-shared-notes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    DatePipe,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatProgressBar,
    Icon,
  ],
  templateUrl: './shared-notes.html',
  styleUrl: './shared-notes.scss',
})
export class SharedNotes {
  readonly #api = inject(ConversationsApi);

  readonly conversationId = input.required<string>();
  // Who else writes here, for the conflict message.
  readonly otherName = input.required<string>();
  readonly editable = input(true);

  protected readonly notes = rxResource({
    params: () => this.conversationId(),
    stream: ({ params }) => this.#api.sharedNotes(params),
  });
  protected readonly max = NOTES_BODY_MAX;
  protected readonly body = inject(NonNullableFormBuilder).control('', Validators.maxLength(NOTES_BODY_MAX));
  protected readonly saving = signal(false);
  protected readonly status = signal('');
  protected readonly failure = signal<string | null>(null);
  // The newer notes saved by the other participant, after a 409.
  protected readonly theirs = signal<Notes | null>(null);
  #version = 0;

  constructor() {
    effect(() => {
      const notes = this.notes.hasValue() ? this.notes.value() : null;
      if (notes) untracked(() => this.#take(notes));
    });
  }

  protected loadFailure(): string {
    return describeApiFailure(this.notes.error()).message;
  }

  protected async save(): Promise<void> {
    if (this.saving() || this.body.invalid) return;
    this.saving.set(true);
    this.failure.set(null);
    this.status.set('Saving…');
    try {
      const saved = await firstValueFrom(
        this.#api.saveSharedNotes(this.conversationId(), { body: this.body.value, version: this.#version }),
      );
      this.theirs.set(null);
      this.notes.set(saved);
      this.status.set('Saved');
    } catch (error) {
      this.status.set('');
      const failure = describeApiFailure(error);
      if (failure.status === 409) {
        this.theirs.set(await firstValueFrom(this.#api.sharedNotes(this.conversationId())).catch(() => null));
        this.failure.set(
          `${this.otherName()} saved these notes while you were writing. Your text is still in the box; compare and choose.`,
        );
      } else {
        this.failure.set(fieldMessage(failure, 'body') ?? failure.message);
      }
    } finally {
      this.saving.set(false);
    }
  }

  // After a 409: save this text over theirs.
  protected async keepMine(): Promise<void> {
    const theirs = this.theirs();
    if (!theirs) return;
    this.#version = theirs.version;
    await this.save();
  }

  // After a 409: take their text instead.
  protected useTheirs(): void {
    const theirs = this.theirs();
    if (!theirs) return;
    this.notes.set(theirs);
    this.theirs.set(null);
    this.failure.set(null);
  }

  #take(notes: Notes): void {
    this.#version = notes.version;
    this.body.reset(notes.body);
  }
}
