import { HttpClient, HttpEventType } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { filter, map, type Observable } from 'rxjs';

import {
  PEOPLE_IMPORT_CONTENT_TYPE,
  type PeopleImportError,
  type PeopleImportMode,
  type PeopleImportResult,
} from '@trellis/domain';

/** Where a sent file is: bytes going up, the server working on it, or its answer. */
export type ImportProgress =
  | { readonly kind: 'uploading'; readonly loaded: number; readonly total: number | null }
  | { readonly kind: 'processing' }
  | { readonly kind: 'done'; readonly result: PeopleImportResult };

// The org chart import: the CSV goes up as text/csv, with real upload progress
// (HttpClient's XHR backend reports it), a dry run first, then the apply.
@Injectable({ providedIn: 'root' })
export class PeopleImportApi {
  readonly #http = inject(HttpClient);

  send(csv: string, mode: PeopleImportMode): Observable<ImportProgress> {
    return this.#http
      .post<PeopleImportResult>('/api/imports/people', csv, {
        params: { mode },
        headers: { 'Content-Type': PEOPLE_IMPORT_CONTENT_TYPE },
        reportProgress: true,
        observe: 'events',
      })
      .pipe(
        map((event): ImportProgress | null => {
          if (event.type === HttpEventType.UploadProgress) {
            const total = event.total ?? null;
            // Every byte is up: the rest of the wait is the server's.
            return total !== null && event.loaded >= total
              ? { kind: 'processing' }
              : { kind: 'uploading', loaded: event.loaded, total };
          }
          if (event.type === HttpEventType.Response && event.body)
            return { kind: 'done', result: event.body };
          return null;
        }),
        filter((progress): progress is ImportProgress => progress !== null),
      );
  }
}

/** The bad rows of a refused apply (422): the problem's `importErrors`, if any. */
export const importErrorsOf = (body: unknown): PeopleImportError[] | null => {
  if (typeof body !== 'object' || body === null || !('importErrors' in body)) return null;
  const errors = body.importErrors;
  return Array.isArray(errors) ? (errors as PeopleImportError[]) : null;
};
