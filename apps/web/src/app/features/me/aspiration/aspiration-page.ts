import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  linkedSignal,
  signal,
  untracked,
  viewChild,
  viewChildren,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOptgroup, MatOption, MatSelect } from '@angular/material/select';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { firstValueFrom, startWith } from 'rxjs';

import {
  ASPIRATION_STATEMENT_MAX,
  SELF_ASSESSMENT_MAX,
  type Aspiration,
  type AspirationInput,
} from '@trellis/domain';

import { AuthStore } from '../../../core/auth/auth-store';
import { Icon } from '../../../shared/icon/icon';
import { describeApiFailure } from '../data/api-failure';
import { AspirationApi } from '../data/aspiration-api';
import { showFieldErrors } from '../data/form-errors';
import { FrameworksApi } from '../data/frameworks-api';
import { levelIn } from '../data/ladder-lookup';
import { describeMove, trackGroups } from './target-move';
import { aspirationAgenda, injectTellManager } from './tell-manager';

type Mode = 'guide' | 'view' | 'edit';
type Field = 'motivations' | 'strengths' | 'targetLevelId' | 'statement' | 'horizon' | 'sharedWithHr';

// The three steps of the guided flow, and the fields each one asks for.
const STEPS = [
  { title: 'What energises you?', fields: ['motivations', 'strengths'] },
  { title: 'Where do you want to be?', fields: ['targetLevelId', 'statement', 'horizon'] },
  { title: 'Does your manager know?', fields: ['sharedWithHr'] },
] as const satisfies readonly { title: string; fields: readonly Field[] }[];

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

@Component({
  selector: 'app-aspiration-page',
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
    MatSelect,
    MatOption,
    MatOptgroup,
    MatSlideToggle,
    MatProgressBar,
    Icon,
  ],
  templateUrl: './aspiration-page.html',
  styleUrl: './aspiration-page.scss',
})
export class AspirationPage {
  readonly #api = inject(AspirationApi);
  readonly #frameworks = inject(FrameworksApi);
  readonly #tellManager = injectTellManager();

  protected readonly me = inject(AuthStore).me;
  readonly #personId = computed(() => this.me()?.id);

