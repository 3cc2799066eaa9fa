import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import type { HandoverNote, Page } from '@trellis/domain';

// GET /api/people/:id/handover-notes: what managers left for whoever manages
// the person next, which the person reads too. Newest first.
@Injectable({ providedIn: 'root' })
export class HandoverNotesApi {
  readonly #http = inject(HttpClient);

  list(personId: string, limit: number, cursor: string | null = null): Observable<Page<HandoverNote>> {
    let params = new HttpParams().set('limit', limit);
    if (cursor) params = params.set('cursor', cursor);
    return this.#http.get<Page<HandoverNote>>(`/api/people/${encodeURIComponent(personId)}/handover-notes`, {
      params,
    });
  }
}
