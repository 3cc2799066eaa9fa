import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  model,
  OnInit,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { NavigationExtras, Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import {
  CONVERSATION_AGENDA_MAX,
  PROPOSED_TIMES_MAX,
  type ConversationTopic,
  type Person,
} from '@trellis/domain';

import { Icon } from '../../shared/icon/icon';
import { TOPIC_LABELS, TOPICS } from '../me/conversations/conversation-labels';
import { fromLocalInput, suggestedTimes, toLocalInput } from '../me/conversations/proposed-times';
import { describeApiFailure } from '../me/data/api-failure';
import { ConversationsApi } from '../me/data/conversations-api';
import { showFieldErrors } from '../me/data/form-errors';

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

// The form that asks for a career conversation: a topic, an agenda and a few
// proposed times, sent to the API, then the new conversation opens. The IC asks
// their manager (`/me/conversations/new`); a manager picks one of their reports
// (`/team/conversations/new`), which is what `reports` is for.
@Component({
  selector: 'app-conversation-request-form',
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
  templateUrl: './conversation-request-form.html',
  styleUrl: './conversation-request-form.scss',
})
export class ConversationRequestForm implements OnInit {
  readonly #api = inject(ConversationsApi);
  readonly #router = inject(Router);
  readonly #fb = inject(NonNullableFormBuilder);

  // Who the conversation is with. With `reports`, the "With" picker sets it.
  readonly withPersonId = model('');
  // The people to pick from; without them there is no picker.
  readonly reports = input<readonly Person[]>();
  // The topic and agenda to start from.
  readonly initialTopic = input<ConversationTopic>();
  readonly initialAgenda = input<string>();
  readonly topicDescriptions = input.required<Readonly<Record<ConversationTopic, string>>>();
  // How the hints name the other person: "… so that Morgan Blake can prepare."
  readonly withName = input.required<string>();
  readonly timesHint = input.required<string>();
  readonly agendaRows = input(6);
  readonly submitLabel = input.required<string>();
  // The list to go back to; the new conversation opens below it, with `sentState`.
  readonly conversationsLink = input.required<string>();
  readonly sentState = input<NavigationExtras['state']>();

  protected readonly topics = TOPICS;
  protected readonly topicLabels = TOPIC_LABELS;
  protected readonly agendaMax = CONVERSATION_AGENDA_MAX;
  protected readonly timesMax = PROPOSED_TIMES_MAX;

  // In the form only when there are reports to pick from (see ngOnInit).
  protected readonly picker = this.#fb.control('', Validators.required);
  protected readonly form = new FormGroup<{
    withPersonId?: FormControl<string>;
    topic: FormControl<ConversationTopic | ''>;
    agenda: FormControl<string>;
    proposedTimes: FormArray<FormControl<string>>;
  }>({
    topic: this.#fb.control<ConversationTopic | ''>('', Validators.required),
    agenda: this.#fb.control('', Validators.maxLength(CONVERSATION_AGENDA_MAX)),
    proposedTimes: this.#fb.array<FormControl<string>>([], { validators: distinctTimes }),
  });
  protected readonly times = this.form.controls.proposedTimes;

  protected readonly sending = signal(false);
  protected readonly failure = signal<string | null>(null);

  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formElement');
  private readonly alert = viewChild<ElementRef<HTMLElement>>('alert');

  constructor() {
    this.picker.valueChanges.pipe(takeUntilDestroyed()).subscribe((id) => this.withPersonId.set(id));
  }

  ngOnInit(): void {
    if (this.reports()) {
      this.picker.setValue(this.withPersonId());
      this.form.addControl('withPersonId', this.picker);
    }
    this.form.controls.topic.setValue(this.initialTopic() ?? '');
    const agenda = this.initialAgenda();
    if (typeof agenda === 'string')
      this.form.controls.agenda.setValue(agenda.slice(0, CONVERSATION_AGENDA_MAX));
    for (const time of suggestedTimes(new Date())) this.addTime(toLocalInput(time));
  }

  protected addTime(value = ''): void {
    if (this.times.length >= PROPOSED_TIMES_MAX) return;
    this.times.push(this.#fb.control(value, futureTime));
    if (!value) this.#focus(`#time-${this.times.length - 1}`);
  }

  protected removeTime(index: number): void {
    this.times.removeAt(index);
    // Keep the keyboard where it was: on the next time, or on "Add a time".
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
          withPersonId: this.withPersonId(),
          topic: value.topic,
          agenda: value.agenda.trim(),
          proposedTimes: value.proposedTimes.flatMap((time) => fromLocalInput(time) ?? []),
        }),
      );
      await this.#router.navigate([this.conversationsLink(), conversation.id], { state: this.sentState() });
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
