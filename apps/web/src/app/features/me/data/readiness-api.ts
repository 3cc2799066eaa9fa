import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { catchError, Observable, of, throwError } from 'rxjs';

import type { ReadinessAnswer } from '@trellis/domain';

// GET /api/people/:id/readiness: per criterion of the aspiration's target level,
// its status, the evidence behind it and what is missing. The person and their
// managers get the full view; HR gets the summary alone.
@Injectable({ providedIn: 'root' })
export class ReadinessApi {
  readonly #http = inject(HttpClient);

  // Null when the person has no aspiration yet, so nothing to be ready for (404).
  get(personId: string): Observable<ReadinessAnswer | null> {
    return this.#http
      .get<ReadinessAnswer>(`/api/people/${encodeURIComponent(personId)}/readiness`)
      .pipe(
        catchError((error: unknown) =>
          error instanceof HttpErrorResponse && error.status === 404 ? of(null) : throwError(() => error),
        ),
      );
  }
}
