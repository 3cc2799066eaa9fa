import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import type {
  FrameworkChangesAnswer,
  FrameworkDocument,
  FrameworkListItem,
  FrameworkSummary,
  Page,
} from '@trellis/domain';

/** A version as trellis.framework/v1, with the revision to send back when saving. */
export interface FrameworkDocumentRead {
  readonly framework: FrameworkListItem;
  readonly document: FrameworkDocument;
}

const path = (id: string, rest = '') => `/api/frameworks/${encodeURIComponent(id)}${rest}`;

// The ladder editor's calls (HR and admins). Saves and publishes carry the
// revision that was read: a stale one is a 409, never a silent overwrite.
@Injectable({ providedIn: 'root' })
export class LadderApi {
  readonly #http = inject(HttpClient);

  list(): Observable<Page<FrameworkListItem>> {
    return this.#http.get<Page<FrameworkListItem>>('/api/frameworks', { params: { limit: 100 } });
  }

  startDraft(publishedId: string): Observable<FrameworkListItem> {
    return this.#http.post<FrameworkListItem>(path(publishedId, '/drafts'), null);
  }

  read(id: string): Observable<FrameworkDocumentRead> {
    return this.#http.get<FrameworkDocumentRead>(path(id, '/document'));
  }

  save(id: string, revision: number, document: FrameworkDocument): Observable<FrameworkListItem> {
    return this.#http.put<FrameworkListItem>(path(id, '/document'), { revision, document });
  }

  changes(id: string): Observable<FrameworkChangesAnswer> {
    return this.#http.get<FrameworkChangesAnswer>(path(id, '/changes'));
  }

  publish(id: string, revision: number): Observable<FrameworkListItem> {
    return this.#http.post<FrameworkListItem>(path(id, '/publish'), { revision });
  }

  exportDocument(id: string): Observable<FrameworkDocument> {
    return this.#http.get<FrameworkDocument>(path(id, '/export'));
  }

  importDocument(document: unknown): Observable<FrameworkSummary> {
    return this.#http.post<FrameworkSummary>('/api/frameworks/import', document);
  }
}

/** Offers a JSON value as a file download (an export, or unsaved edits kept safe). */
export const downloadJson = (value: unknown, fileName: string): void => {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoke after the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url));
};

/** `trellis-career-ladder-v2.json` */
export const documentFileName = (name: string, version: number): string =>
  `${
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'framework'
  }-v${version}.json`;
