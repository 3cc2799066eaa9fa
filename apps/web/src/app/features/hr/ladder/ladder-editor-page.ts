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
  linkedSignal,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTab, MatTabGroup } from '@angular/material/tabs';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import type {
  FrameworkDocument,
  FrameworkDocumentLevel,
  FrameworkDocumentTrack,
  FrameworkListItem,
  ProblemFieldError,
} from '@trellis/domain';

import { Icon } from '../../../shared/icon/icon';
import { describeApiFailure } from '../../me/data/api-failure';
import { documentFileName, downloadJson, LadderApi } from './ladder-api';
import {
  addCriterion,
  addLevel,
  addTrack,
  describeChanges,
  describePath,
  expectationOf,
  PROFICIENCY_LABELS,
  removeCriterion,
  removeLevel,
  removeTrack,
  setExpectation,
  updateCriterion,
  updateLevel,
  updateTrack,
} from './ladder-draft';
import { problemDetail } from './ladder-list-page';

/** What went wrong with a save or a publish, in the API's words. */
interface EditorFailure {
  readonly kind: 'stale' | 'invalid' | 'in-use' | 'other';
  readonly message: string;
  readonly errors: readonly ProblemFieldError[];
}

const valueOf = (event: Event): string => (event.target as HTMLInputElement | HTMLTextAreaElement).value;

// "/hr/ladder/:frameworkId": edit a draft (tracks and levels, criteria and their
// expectation per level), save it with the revision it was read at, see what it
// changes against the published version, and publish it. A published version
// opens read-only. Edits live here until saved: a conflict never discards them.
@Component({
  selector: 'app-ladder-editor-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    MatButton,
    MatCheckbox,
    MatExpansionModule,
    MatFormField,
    MatHint,
    MatLabel,
    MatInput,
    MatProgressBar,
    MatTabGroup,
    MatTab,
    Icon,
  ],
  templateUrl: './ladder-editor-page.html',
  styleUrl: './ladder-editor-page.scss',
})
export class LadderEditorPage {
  readonly #api = inject(LadderApi);
  readonly #router = inject(Router);
  readonly #injector = inject(Injector);

  readonly frameworkId = input.required<string>();

  protected readonly proficiencies = PROFICIENCY_LABELS.map((label, value) => ({ value, label }));
  protected readonly expectationOf = expectationOf;
  protected readonly describePath = describePath;

  protected readonly loaded = rxResource({
    params: () => this.frameworkId(),
    stream: ({ params }) => this.#api.read(params),
  });
  protected readonly loadFailure = computed(() => {
    const error = this.loaded.error();
    return error ? describeApiFailure(error).message : null;
  });