  protected readonly aspiration = rxResource({
    params: () => this.#personId(),
    stream: ({ params }) => this.#api.get(params),
  });
  protected readonly ladder = rxResource({ stream: () => this.#frameworks.published() });
  readonly #ladder = computed(() => (this.ladder.hasValue() ? this.ladder.value() : null));
  readonly #saved = computed(() => (this.aspiration.hasValue() ? this.aspiration.value() : null));

  protected readonly steps = STEPS;
  protected readonly statementMax = ASPIRATION_STATEMENT_MAX;
  protected readonly selfAssessmentMax = SELF_ASSESSMENT_MAX;
  protected readonly today = today();

  // First-timers are guided one step at a time; returning people see what
  // they declared and may edit it all on one page.
  protected readonly mode = linkedSignal<Mode>(() => (this.#saved() ? 'view' : 'guide'));
  protected readonly step = signal(0);
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);
  // The version saved elsewhere meanwhile, when a save was refused with 409.
  protected readonly conflict = signal<Aspiration | null>(null);
  protected readonly justSaved = signal(false);
  // The version the form was filled from: sent back so that a change made
  // elsewhere meanwhile is refused instead of overwritten.
  #version: number | undefined;

  protected readonly form = inject(NonNullableFormBuilder).group({
    motivations: ['', Validators.maxLength(SELF_ASSESSMENT_MAX)],
    strengths: ['', Validators.maxLength(SELF_ASSESSMENT_MAX)],
    targetLevelId: ['', Validators.required],
    statement: ['', [Validators.required, Validators.maxLength(ASPIRATION_STATEMENT_MAX)]],
    horizon: [''],
    sharedWithHr: [false],
  });

  protected readonly groups = computed(() => trackGroups(this.#ladder(), this.me()?.levelId ?? null));
  protected readonly currentLevelId = computed(() => this.me()?.levelId ?? null);
  protected readonly currentLevel = computed(() => levelIn(this.#ladder(), this.currentLevelId()));
  readonly #chosenLevelId = toSignal(
    this.form.controls.targetLevelId.valueChanges.pipe(startWith(this.form.controls.targetLevelId.value)),
    { initialValue: '' },
  );
  protected readonly move = computed(() =>
    describeMove(this.#ladder(), this.currentLevelId(), this.#chosenLevelId() || null),
  );
  protected readonly savedTarget = computed(() => {
    const saved = this.#saved();
    return saved ? levelIn(this.#ladder(), saved.targetLevelId) : null;
  });
  protected readonly conflictTarget = computed(() => {
    const latest = this.conflict();
    return latest ? levelIn(this.#ladder(), latest.targetLevelId) : null;
  });

  private readonly stepHeadings = viewChildren<ElementRef<HTMLElement>>('stepHeading');
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('formElement');
  private readonly statusHeading = viewChild<ElementRef<HTMLElement>>('statusHeading');

  constructor() {
    // Fill the form from what is saved whenever that changes (first load, a
    // save, taking the version saved elsewhere).
    effect(() => {
      const saved = this.#saved();
      if (this.aspiration.hasValue()) untracked(() => this.#fill(saved));
    });
  }

  protected startEditing(): void {
    this.#fill(this.#saved());
    this.justSaved.set(false);
    this.mode.set('edit');
    this.#focusFirstField();
  }

  protected cancelEditing(): void {
    this.#fill(this.#saved());
    this.failure.set(null);
    this.conflict.set(null);
    this.mode.set('view');
  }

  protected next(): void {
    if (!this.#stepValid(this.step())) return;
    this.step.update((step) => Math.min(step + 1, STEPS.length - 1));
    this.#focusStepHeading();
  }

  protected back(): void {
    this.step.update((step) => Math.max(step - 1, 0));
    this.#focusStepHeading();
  }

  protected async save(): Promise<void> {
    const personId = this.#personId();
    if (this.saving() || !personId) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.#showFirstInvalidStep();
      return;
    }
    this.saving.set(true);
    this.failure.set(null);
    try {
      const saved = await firstValueFrom(this.#api.save(personId, this.#input()));
      this.conflict.set(null);
      this.aspiration.set(saved);
      this.justSaved.set(true);
      this.mode.set('view');
      this.#focus(this.statusHeading);
    } catch (error) {
      await this.#fail(error, personId);
    } finally {
      this.saving.set(false);
    }
  }

  // After a 409: save what the person typed over the newer version.
  protected async keepMine(): Promise<void> {
    const latest = this.conflict();
    if (!latest) return;
    this.#version = latest.version;
    this.conflict.set(null);
    await this.save();
  }

  // After a 409: drop what was typed and take the version saved elsewhere.
  protected useSaved(): void {
    const latest = this.conflict();
    if (!latest) return;
    this.aspiration.set(latest);
    this.conflict.set(null);
    this.failure.set(null);
  }

  protected tellManager(): void {
    const saved = this.#saved();
    if (saved) void this.#tellManager(aspirationAgenda(saved, this.savedTarget()));
  }

  async #fail(error: unknown, personId: string): Promise<void> {
    const failure = describeApiFailure(error);
    if (failure.status === 409) {
      // Keep the typed text; show what is saved now and let the person choose.
      this.conflict.set(await firstValueFrom(this.#api.get(personId)).catch(() => null));
      this.failure.set(
        'Your aspiration was changed somewhere else (another tab or device) since you opened it. What you typed is still here.',
      );
      return;
    }
    this.failure.set([failure.message, ...showFieldErrors(this.form, failure)].join(' '));
    this.#showFirstInvalidStep();
  }

  // In the guided flow, go back to the step of the first field to fix.
  #showFirstInvalidStep(): void {
    const step = STEPS.findIndex(({ fields }) => fields.some((field) => this.form.controls[field].invalid));
    if (this.mode() === 'guide' && step >= 0) this.step.set(step);
    this.#focusFirstInvalid();
  }

  #input(): AspirationInput {
    const value = this.form.getRawValue();
    return {
      targetLevelId: value.targetLevelId,
      statement: value.statement.trim(),
      motivations: value.motivations.trim(),
      strengths: value.strengths.trim(),
      horizon: value.horizon || null,
      sharedWithHr: value.sharedWithHr,
      ...(this.#version === undefined ? {} : { version: this.#version }),
    };
  }

  #fill(aspiration: Aspiration | null): void {
    this.#version = aspiration?.version;
    this.form.reset({
      motivations: aspiration?.motivations ?? '',
      strengths: aspiration?.strengths ?? '',
      targetLevelId: aspiration?.targetLevelId ?? '',
      statement: aspiration?.statement ?? '',
      horizon: aspiration?.horizon ?? '',
      sharedWithHr: aspiration?.sharedWithHr ?? false,
    });
  }

  #stepValid(step: number): boolean {
    const fields = STEPS[step]?.fields ?? [];
    const invalid = fields.filter((field) => this.form.controls[field].invalid);
    if (invalid.length === 0) return true;
    for (const field of invalid) this.form.controls[field].markAsTouched();
    this.#focusFirstInvalid();
    return false;
  }

  #focusStepHeading(): void {
    setTimeout(() => this.stepHeadings()[this.step()]?.nativeElement.focus());
  }

  #focusFirstField(): void {
    setTimeout(() =>
      this.formElement()?.nativeElement.querySelector<HTMLElement>('textarea, input')?.focus(),
    );
  }

  #focusFirstInvalid(): void {
    setTimeout(() =>
      this.formElement()
        ?.nativeElement.querySelector<HTMLElement>(
          '.ng-invalid textarea, textarea.ng-invalid, input.ng-invalid, mat-select.ng-invalid',
        )
        ?.focus(),
    );
  }

  #focus(element: () => ElementRef<HTMLElement> | undefined): void {
    setTimeout(() => element()?.nativeElement.focus());
  }
}
