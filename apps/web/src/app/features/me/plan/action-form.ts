import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  OnInit,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';

import {
  GROWTH_DESCRIPTION_MAX,
  GROWTH_TITLE_MAX,
  type ActionKind,
  type Goal,
  type GrowthAction,
  type GrowthActionInput,
} from '@trellis/domain';

import type { ApiFailure } from '../data/api-failure';
import { showFieldErrors } from '../data/form-errors';
import { ACTION_KIND_LABELS, codesOf } from '../data/vocabulary';
import { PlanStore } from './plan-store';

// What each kind of action is for, in a line: learning by doing.
const KIND_HINTS: Readonly<Record<ActionKind, string>> = {
  stretch_assignment: 'Work a level up, with a safety net: ask for it, name the outcome.',
  cross_functional_project: 'A project with other teams, where collaboration is the skill.',
  side_project: 'Something outside your lane that you start and finish.',
  volunteer_project: 'Raise your hand for work nobody owns yet.',
  teach_or_document: 'A workshop, a playbook or a write-up others can reuse.',
  find_mentor: 'Someone who does the job you want and will tell you the truth.',
  informational_interview: 'Ask someone in the role about their path; follow up and say thank you.',
  course: 'Learning with a plan: note what you will try at work afterwards.',
  shadowing: 'Sit in on the meetings where the job happens.',
};

// Adds an action to a goal, or edits one (its kind stays).
@Component({
  selector: 'app-action-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatError, MatHint, MatInput, MatButton, MatCheckbox],
  template: `
    <form
      [formGroup]="form"
      (ngSubmit)="submit()"
      novalidate
      [attr.aria-label]="action() ? 'Edit action' : 'New action'"
    >
      @if (failure(); as failure) {
        <div class="alert" role="alert">
          <p>{{ failure.message }}</p>
          @if (failure.status === 409) {
            <button matButton type="button" (click)="reload()">Reload</button>
          }
        </div>
      } @else if (reloaded()) {
        <p class="note" role="status">
          Reloaded. Your changes are still here: save to apply them to the latest version.
        </p>
      }

      @if (!action()) {
        <mat-form-field appearance="outline">
          <mat-label>Kind of action</mat-label>
          <select #first matNativeControl formControlName="kind" required>
            @for (kind of kinds; track kind) {
              <option [value]="kind">{{ kindLabels[kind] }}</option>
            }
          </select>
          <mat-hint>{{ hint() }}</mat-hint>
        </mat-form-field>
      }

      <mat-form-field appearance="outline">
        <mat-label>What you will do</mat-label>
        <input #title matInput formControlName="title" required [maxlength]="titleMax" />
        @if (form.controls.title.hasError('required')) {
          <mat-error>Give it a title</mat-error>
        } @else if (form.controls.title.getError('server'); as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>

      <div class="row">
        <mat-form-field appearance="outline">
          <mat-label>Due date (optional)</mat-label>
          <input matInput type="date" formControlName="dueOn" />
          @if (form.controls.dueOn.getError('server'); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        @if (isInterview()) {
          <mat-form-field appearance="outline">
            <mat-label>Follow up on (optional)</mat-label>
            <input matInput type="date" formControlName="followUpOn" />
            @if (form.controls.followUpOn.getError('server'); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
        }
      </div>
      @if (isInterview()) {
        <mat-checkbox formControlName="thankYouSent">Thank-you note sent</mat-checkbox>
      }

      <mat-form-field appearance="outline">
        <mat-label>Notes (optional)</mat-label>
        <textarea matInput formControlName="description" rows="2" [maxlength]="descriptionMax"></textarea>
        @if (form.controls.description.getError('server'); as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>

      <div class="buttons">
        <button matButton="filled" type="submit" [disabled]="pending()" disabledInteractive>
          {{ action() ? 'Save action' : 'Add action' }}
        </button>
        <button matButton type="button" (click)="closed.emit()">Cancel</button>
      </div>
    </form>
  `,
  styleUrl: './plan-form.scss',
})
export class ActionForm implements OnInit {
  readonly #store = inject(PlanStore);

  // The goal a new action belongs to.
  readonly goal = input.required<Goal>();
  // The action to edit; a new action when absent.
  readonly action = input<GrowthAction | null>(null);
  readonly closed = output<void>();

  protected readonly kinds = codesOf(ACTION_KIND_LABELS);
  protected readonly kindLabels = ACTION_KIND_LABELS;
  protected readonly titleMax = GROWTH_TITLE_MAX;
  protected readonly descriptionMax = GROWTH_DESCRIPTION_MAX;
  readonly #fb = inject(NonNullableFormBuilder);
  protected readonly form = this.#fb.group({
    kind: this.#fb.control<ActionKind>('stretch_assignment'),
    title: ['', Validators.required],
    description: [''],
    dueOn: [''],
    followUpOn: [''],
    thankYouSent: [false],
  });
  protected readonly pending = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly reloaded = signal(false);

  readonly #kind = toSignal(this.form.controls.kind.valueChanges, {
    initialValue: this.form.controls.kind.value,
  });
  protected readonly isInterview = computed(
    () => (this.action()?.kind ?? this.#kind()) === 'informational_interview',
  );
  protected readonly hint = computed(() => KIND_HINTS[this.#kind()]);

  private readonly first = viewChild<ElementRef<HTMLElement>>('first');
  private readonly title = viewChild.required<ElementRef<HTMLElement>>('title');
  #version = 0;

  constructor() {
    afterNextRender(() => (this.first() ?? this.title()).nativeElement.focus());
  }

  ngOnInit(): void {
    const action = this.action();
    if (!action) return;
    this.#version = action.version;
    this.form.patchValue({
      kind: action.kind,
      title: action.title,
      description: action.description,
      dueOn: action.dueOn ?? '',
      ...(action.kind === 'informational_interview'
        ? { followUpOn: action.followUpOn ?? '', thankYouSent: action.thankYouSent }
        : {}),
    });
  }

  protected async submit(): Promise<void> {
    if (this.pending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.pending.set(true);
    this.failure.set(null);
    const { kind, title, description, dueOn, followUpOn, thankYouSent } = this.form.getRawValue();
    const common = { title, description, dueOn: dueOn || null };
    const interview = { followUpOn: followUpOn || null, thankYouSent };
    const action = this.action();
    let result;
    if (action) {
      const patch = action.kind === 'informational_interview' ? { ...common, ...interview } : common;
      result = await this.#store.updateAction(action, patch, this.#version);
    } else {
      const input: GrowthActionInput =
        kind === 'informational_interview' ? { ...common, kind, ...interview } : { ...common, kind };
      result = await this.#store.addAction(this.goal(), input);
    }
    this.pending.set(false);
    if (result.ok) {
      this.closed.emit();
      return;
    }
    showFieldErrors(this.form, result.failure);
    this.failure.set(result.failure);
  }

  protected async reload(): Promise<void> {
    const result = await this.#store.reload();
    if (!result.ok) {
      this.failure.set(result.failure);
      return;
    }
    const id = this.action()?.id;
    const latest = this.#store
      .goals()
      .flatMap((goal) => goal.actions)
      .find((candidate) => candidate.id === id);
    if (latest) this.#version = latest.version;
    this.failure.set(null);
    this.reloaded.set(true);
  }
}