  /** The version as last read or saved. */
  protected readonly framework = linkedSignal<FrameworkListItem | null>(() =>
    this.loaded.hasValue() ? this.loaded.value().framework : null,
  );
  /** What the server holds, to tell unsaved edits apart. */
  readonly #saved = linkedSignal<FrameworkDocument | null>(() =>
    this.loaded.hasValue() ? this.loaded.value().document : null,
  );
  /** The document being edited. */
  protected readonly draft = linkedSignal<FrameworkDocument | null>(() => this.#saved());

  // Not while a reload is on its way: its answer replaces the document, and an edit made
  // in between would vanish with it.
  protected readonly editable = computed(
    () => this.framework()?.status === 'draft' && !this.loaded.isLoading(),
  );
  protected readonly dirty = computed(() => this.draft() !== this.#saved());

  protected readonly saving = signal(false);
  protected readonly failure = signal<EditorFailure | null>(null);
  protected readonly notice = signal<string | null>(null);

  // ── Changes ────────────────────────────────────────────────────────────────
  readonly #changesAsked = signal(0);
  protected readonly changes = rxResource({
    params: () =>
      this.#changesAsked() > 0 ? { id: this.frameworkId(), n: this.#changesAsked() } : undefined,
    stream: ({ params }) => this.#api.changes(params.id),
  });
  protected readonly changeGroups = computed(() =>
    this.changes.hasValue() ? describeChanges(this.changes.value().changes) : [],
  );
  protected readonly changesFailure = computed(() => {
    const error = this.changes.error();
    return error ? describeApiFailure(error).message : null;
  });

  // ── Publish ────────────────────────────────────────────────────────────────
  protected readonly confirmingPublish = signal(false);
  protected readonly publishButton = viewChild<string, ElementRef<HTMLButtonElement>>('confirmPublish', {
    read: ElementRef,
  });

  // ── New items ──────────────────────────────────────────────────────────────
  protected readonly newTrackName = signal('');
  protected readonly newTrackDiscipline = signal('');
  protected readonly newCriterionName = signal('');
  protected readonly newCriterionTheme = signal('');
  protected readonly newLevelNames = signal<Record<string, string>>({});

  protected readonly valueOf = valueOf;

  protected onTab(index: number): void {
    // The third tab is "Changes": ask the API each time it opens, so it follows the saves.
    if (index === 2) this.#changesAsked.update((n) => n + 1);
  }

  protected edit(change: (document: FrameworkDocument) => FrameworkDocument): void {
    const document = this.draft();
    if (!document || !this.editable()) return;
    this.draft.set(change(document));
    this.notice.set(null);
  }

  protected renameTrack(track: FrameworkDocumentTrack, event: Event): void {
    this.edit((d) => updateTrack(d, track.key, { name: valueOf(event) }));
  }
  protected setTrackKind(track: FrameworkDocumentTrack, event: Event): void {
    const kind = valueOf(event) === 'management' ? 'management' : 'ic';
    this.edit((d) => updateTrack(d, track.key, { kind }));
  }
  protected setTrackDiscipline(track: FrameworkDocumentTrack, event: Event): void {
    this.edit((d) => updateTrack(d, track.key, { discipline: valueOf(event) }));
  }
  protected removeTrack(track: FrameworkDocumentTrack): void {
    this.edit((d) => removeTrack(d, track.key));
  }
  protected addTrack(): void {
    const name = this.newTrackName().trim();
    const discipline = this.newTrackDiscipline().trim();
    if (!name || !discipline) return;
    this.edit((d) => addTrack(d, name, discipline));
    this.newTrackName.set('');
  }

  protected updateLevel(level: FrameworkDocumentLevel, fields: Partial<FrameworkDocumentLevel>): void {
    this.edit((d) => updateLevel(d, level.key, fields));
  }
  protected setRank(level: FrameworkDocumentLevel, event: Event): void {
    const rank = Number(valueOf(event));
    if (Number.isInteger(rank)) this.updateLevel(level, { rank });
  }
  protected removeLevel(level: FrameworkDocumentLevel): void {
    this.edit((d) => removeLevel(d, level.key));
  }
  protected setNewLevelName(track: FrameworkDocumentTrack, event: Event): void {
    this.newLevelNames.update((names) => ({ ...names, [track.key]: valueOf(event) }));
  }
  protected addLevel(track: FrameworkDocumentTrack): void {
    const name = (this.newLevelNames()[track.key] ?? '').trim();
    if (!name) return;
    this.edit((d) => addLevel(d, track.key, name));
    this.newLevelNames.update((names) => ({ ...names, [track.key]: '' }));
  }

  protected updateCriterion(key: string, field: 'name' | 'theme' | 'description', event: Event): void {
    this.edit((d) => updateCriterion(d, key, { [field]: valueOf(event) }));
  }
  protected removeCriterion(key: string): void {
    this.edit((d) => removeCriterion(d, key));
  }
  protected addCriterion(): void {
    const name = this.newCriterionName().trim();
    const theme = this.newCriterionTheme().trim();
    if (!name || !theme) return;
    this.edit((d) => addCriterion(d, name, theme));
    this.newCriterionName.set('');
  }
  protected setProficiency(criterionKey: string, levelKey: string, event: Event): void {
    this.edit((d) => setExpectation(d, criterionKey, levelKey, { proficiency: Number(valueOf(event)) }));
  }
  protected setExpectationText(criterionKey: string, levelKey: string, event: Event): void {
    this.edit((d) => setExpectation(d, criterionKey, levelKey, { description: valueOf(event) }));
  }

  // ── Save ───────────────────────────────────────────────────────────────────

  protected async save(): Promise<void> {
    const framework = this.framework();
    const document = this.draft();
    if (!framework || !document || this.saving()) return;
    this.saving.set(true);
    this.failure.set(null);
    this.notice.set(null);
    try {
      const saved = await firstValueFrom(this.#api.save(framework.id, framework.revision, document));
      this.framework.set(saved);
      this.#saved.set(document);
      this.notice.set('Saved.');
      if (this.#changesAsked() > 0) this.#changesAsked.update((n) => n + 1);
    } catch (error) {
      this.failure.set(this.#failureOf(error));
    } finally {
      this.saving.set(false);
    }
  }

  /** After a conflict: keep your edits as a file before deciding. */
  protected downloadEdits(): void {
    const document = this.draft();
    if (document) downloadJson(document, documentFileName(`${document.name} my edits`, document.version));
  }

  /** After a conflict: the other editor's version replaces yours (asked for explicitly). */
  protected reloadLatest(): void {
    this.failure.set(null);
    this.notice.set(null);
    this.loaded.reload();
  }

  /** After a conflict: yours replaces theirs, at the latest revision (asked for explicitly). */
  protected async overwriteWithMine(): Promise<void> {
    const framework = this.framework();
    if (!framework) return;
    try {
      const latest = await firstValueFrom(this.#api.read(framework.id));
      this.framework.set(latest.framework);
      await this.save();
    } catch (error) {
      this.failure.set(this.#failureOf(error));
    }
  }

  /** From a published version: a new draft copied from it (409 names an existing one). */
  protected async startDraft(): Promise<void> {
    const framework = this.framework();
    if (!framework || this.saving()) return;
    this.saving.set(true);
    this.failure.set(null);
    try {
      const draft = await firstValueFrom(this.#api.startDraft(framework.id));
      await this.#router.navigate(['/hr/ladder', draft.id]);
    } catch (error) {
      this.failure.set(this.#failureOf(error));
    } finally {
      this.saving.set(false);
    }
  }

  // ── Publish ────────────────────────────────────────────────────────────────

  protected askToPublish(): void {
    this.confirmingPublish.set(true);
    this.failure.set(null);
    afterNextRender(() => this.publishButton()?.nativeElement.focus(), { injector: this.#injector });
  }

  protected async publish(): Promise<void> {
    const framework = this.framework();
    if (!framework || this.saving()) return;
    this.saving.set(true);
    this.failure.set(null);
    this.notice.set(null);
    try {
      await firstValueFrom(this.#api.publish(framework.id, framework.revision));
      this.confirmingPublish.set(false);
      await this.#router.navigate(['/hr/ladder']);
    } catch (error) {
      this.failure.set(this.#failureOf(error));
      this.confirmingPublish.set(false);
    } finally {
      this.saving.set(false);
    }
  }

  #failureOf(error: unknown): EditorFailure {
    const failure = describeApiFailure(error);
    const detail = problemDetail(error);
    if (failure.status === 409) {
      const errors = ((error as { error?: { errors?: ProblemFieldError[] } }).error?.errors ?? []).filter(
        (e) => typeof e?.message === 'string',
      );
      if (errors.some((e) => e.path.startsWith('/levels/'))) {
        return { kind: 'in-use', message: detail ?? failure.message, errors };
      }
      if (detail && /saved this draft after you opened it/.test(detail)) {
        return { kind: 'stale', message: detail, errors: [] };
      }
      return { kind: 'other', message: detail ?? failure.message, errors: [] };
    }
    if (failure.status === 422 || failure.status === 400) {
      return { kind: 'invalid', message: failure.message, errors: failure.fields };
    }
    return { kind: 'other', message: failure.message, errors: [] };
  }
}
