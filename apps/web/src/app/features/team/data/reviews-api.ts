import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import type { Evidence, EvidenceReviewInput, Page, PendingReview } from '@trellis/domain';

// The reviewer's queue (their direct reports' submitted evidence, oldest first)
// and the review itself, which only the direct manager may give.
@Injectable({ providedIn: 'root' })
export class ReviewsApi {
  readonly #http = inject(HttpClient);

  pending(query: { limit?: number; cursor?: string | null } = {}): Observable<Page<PendingReview>> {
    let params = new HttpParams();
    if (query.limit) params = params.set('limit', query.limit);
    if (query.cursor) params = params.set('cursor', query.cursor);
    return this.#http.get<Page<PendingReview>>('/api/reviews/pending', { params });
  }

  // Send the evidence `version` reviewed: an edit by the author since is a 409.
  review(evidenceId: string, input: EvidenceReviewInput): Observable<Evidence> {
    return this.#http.post<Evidence>(`/api/evidence/${encodeURIComponent(evidenceId)}/review`, input);
  }
}
