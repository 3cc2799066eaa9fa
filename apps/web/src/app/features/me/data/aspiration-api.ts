import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { catchError, Observable, of, throwError } from 'rxjs';

import type { Aspiration, AspirationInput } from '@trellis/domain';

// GET / PUT /api/people/:id/aspiration.
@Injectable({ providedIn: 'root' })
export class AspirationApi {
  readonly #http = inject(HttpClient);

  // The aspiration, or null when the person has not declared one yet (404).
  get(personId: string): Observable<Aspiration | null> {
    return this.#http
      .get<Aspiration>(`/api/people/${encodeURIComponent(personId)}/aspiration`)
      .pipe(
        catchError((error: unknown) =>
          error instanceof HttpErrorResponse && error.status === 404 ? of(null) : throwError(() => error),
        ),
      );
  }

  // Send the `version` read, so that a change made elsewhere meanwhile is a 409.
  save(personId: string, input: AspirationInput): Observable<Aspiration> {
    return this.#http.put<Aspiration>(`/api/people/${encodeURIComponent(personId)}/aspiration`, input);
  }
}
