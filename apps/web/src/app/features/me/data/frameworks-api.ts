import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { catchError, map, Observable, shareReplay, switchMap, throwError } from 'rxjs';

import type { Framework, FrameworkSummary, LevelDiff, Page } from '@trellis/domain';

import { AuthStore } from '../../../core/auth/auth-store';

// Every page of the Me area names levels and criteria, so the published ladder
// is fetched once per signed-in person and shared. Published versions are
// immutable: nothing to invalidate while the session lasts.
@Injectable({ providedIn: 'root' })
export class FrameworksApi {
  readonly #http = inject(HttpClient);
  readonly #auth = inject(AuthStore);
  #published: { readonly personId: string | undefined; readonly framework: Observable<Framework> } | null =
    null;

  list(): Observable<Page<FrameworkSummary>> {
    return this.#http.get<Page<FrameworkSummary>>('/api/frameworks', { params: { limit: 100 } });
  }

  get(frameworkId: string): Observable<Framework> {
    return this.#http.get<Framework>(`/api/frameworks/${encodeURIComponent(frameworkId)}`);
  }

  // What changes per criterion from one level to another.
  diff(frameworkId: string, from: string, to: string): Observable<LevelDiff> {
    return this.#http.get<LevelDiff>(`/api/frameworks/${encodeURIComponent(frameworkId)}/diff`, {
      params: { from, to },
    });
  }

  // The newest published ladder, cached for the session; a failed fetch is
  // forgotten so that the next page tries again.
  published(): Observable<Framework> {
    const personId = this.#auth.me()?.id;
    if (!this.#published || this.#published.personId !== personId) {
      const framework = this.list().pipe(
        map(({ items }) => newestPublished(items)),
        switchMap((summary) =>
          summary ? this.get(summary.id) : throwError(() => new Error('No published career ladder')),
        ),
        catchError((error: unknown) => {
          this.#published = null;
          return throwError(() => error);
        }),
        shareReplay({ bufferSize: 1, refCount: false }),
      );
      this.#published = { personId, framework };
    }
    return this.#published.framework;
  }
}

export const newestPublished = (frameworks: readonly FrameworkSummary[]): FrameworkSummary | undefined =>
  frameworks
    .filter((framework) => framework.status === 'published')
    .reduce<FrameworkSummary | undefined>(
      (newest, framework) => (!newest || framework.version > newest.version ? framework : newest),
      undefined,
    );
