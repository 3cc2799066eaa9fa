import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  OnInit,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
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

import { CONVERSATION_AGENDA_MAX, PROPOSED_TIMES_MAX, type ConversationTopic } from '@trellis/domain';

import { AuthStore } from '../../../core/auth/auth-store';
import { Icon } from '../../../shared/icon/icon';
import { TOPIC_LABELS, TOPICS } from '../../me/conversations/conversation-labels';
import { fromLocalInput, suggestedTimes, toLocalInput } from '../../me/conversations/proposed-times';
import { describeApiFailure } from '../../me/data/api-failure';
import { ConversationsApi } from '../../me/data/conversations-api';
import { showFieldErrors } from '../../me/data/form-errors';
import { MANAGER_TOPIC_DESCRIPTIONS } from './conversation-topics';

// A proposed time must be a time, in the future.
const futureTime = (control: AbstractControl<string>): ValidationErrors | null => {
  const instant = fromLocalInput(control.value);
  if (!instant) return { time: true };
  return Date.parse(instant) <= Date.now() ? { past: true } : null;
};

const distinctTimes = (array: AbstractControl<string[]>): ValidationErrors | null => {
  const values = array.value.filter(Boolean);
  return new Set(values).size === values.length ? null : { duplicate: true };
};

// Shown on the conversation page right after it was started.
export interface ConversationStartedState {
  readonly started?: boolean;
}

// "/team/conversations/new?with=<personId>": the manager starts a career
// conversation with one of their direct reports, proposing times.
@Component({
  selector: 'app-conversation-start-page',
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
  templateUrl: './conversation-start-page.html',
  styleUrl: './conversation-start-page.scss',
})
export class ConversationStartPage implements OnInit {
  readonly #api = inject(ConversationsApi);
  readonly #router = inject(Router);
  protected readonly me = inject(AuthStore).me;

  // Bound from `?with=`, e.g. from a person page.
  readonly with = input<string>();

  protected readonly reports = computed(() => this.me()?.directReports ?? []);
  protected readonly topics = TOPICS;
  protected readonly topicLabels = TOPIC_LABELS;
  protected readonly topicDescriptions = MANAGER_TOPIC_DESCRIPTIONS;
  protected readonly agendaMax = CONVERSATION_AGENDA_MAX;
  protected readonly timesMax = PROPOSED_TIMES_MAX;

  readonly #fb = inject(NonNullableFormBuilder);
  protected readonly form = this.#fb.group({
    withPersonId: ['', Validators.required],
    topic: this.#fb.control<ConversationTopic | ''>('', Validators.required),
    agenda: ['', Validators.maxLength(CONVERSATION_AGENDA_MAX)],
    proposedTimes: this.#fb.array<FormControl<string>>([], { validators: distinctTimes }),
  });
  protected readonly times = this.form.controls.proposedTimes;
  protected readonly sending = signal(false);
  protected readonly failure = signal<string | null>(null);
  readonly #chosenId = toSignal(this.form.controls.withPersonId.valueChanges, { initialValue: '' });
  // The report's first name for the sentences around the form.
  protected readonly withName = computed(
    () =>
      this.reports()
        .find((report) => report.id === this.#chosenId())
        ?.name.split(' ')[0] ?? 'they',
  );

  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formElement');
  private readonly alert = viewChild<ElementRef<HTMLElement>>('alert');

  ngOnInit(): void {
    const reports = this.reports();
    const chosen =
      reports.find((report) => report.id === this.with()) ?? (reports.length === 1 ? reports[0] : undefined);
    if (chosen) this.form.controls.withPersonId.setValue(chosen.id);
    for (const time of suggestedTimes(new Date())) this.addTime(toLocalInput(time));
  }

  protected addTime(value = ''): void {
    if (this.times.length >= PROPOSED_TIMES_MAX) return;
    this.times.push(this.#fb.control(value, futureTime));
    if (!value) this.#focus(`#time-${this.times.length - 1}`);
  }

  protected removeTime(index: number): void {
    this.times.removeAt(index);
    const next = Math.min(index, this.times.length - 1);
    this.#focus(next >= 0 ? `#time-${next}` : '.add-time');
  }

  protected async send(): Promise<void> {
    if (this.sending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.#focus(
        'select.ng-invalid, mat-radio-group.ng-invalid input, textarea.ng-invalid, input.ng-invalid',
      );
      return;
    }
    const value = this.form.getRawValue();
    if (!value.topic) return;
    this.sending.set(true);
    this.failure.set(null);
    try {
      const conversation = await firstValueFrom(
        this.#api.request({
          withPersonId: value.withPersonId,
          topic: value.topic,
          agenda: value.agenda.trim(),
          proposedTimes: value.proposedTimes.flatMap((time) => fromLocalInput(time) ?? []),
        }),
      );
      await this.#router.navigate(['/team/conversations', conversation.id], {
        state: { started: true } satisfies ConversationStartedState,
      });
    } catch (error) {
      const failure = describeApiFailure(error);
      this.failure.set([failure.message, ...showFieldErrors(this.form, failure)].join(' '));
      setTimeout(() => this.alert()?.nativeElement.focus());
    } finally {
      this.sending.set(false);
    }
  }

  #focus(selector: string): void {
    setTimeout(() => this.formElement()?.nativeElement.querySelector<HTMLElement>(selector)?.focus());
  }
}
