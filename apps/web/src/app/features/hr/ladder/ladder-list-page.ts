import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import type { FrameworkListItem, ProblemFieldError } from '@trellis/domain';

import { Icon } from '../../../shared/icon/icon';
import { describeApiFailure } from '../../me/data/api-failure';
import { documentFileName, downloadJson, LadderApi } from './ladder-api';

/** The versions of one framework name: the current one, its draft, and the older ones. */
export interface LadderFamily {
  readonly name: string;
  readonly current: FrameworkListItem | null;
  readonly draft: FrameworkListItem | null;
  readonly older: FrameworkListItem[];
}

// Newest version first within a name; names in the order the API lists them.
export const groupByName = (items: readonly FrameworkListItem[]): LadderFamily[] => {
  const names = [...new Set(items.map((item) => item.name))];
  return names.map((name) => {
    const versions = items.filter((item) => item.name === name).sort((a, b) => b.version - a.version);
    return {
      name,
      current: versions.find((item) => item.current) ?? null,
      draft: versions.find((item) => item.status === 'draft') ?? null,
      older: versions.filter((item) => item.status === 'published' && !item.current),
    };
  });
};

// "/hr/ladder": the career frameworks with their versions; start or continue a
// draft, export a version as JSON, import a JSON document as a new draft.
@Component({
  selector: 'app-ladder-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, MatButton, MatProgressBar, Icon],
  templateUrl: './ladder-list-page.html',
  styleUrl: './ladder-list-page.scss',
})
export class LadderListPage {
  readonly #api = inject(LadderApi);
  readonly #router = inject(Router);

  protected readonly frameworks = rxResource({ stream: () => this.#api.list() });
  protected readonly families = computed(() =>
    this.frameworks.hasValue() ? groupByName(this.frameworks.value().items) : [],
  );
  protected readonly loadFailure = computed(() => {
    const error = this.frameworks.error();
    return error ? describeApiFailure(error).message : null;
  });

  protected readonly busy = signal<string | null>(null);
  protected readonly actionFailure = signal<string | null>(null);
  protected readonly importFailure = signal<{
    readonly message: string;
    readonly errors: readonly ProblemFieldError[];
  } | null>(null);

  protected async startDraft(current: FrameworkListItem): Promise<void> {
    await this.#act(`draft:${current.id}`, async () => {
      const draft = await firstValueFrom(this.#api.startDraft(current.id));
      await this.#router.navigate(['/hr/ladder', draft.id]);
    });
  }

  protected async exportJson(version: FrameworkListItem): Promise<void> {
    await this.#act(`export:${version.id}`, async () => {
      const document = await firstValueFrom(this.#api.exportDocument(version.id));
      downloadJson(document, documentFileName(version.name, version.version));
    });
  }

  protected async importJson(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.importFailure.set(null);
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      this.importFailure.set({
        message: `${file.name} is not JSON: export a framework to see the format.`,
        errors: [],
      });
      return;
    }
    this.busy.set('import');
    try {
      const draft = await firstValueFrom(this.#api.importDocument(parsed));
      await this.#router.navigate(['/hr/ladder', draft.id]);
    } catch (error) {
      const failure = describeApiFailure(error);
      this.importFailure.set({
        message: failure.status === 409 ? (problemDetail(error) ?? failure.message) : failure.message,
        errors: failure.fields,
      });
    } finally {
      this.busy.set(null);
    }
  }

  async #act(label: string, work: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(label);
    this.actionFailure.set(null);
    try {
      await work();
    } catch (error) {
      const failure = describeApiFailure(error);
      this.actionFailure.set(
        failure.status === 409 ? (problemDetail(error) ?? failure.message) : failure.message,
      );
      if (failure.status === 409) this.frameworks.reload();
    } finally {
      this.busy.set(null);
    }
  }
}

/** The API's own explanation of a 409 (which draft exists, which version clashes). */
export const problemDetail = (error: unknown): string | null => {
  const body = (error as { error?: unknown } | null)?.error;
  const detail = typeof body === 'object' && body !== null ? (body as { detail?: unknown }).detail : null;
  return typeof detail === 'string' && detail.trim() ? detail : null;
};
