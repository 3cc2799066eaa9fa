import { Location } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  OnInit,
  signal,
  viewChild,
} from '@angular/core';
import {
  AbstractControl,
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import {
  CONVERSATION_AGENDA_MAX,
  CONVERSATION_TOPICS,
  PROPOSED_TIMES_MAX,
  type ConversationTopic,
} from '@trellis/domain';

import { AuthStore } from '../../../core/auth/auth-store';
import { Icon } from '../../../shared/icon/icon';
import type { ConversationRequestState } from '../aspiration/tell-manager';
import { describeApiFailure } from '../data/api-failure';
import { ConversationsApi } from '../data/conversations-api';
import { showFieldErrors } from '../data/form-errors';
import { TOPIC_DESCRIPTIONS, TOPIC_LABELS, TOPICS } from './conversation-labels';
import { fromLocalInput, suggestedTimes, toLocalInput } from './proposed-times';

// A proposed time must be a time, in the future.
const futureTime = (control: AbstractControl<string>): ValidationErrors | null => {
  const instant = fromLocalInput(control.value);
  if (!instant) return { time: true };
  return Date.parse(instant) <= Date.now() ? { past: true } : null;
};

// No time twice: the API refuses duplicates.
const distinctTimes = (array: AbstractControl<string[]>): ValidationErrors | null => {
  const values = array.value.filter(Boolean);
  return new Set(values).size === values.length ? null : { duplicate: true };
};

const asTopic = (value: string | undefined): ConversationTopic | undefined =>
  CONVERSATION_TOPICS.find((topic) => topic === value);

// Shown on the conversation page right after the request went out.
export interface ConversationCreatedState {
  readonly requested?: boolean;
}

@Component({
  selector: 'app-conversation-request-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatIconButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatRadioGroup,
    MatRadioButton,
    Icon,
  ],
  templateUrl: './conversation-request-page.html',
  styleUrl: './conversation-request-page.scss',
})
export class ConversationRequestPage implements OnInit {
  readonly #api = inject(ConversationsApi);
  readonly #router = inject(Router);
  readonly #location = inject(Location);

  protected readonly me = inject(AuthStore).me;

  // Bound from `?topic=`, e.g. from "Tell my manager" on the aspiration page.
  readonly topic = input<string>();

  protected readonly topics = TOPICS;
  protected readonly topicLabels = TOPIC_LABELS;
  protected readonly topicDescriptions = TOPIC_DESCRIPTIONS;
  protected readonly agendaMax = CONVERSATION_AGENDA_MAX;
  protected readonly timesMax = PROPOSED_TIMES_MAX;

  readonly #fb = inject(NonNullableFormBuilder);
  protected readonly form = this.#fb.group({
    topic: this.#fb.control<ConversationTopic | ''>('', Validators.required),
    agenda: ['', Validators.maxLength(CONVERSATION_AGENDA_MAX)],
    proposedTimes: this.#fb.array<FormControl<string>>([], { validators: distinctTimes }),
  });
  protected readonly times = this.form.controls.proposedTimes;

  protected readonly sending = signal(false);
  protected readonly failure = signal<string | null>(null);

  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formElement');
  private readonly alert = viewChild<ElementRef<HTMLElement>>('alert');

  // The agenda "Tell my manager" wrote, from the navigation that opened the page.
  readonly #state = (this.#router.currentNavigation()?.extras.state ?? this.#location.getState()) as
    ConversationRequestState | null | undefined;

  ngOnInit(): void {
    this.form.controls.topic.setValue(asTopic(this.topic()) ?? '');
    const agenda = this.#state?.agenda;
    if (typeof agenda === 'string')
      this.form.controls.agenda.setValue(agenda.slice(0, CONVERSATION_AGENDA_MAX));
    for (const time of suggestedTimes(new Date())) this.addTime(toLocalInput(time));
  }

  protected addTime(value = ''): void {
    if (this.times.length >= PROPOSED_TIMES_MAX) return;
    this.times.push(this.#fb.control(value, futureTime));
    if (!value) this.#focusTime(this.times.length - 1);
  }

  protected removeTime(index: number): void {
    this.times.removeAt(index);
    // Keep the keyboard where it was: on the next time, or on "Add a time".
    const next = Math.min(index, this.times.length - 1);
    if (next >= 0) this.#focusTime(next);
    else setTimeout(() => this.formElement()?.nativeElement.querySelector<HTMLElement>('.add-time')?.focus());
  }

  protected async send(): Promise<void> {
    const manager = this.me()?.manager;
    if (this.sending() || !manager) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.#focusFirstInvalid();
      return;
    }
    const value = this.form.getRawValue();
    if (!value.topic) return;
    this.sending.set(true);
    this.failure.set(null);
    try {
      const conversation = await firstValueFrom(
        this.#api.request({
          withPersonId: manager.id,
          topic: value.topic,
          agenda: value.agenda.trim(),
          proposedTimes: value.proposedTimes.flatMap((time) => fromLocalInput(time) ?? []),
        }),
      );
      await this.#router.navigate(['/me/conversations', conversation.id], {
        state: { requested: true } satisfies ConversationCreatedState,
      });
    } catch (error) {
      this.#showFailure(error);
    } finally {
      this.sending.set(false);
    }
  }

  #showFailure(error: unknown): void {
    const failure = describeApiFailure(error);
    this.failure.set([failure.message, ...showFieldErrors(this.form, failure)].join(' '));
    setTimeout(() => this.alert()?.nativeElement.focus());
  }

  #focusTime(index: number): void {
    setTimeout(() => this.formElement()?.nativeElement.querySelector<HTMLElement>(`#time-${index}`)?.focus());
  }

  #focusFirstInvalid(): void {
    setTimeout(() => {
      const form = this.formElement()?.nativeElement;
      const target =
        form?.querySelector<HTMLElement>('mat-radio-group.ng-invalid input') ??
        form?.querySelector<HTMLElement>('textarea.ng-invalid, input.ng-invalid');
      target?.focus();
    });
  }
}
