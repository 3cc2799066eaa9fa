import { DatePipe } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  OnInit,
  signal,
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
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import {
  CASE_STUDY_FIELD_MAX,
  EVIDENCE_CRITERIA_MAX,
  EVIDENCE_LINKS_MAX,
  EVIDENCE_TITLE_MAX,
  type EvidenceInput,
  type EvidenceKind,
  type EvidenceWithHistory,
  type Framework,
} from '@trellis/domain';

import { AuthStore } from '../../../core/auth/auth-store';
import { Icon } from '../../../shared/icon/icon';
import { describeApiFailure, isNotFound, type ApiFailure } from '../data/api-failure';
import { AspirationApi } from '../data/aspiration-api';
import { EvidenceApi } from '../data/evidence-api';
import { showFieldErrors } from '../data/form-errors';
import { FrameworksApi } from '../data/frameworks-api';
import { byTheme, expectationAt, levelName } from '../data/ladder-lookup';
import {
  codesOf,
  EVIDENCE_KIND_LABELS,
  EVIDENCE_STATUS_LABELS,
  REVIEW_DECISION_LABELS,
  STRENGTH_LABELS,
} from '../data/vocabulary';
import type { EvidenceSavedState } from './evidence-log-page';

// Only web links: the API refuses anything else, and says so beside the field.
const webLink = (control: AbstractControl<string>): ValidationErrors | null => {
  const value = control.value.trim();
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? null : { link: true };
  } catch {
    return { link: true };
  }
};

const someCriteria = (control: AbstractControl<string[]>): ValidationErrors | null =>
  control.value.length === 0
    ? { required: true }
    : control.value.length > EVIDENCE_CRITERIA_MAX
      ? { tooMany: true }
      : null;

type PageState = 'loading' | 'ready' | 'failed' | 'not_found';

// A piece of evidence as a small case study: the challenge, the steps taken,
// the outcome and the data, tied to the ladder's criteria.
@Component({
  selector: 'app-evidence-form-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatIconButton,
    MatCheckbox,
    MatError,
    MatFormField,
    MatHint,
    MatLabel,
    MatInput,
    MatProgressSpinner,
    Icon,
  ],
  templateUrl: './evidence-form-page.html',
  styleUrl: './evidence-form-page.scss',
})
export class EvidenceFormPage implements OnInit {
  readonly #auth = inject(AuthStore);
  readonly #evidence = inject(EvidenceApi);
  readonly #frameworks = inject(FrameworksApi);
  readonly #aspirations = inject(AspirationApi);
  readonly #router = inject(Router);
  readonly #host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly #injector = inject(Injector);
  readonly #fb = inject(NonNullableFormBuilder);

  // Bound from the route: absent for a new piece.
  readonly evidenceId = input<string>();

  protected readonly kinds = codesOf(EVIDENCE_KIND_LABELS);
  protected readonly kindLabels = EVIDENCE_KIND_LABELS;
  protected readonly statusLabels = EVIDENCE_STATUS_LABELS;
  protected readonly decisionLabels = REVIEW_DECISION_LABELS;
  protected readonly strengthLabels = STRENGTH_LABELS;
  protected readonly titleMax = EVIDENCE_TITLE_MAX;
  protected readonly fieldMax = CASE_STUDY_FIELD_MAX;
  protected readonly linksMax = EVIDENCE_LINKS_MAX;
  protected readonly criteriaMax = EVIDENCE_CRITERIA_MAX;

