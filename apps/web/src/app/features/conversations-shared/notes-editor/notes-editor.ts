import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { firstValueFrom } from 'rxjs';

import { NOTES_BODY_MAX, type Notes, type NoteVisibility } from '@trellis/domain';

import { Icon } from '../../../shared/icon/icon';
import { describeApiFailure, fieldMessage } from '../../me/data/api-failure';
import { ConversationsApi } from '../../me/data/conversations-api';

// One of a conversation's two notes: shared (both participants) or private
// (its author alone), on the IC's and on the manager's conversation page. Saves carry the version read; when someone saved in
// between (409), both texts are shown and nothing typed here is lost.
@Component({
  selector: 'app-notes-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.private]': 'isPrivate()' },
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
    Icon,
  ],
  templateUrl: './notes-editor.html',
  styleUrl: './notes-editor.scss',
})
export class NotesEditor {
  readonly #api = inject(ConversationsApi);

  readonly conversationId = input.required<string>();
  readonly visibility = input.required<NoteVisibility>();
  // The other participant, who sees the shared notes (and may save them meanwhile).
  readonly otherName = input.required<string>();
  readonly editable = input(true);

  protected readonly notes = rxResource({
    params: () => ({ id: this.conversationId(), visibility: this.visibility() }),
    stream: ({ params }) => this.#api.notes(params.id, params.visibility),
  });
  protected readonly loadFailure = computed(() => {
    const error = this.notes.error();
    return error ? describeApiFailure(error).message : null;
  });
  protected readonly isPrivate = computed(() => this.visibility() === 'private');
  protected readonly label = computed(() => (this.isPrivate() ? 'My private notes' : 'Shared notes'));
  protected readonly max = NOTES_BODY_MAX;
  protected readonly body = inject(NonNullableFormBuilder).control('', Validators.maxLength(NOTES_BODY_MAX));
  protected readonly saving = signal(false);
  protected readonly status = signal('');
  protected readonly failure = signal<string | null>(null);
  // After a 409: the text saved meanwhile.
  protected readonly theirs = signal<Notes | null>(null);
  protected readonly conflictSource = computed(() =>
    this.isPrivate() ? 'You saved these notes in another window' : `${this.otherName()} saved these notes`,
  );
  #version = 0;

  constructor() {
    effect(() => {
      const notes = this.notes.hasValue() ? this.notes.value() : null;
      if (notes) untracked(() => this.#take(notes));
    });
  }

  protected async save(): Promise<void> {
    if (this.saving() || this.body.invalid) return;
    this.saving.set(true);
    this.failure.set(null);
    this.status.set('Saving…');
    try {
      const saved = await firstValueFrom(
        this.#api.saveNotes(this.conversationId(), this.visibility(), {
          body: this.body.value,
          version: this.#version,
        }),
      );
      this.theirs.set(null);
      this.notes.set(saved);
      this.status.set('Saved');
    } catch (error) {
      this.status.set('');
      const failure = describeApiFailure(error);
      if (failure.status === 409) {
        const latest = await firstValueFrom(this.#api.notes(this.conversationId(), this.visibility())).catch(
          () => null,
        );
        this.theirs.set(latest);
        this.failure.set(
          `${this.conflictSource()} while you were writing. Your text is still in the box: compare both and choose.`,
        );
      } else {
        this.failure.set(fieldMessage(failure, 'body') ?? failure.message);
      }
    } finally {
      this.saving.set(false);
    }
  }

  // After a 409: save this text over the one saved meanwhile.
  protected async keepMine(): Promise<void> {
    const theirs = this.theirs();
    if (!theirs) return;
    this.#version = theirs.version;
    await this.save();
  }

  // After a 409: take the text saved meanwhile instead.
  protected useTheirs(): void {
    const theirs = this.theirs();
    if (!theirs) return;
    this.notes.set(theirs);
    this.theirs.set(null);
    this.failure.set(null);
    this.status.set('');
  }

  #take(notes: Notes): void {
    this.#version = notes.version;
    this.body.reset(notes.body);
  }
}
