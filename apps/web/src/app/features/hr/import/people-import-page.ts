import { DecimalPipe } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { Subscription } from 'rxjs';

import {
  PEOPLE_IMPORT_MAX_BYTES,
  type PeopleImportError,
  type PeopleImportMode,
  type PeopleImportResult,
} from '@trellis/domain';

import { Icon } from '../../../shared/icon/icon';
import { describeApiFailure } from '../../me/data/api-failure';
import { importErrorsOf, PeopleImportApi, type ImportProgress } from '../data/people-import-api';
import { ImportErrorTable } from './import-error-table';
import { IMPORT_TEMPLATE_HREF, MOVE_KIND_LABELS } from './import-template';

/** The file as read when chosen: what is checked is exactly what is applied. */
interface ChosenFile {
  readonly name: string;
  readonly size: number;
  readonly text: string;
}

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'sending'; readonly mode: PeopleImportMode; readonly progress: ImportProgress | null }
  | { readonly kind: 'checked'; readonly result: PeopleImportResult }
  | { readonly kind: 'refused'; readonly errors: readonly PeopleImportError[] }
  | { readonly kind: 'applied'; readonly result: PeopleImportResult };

const MOVES_SHOWN = 20;

// FileReader rather than Blob.text(): the same in every browser and in jsdom.
const readText = (file: File): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file, 'utf-8');
  });

// "/hr/import": the org chart import wizard. Choose or drop a CSV, check it (a dry
// run: every bad row with its line), then apply it all at once. Apply is offered
// only for a clean check of the very file chosen; choosing another file starts over.
@Component({
  selector: 'app-people-import-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, RouterLink, MatButton, MatProgressBar, Icon, ImportErrorTable],
  templateUrl: './people-import-page.html',
  styleUrl: './people-import-page.scss',
})
export class PeopleImportPage {
  readonly #api = inject(PeopleImportApi);
  #request: Subscription | null = null;

  protected readonly templateHref = IMPORT_TEMPLATE_HREF;
  protected readonly moveKinds = MOVE_KIND_LABELS;
  protected readonly movesShown = MOVES_SHOWN;
  protected readonly file = signal<ChosenFile | null>(null);
  protected readonly fileFailure = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly dragging = signal(false);
  protected readonly step = signal<Step>({ kind: 'idle' });
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');
  private readonly outcome = viewChild<ElementRef<HTMLElement>>('outcome');

  protected readonly busy = computed(() => this.step().kind === 'sending');
  protected readonly checked = computed(() => {
    const step = this.step();
    return step.kind === 'checked' ? step.result : null;
  });
  protected readonly changes = computed(() => {
    const result = this.checked();
    return result ? result.summary.create + result.summary.update : 0;
  });
  protected readonly canApply = computed(() => {
    const result = this.checked();
    return result !== null && result.errors.length === 0 && this.changes() > 0;
  });
  protected readonly progressValue = computed(() => {
    const step = this.step();
    if (step.kind !== 'sending' || step.progress?.kind !== 'uploading' || !step.progress.total) return null;
    return Math.round((step.progress.loaded / step.progress.total) * 100);
  });
  protected readonly processing = computed(() => {
    const step = this.step();
    return step.kind === 'sending' && step.progress?.kind === 'processing';
  });
  // The row count of the check, shown while the apply works on the same file.
  readonly #checkedRows = signal<number | null>(null);
  protected readonly checkedRows = this.#checkedRows.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.#request?.unsubscribe());
  }

  protected onFileChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const chosen = input.files?.[0] ?? null;
    // Cleared so that choosing the same (edited) file again is noticed.
    input.value = '';
    void this.choose(chosen);
  }

  protected onDragOver(event: DragEvent): void {
    event.preventDefault();
    if (!this.busy()) this.dragging.set(true);
  }

  protected onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    if (!this.busy()) void this.choose(event.dataTransfer?.files[0] ?? null);
  }

  protected chooseAnother(): void {
    this.fileInput()?.nativeElement.click();
  }

  async choose(chosen: File | null): Promise<void> {
    this.step.set({ kind: 'idle' });
    this.failure.set(null);
    this.fileFailure.set(null);
    this.file.set(null);
    if (!chosen) return;
    if (chosen.size > PEOPLE_IMPORT_MAX_BYTES) {
      this.fileFailure.set(`“${chosen.name}” is larger than 5 MB. Split it into several files.`);
      return;
    }
    try {
      this.file.set({ name: chosen.name, size: chosen.size, text: await readText(chosen) });
    } catch {
      this.fileFailure.set(`“${chosen.name}” could not be read. Choose it again.`);
    }
  }

  protected check(): void {
    this.send('dry-run');
  }

  protected apply(): void {
    if (this.canApply()) this.send('apply');
  }

  private send(mode: PeopleImportMode): void {
    const file = this.file();
    if (!file || this.busy()) return;
    if (mode === 'dry-run') this.#checkedRows.set(null);
    this.failure.set(null);
    this.step.set({ kind: 'sending', mode, progress: null });
    this.#request?.unsubscribe();
    this.#request = this.#api.send(file.text, mode).subscribe({
      next: (progress) => {
        if (progress.kind !== 'done') {
          this.step.set({ kind: 'sending', mode, progress });
          return;
        }
        if (mode === 'dry-run') this.#checkedRows.set(progress.result.rows);
        this.step.set({ kind: mode === 'apply' ? 'applied' : 'checked', result: progress.result });
        this.focusOutcome();
      },
      error: (error: unknown) => {
        const refusedRows =
          error instanceof HttpErrorResponse && error.status === 422 ? importErrorsOf(error.error) : null;
        if (refusedRows) {
          // The organization changed since the check: the apply found these rows bad.
          this.step.set({ kind: 'refused', errors: refusedRows });
        } else {
          this.step.set({ kind: 'idle' });
          // 409: another import is being applied; the API says so in its own words.
          const detail =
            error instanceof HttpErrorResponse && error.status === 409
              ? (error.error as { detail?: unknown } | null)?.detail
              : undefined;
          this.failure.set(typeof detail === 'string' ? detail : describeApiFailure(error).message);
        }
        this.focusOutcome();
      },
    });
  }

  private focusOutcome(): void {
    setTimeout(() => this.outcome()?.nativeElement.focus());
  }
}