  protected readonly form = this.#fb.group({
    title: ['', Validators.required],
    kind: ['project_case_study' as EvidenceKind, Validators.required],
    occurredOn: ['', Validators.required],
    challenge: ['', Validators.required],
    actions: ['', Validators.required],
    outcome: ['', Validators.required],
    metrics: [''],
    links: this.#fb.array<FormControl<string>>([]),
    criterionIds: this.#fb.control<string[]>([], someCriteria),
  });

  protected readonly state = signal<PageState>('loading');
  protected readonly loadFailure = signal<ApiFailure | null>(null);
  protected readonly framework = signal<Framework | null>(null);
  protected readonly barLevelId = signal<string | null>(null);
  protected readonly existing = signal<EvidenceWithHistory | null>(null);
  protected readonly pending = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly otherErrors = signal<string[]>([]);
  protected readonly reloaded = signal(false);
  protected readonly selected = signal<readonly string[]>([]);

  protected readonly editing = computed(() => Boolean(this.evidenceId()));
  protected readonly barLevelName = computed(() => levelName(this.framework(), this.barLevelId()));
  protected readonly criteriaByTheme = computed(() =>
    byTheme(this.framework()?.criteria ?? [], (criterion) => criterion.theme),
  );
  protected readonly managerName = computed(() => this.#auth.me()?.manager?.name ?? 'your manager');
  // A reviewed piece goes back to "submitted" when saved: say so before it happens.
  protected readonly reviewed = computed(() => {
    const existing = this.existing();
    return existing && existing.status !== 'submitted' ? existing : null;
  });
  protected readonly lastReview = computed(() => this.existing()?.reviews[0] ?? null);
  #version = 0;

  protected get links() {
    return this.form.controls.links;
  }

  ngOnInit(): void {
    void this.#load();
  }

  protected retry(): void {
    void this.#load();
  }

  protected expectationFor(criterionId: string): string | null {
    const criterion = this.framework()?.criteria.find((candidate) => candidate.id === criterionId) ?? null;
    const expectation = expectationAt(criterion, this.barLevelId());
    if (!expectation) return null;
    return expectation.proficiency > 0 ? expectation.description : `Not expected at ${this.barLevelName()}.`;
  }

  protected toggleCriterion(criterionId: string, checked: boolean): void {
    const control = this.form.controls.criterionIds;
    const ids = control.value.filter((id) => id !== criterionId);
    control.setValue(checked ? [...ids, criterionId] : ids);
    control.markAsTouched();
    this.selected.set(control.value);
  }

  protected addLink(): void {
    if (this.links.length >= EVIDENCE_LINKS_MAX) return;
    this.links.push(this.#fb.control('', webLink));
    const index = this.links.length - 1;
    afterNextRender(() => this.#host.nativeElement.querySelector<HTMLElement>(`#link-${index}`)?.focus(), {
      injector: this.#injector,
    });
  }

  protected removeLink(index: number): void {
    this.links.removeAt(index);
    // Focus stays in the list: on the link that took its place, or on "Add a link".
    afterNextRender(
      () =>
        (
          this.#host.nativeElement.querySelector<HTMLElement>(
            `#link-${Math.min(index, this.links.length - 1)}`,
          ) ?? this.#host.nativeElement.querySelector<HTMLElement>('.add-link')
        )?.focus(),
      { injector: this.#injector },
    );
  }

  protected async submit(): Promise<void> {
    if (this.pending()) return;
    this.failure.set(null);
    this.otherErrors.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.#focusFirstInvalid();
      return;
    }
    const me = this.#auth.me();
    if (!me) return;
    const value = this.form.getRawValue();
    const input: EvidenceInput = {
      ...value,
      title: value.title.trim(),
      links: value.links.map((link) => link.trim()).filter(Boolean),
    };
    this.pending.set(true);
    try {
      const id = this.evidenceId();
      await firstValueFrom(
        id
          ? this.#evidence.update(id, { ...input, version: this.#version })
          : this.#evidence.create(me.id, input),
      );
      const state: EvidenceSavedState = { savedEvidence: input.title };
      await this.#router.navigate(['/me/evidence'], { state });
    } catch (error) {
      const failure = describeApiFailure(error);
      this.otherErrors.set(showFieldErrors(this.form, failure));
      this.failure.set(failure);
      this.#focusAlert();
    } finally {
      this.pending.set(false);
    }
  }

  // After a 409: the latest version becomes the base; what was typed stays.
  protected async reload(): Promise<void> {
    const id = this.evidenceId();
    if (!id) return;
    try {
      const latest = await firstValueFrom(this.#evidence.get(id));
      this.existing.set(latest);
      this.#version = latest.version;
      this.failure.set(null);
      this.reloaded.set(true);
    } catch (error) {
      this.failure.set(describeApiFailure(error));
    }
  }

  async #load(): Promise<void> {
    const me = this.#auth.me();
    if (!me) return;
    this.state.set('loading');
    this.loadFailure.set(null);
    const id = this.evidenceId();
    try {
      const [framework, aspiration, existing] = await Promise.all([
        firstValueFrom(this.#frameworks.published()),
        firstValueFrom(this.#aspirations.get(me.id)),
        id ? firstValueFrom(this.#evidence.get(id)) : Promise.resolve(null),
      ]);
      this.framework.set(framework);
      // Evidence is rated against the target level; without one, against today's level.
      this.barLevelId.set(aspiration?.targetLevelId ?? me.levelId);
      if (existing) this.#fill(existing);
      this.state.set('ready');
    } catch (error) {
      if (isNotFound(error) && id) {
        this.state.set('not_found');
        return;
      }
      this.loadFailure.set(describeApiFailure(error));
      this.state.set('failed');
    }
  }

  #fill(evidence: EvidenceWithHistory): void {
    this.existing.set(evidence);
    this.#version = evidence.version;
    this.links.clear();
    for (const link of evidence.links) this.links.push(this.#fb.control(link, webLink));
    this.form.patchValue({
      title: evidence.title,
      kind: evidence.kind,
      occurredOn: evidence.occurredOn,
      challenge: evidence.challenge,
      actions: evidence.actions,
      outcome: evidence.outcome,
      metrics: evidence.metrics,
      criterionIds: evidence.criterionIds,
    });
    this.selected.set(evidence.criterionIds);
  }

  #focusFirstInvalid(): void {
    const host = this.#host.nativeElement;
    const field =
      host.querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid, select.ng-invalid') ??
      host.querySelector<HTMLElement>('.criteria input[type="checkbox"]');
    field?.focus();
  }

  #focusAlert(): void {
    afterNextRender(() => this.#host.nativeElement.querySelector<HTMLElement>('.form-alert')?.focus(), {
      injector: this.#injector,
    });
  }
}
