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
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';

import { GROWTH_DESCRIPTION_MAX, GROWTH_TITLE_MAX, type Goal } from '@trellis/domain';

import type { ApiFailure } from '../data/api-failure';
import { showFieldErrors } from '../data/form-errors';
import { byTheme, criterionIn, expectationAt } from '../data/ladder-lookup';
import { PlanStore } from './plan-store';

// Adds a goal (on a criterion of the target level) or edits one's words.
@Component({
  selector: 'app-goal-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatError, MatHint, MatInput, MatButton],
  template: `
    <form
      [formGroup]="form"
      (ngSubmit)="submit()"
      novalidate
      [attr.aria-label]="goal() ? 'Edit goal' : 'New goal'"
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

      @if (!goal()) {
        <mat-form-field appearance="outline">
          <mat-label>Criterion</mat-label>
          <select #first matNativeControl formControlName="criterionId" required>
            <option value="" disabled>Choose a criterion</option>
            @for (group of criteriaByTheme(); track group.theme) {
              <optgroup [label]="group.theme">
                @for (criterion of group.items; track criterion.id) {
                  <option [value]="criterion.id">{{ criterion.name }}</option>
                }
              </optgroup>
            }
          </select>
          @if (expectation(); as expectation) {
            <mat-hint>Expected at {{ store.targetLevelName() }}: {{ expectation }}</mat-hint>
          }
          @if (form.controls.criterionId.hasError('required')) {
            <mat-error>Choose the criterion this goal works on</mat-error>
          } @else if (form.controls.criterionId.getError('server'); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
      }

      <mat-form-field appearance="outline">
        <mat-label>Goal</mat-label>
        <input #title matInput formControlName="title" required [maxlength]="titleMax" />
        @if (form.controls.title.hasError('required')) {
          <mat-error>Give it a title</mat-error>
        } @else if (form.controls.title.getError('server'); as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>

      <mat-form-field appearance="outline">
        <mat-label>Why it matters, how you will know (optional)</mat-label>
        <textarea matInput formControlName="description" rows="3" [maxlength]="descriptionMax"></textarea>
        @if (form.controls.description.getError('server'); as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>

      <div class="buttons">
        <button matButton="filled" type="submit" [disabled]="pending()" disabledInteractive>
          {{ goal() ? 'Save goal' : 'Add goal' }}
        </button>
        <button matButton type="button" (click)="closed.emit()">Cancel</button>
      </div>
    </form>
  `,
  styleUrl: './plan-form.scss',
})
export class GoalForm implements OnInit {
  protected readonly store = inject(PlanStore);

  // The goal to edit; a new goal when absent.
  readonly goal = input<Goal | null>(null);
  // A criterion to start from, e.g. a suggestion.
  readonly criterionId = input<string | null>(null);
  readonly closed = output<void>();

  protected readonly titleMax = GROWTH_TITLE_MAX;
  protected readonly descriptionMax = GROWTH_DESCRIPTION_MAX;
  protected readonly form = inject(NonNullableFormBuilder).group({
    criterionId: ['', Validators.required],
    title: ['', Validators.required],
    description: [''],
  });
  protected readonly pending = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly reloaded = signal(false);

  readonly #criterionId = toSignal(this.form.controls.criterionId.valueChanges, { initialValue: '' });
  protected readonly criteriaByTheme = computed(() =>
    byTheme(this.store.targetCriteria(), (criterion) => criterion.theme),
  );
  protected readonly expectation = computed(
    () =>
      expectationAt(criterionIn(this.store.framework(), this.#criterionId()), this.store.targetLevelId())
        ?.description ?? null,
  );

  private readonly first = viewChild<ElementRef<HTMLElement>>('first');
  private readonly title = viewChild.required<ElementRef<HTMLElement>>('title');
  #version = 0;

  constructor() {
    afterNextRender(() => (this.first() ?? this.title()).nativeElement.focus());
  }

  ngOnInit(): void {
    const goal = this.goal();
    if (goal) {
      this.form.controls.criterionId.disable();
      this.form.patchValue({ title: goal.title, description: goal.description });
      this.#version = goal.version;
    } else if (this.criterionId()) {
      this.form.controls.criterionId.setValue(this.criterionId() ?? '');
    }
  }

  protected async submit(): Promise<void> {
    if (this.pending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.pending.set(true);
    this.failure.set(null);
    const { criterionId, title, description } = this.form.getRawValue();
    const goal = this.goal();
    const result = goal
      ? await this.store.updateGoal(goal, { title, description }, this.#version)
      : await this.store.addGoal({ criterionId, title, description });
    this.pending.set(false);
    if (result.ok) {
      this.closed.emit();
      return;
    }
    showFieldErrors(this.form, result.failure);
    this.failure.set(result.failure);
  }

  // After a 409: the latest version becomes the base, the input stays.
  protected async reload(): Promise<void> {
    const result = await this.store.reload();
    if (!result.ok) {
      this.failure.set(result.failure);
      return;
    }
    const latest = this.store.goals().find((candidate) => candidate.id === this.goal()?.id);
    if (latest) this.#version = latest.version;
    this.failure.set(null);
    this.reloaded.set(true);
  }
}
