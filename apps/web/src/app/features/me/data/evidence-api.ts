import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import type {
  Evidence,
  EvidenceInput,
  EvidenceKind,
  EvidencePatch,
  EvidenceStatus,
  EvidenceWithHistory,
  Page,
} from '@trellis/domain';

export interface EvidenceListQuery {
  readonly criterionId?: string | null;
  readonly kind?: EvidenceKind | null;
  readonly status?: EvidenceStatus | null;
  readonly limit?: number;
  readonly cursor?: string | null;
}

// A person's evidence, newest first, and its edits. An edit sends the
// `version` it read and puts reviewed evidence back to `submitted`.
@Injectable({ providedIn: 'root' })
export class EvidenceApi {
  readonly #http = inject(HttpClient);

  list(personId: string, query: EvidenceListQuery = {}): Observable<Page<Evidence>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== null && value !== undefined && value !== '') params = params.set(key, String(value));
    }
    return this.#http.get<Page<Evidence>>(`/api/people/${encodeURIComponent(personId)}/evidence`, { params });
  }

  // The piece with every review it had, newest first.
  get(evidenceId: string): Observable<EvidenceWithHistory> {
    return this.#http.get<EvidenceWithHistory>(`/api/evidence/${encodeURIComponent(evidenceId)}`);
  }

  create(personId: string, input: EvidenceInput): Observable<Evidence> {
    return this.#http.post<Evidence>(`/api/people/${encodeURIComponent(personId)}/evidence`, input);
  }

  update(evidenceId: string, patch: EvidencePatch): Observable<Evidence> {
    return this.#http.patch<Evidence>(`/api/evidence/${encodeURIComponent(evidenceId)}`, patch);
  }
}
