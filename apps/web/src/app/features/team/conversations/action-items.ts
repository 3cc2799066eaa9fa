import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  OnInit,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { firstValueFrom } from 'rxjs';

import { ACTION_ITEM_TITLE_MAX, type ActionItem } from '@trellis/domain';

import { describeApiFailure } from '../../me/data/api-failure';
import { showFieldErrors } from '../../me/data/form-errors';
import { ConversationWorkspaceApi } from '../data/conversation-workspace-api';

interface Participant {
  readonly id: string;
  readonly name: string;
}

// The follow-ups agreed in a conversation: who does what, by when. Ticking one
// done sends the version read, so two people never overwrite each other.
@Component({
  selector: 'app-action-items',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
  ],
  templateUrl: './action-items.html',
  styleUrl: './action-items.scss',
})
export class ActionItems implements OnInit {
  readonly #api = inject(ConversationWorkspaceApi);

  readonly conversationId = input.required<string>();
  readonly items = input.required<readonly ActionItem[]>();
  readonly me = input.required<Participant>();
  readonly other = input.required<Participant>();
  readonly editable = input(true);
  // Something changed elsewhere: the page reads the conversation again.
  readonly stale = output();

  protected readonly shown = linkedSignal(() => [...this.items()]);
  protected readonly open = computed(() => this.shown().filter((item) => !item.done).length);
  protected readonly busy = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly adding = signal(false);
  protected readonly status = signal('');
  protected readonly titleMax = ACTION_ITEM_TITLE_MAX;

  readonly #fb = inject(NonNullableFormBuilder);
  protected readonly form = this.#fb.group({
    title: ['', [Validators.required, Validators.maxLength(ACTION_ITEM_TITLE_MAX)]],
    ownerId: ['', Validators.required],
    dueOn: [''],
  });

  protected ownerName(item: ActionItem): string {
    return item.ownerId === this.me().id ? 'You' : this.other().name;
  }

  // Resetting through the directive also forgets that the form was submitted,
  // so the emptied title shows no error.
  private readonly formDirective = viewChild(FormGroupDirective);

  ngOnInit(): void {
    this.form.controls.ownerId.setValue(this.me().id);
  }

  protected async toggle(item: ActionItem, done: boolean): Promise<void> {
    this.busy.set(item.id);
    this.failure.set(null);
    // Shown at once; put back if the API refuses.
    this.#replace({ ...item, done });
    try {
      const saved = await firstValueFrom(
        this.#api.updateActionItem(item.id, { done, version: item.version }),
      );
      this.#replace(saved);
      this.status.set(`“${saved.title}” marked ${saved.done ? 'done' : 'not done'}`);
    } catch (error) {
      const failure = describeApiFailure(error);
      this.failure.set(
        failure.status === 409
          ? `${this.other().name} changed “${item.title}” meanwhile. Here is the latest.`
          : failure.message,
      );
      // Undo the tick; the page reads the latest when it changed elsewhere.
      this.#replace(item);
      if (failure.status === 409) this.stale.emit();
    } finally {
      this.busy.set(null);
    }
  }

  protected async add(): Promise<void> {
    if (this.adding()) return;
    if (this.form.invalid || !this.form.controls.title.value.trim()) {
      if (!this.form.controls.title.value.trim()) this.form.controls.title.setErrors({ required: true });
      this.form.markAllAsTouched();
      return;
    }
    const { title, ownerId, dueOn } = this.form.getRawValue();
    this.adding.set(true);
    this.failure.set(null);
    try {
      const item = await firstValueFrom(
        this.#api.addActionItem(this.conversationId(), {
          title: title.trim(),
          ownerId,
          dueOn: dueOn || null,
          growthActionId: null,
        }),
      );
      this.shown.update((items) => [...items, item]);
      const emptied = { title: '', ownerId, dueOn: '' };
      const directive = this.formDirective();
      if (directive) directive.resetForm(emptied);
      else this.form.reset(emptied);
      this.status.set(`Added “${item.title}”`);
    } catch (error) {
      const failure = describeApiFailure(error);
      const unmatched = showFieldErrors(this.form, failure);
      this.failure.set([failure.message, ...unmatched].join(' '));
    } finally {
      this.adding.set(false);
    }
  }

  #replace(item: ActionItem): void {
    this.shown.update((items) => items.map((candidate) => (candidate.id === item.id ? item : candidate)));
  }
}
