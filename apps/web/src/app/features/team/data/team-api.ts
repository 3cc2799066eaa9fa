import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { map, Observable, of, shareReplay } from 'rxjs';

import type {
  HandoverNote,
  HandoverNoteInput,
  Page,
  Person,
  TeamDepth,
  TeamFlag,
  TeamOverview,
  TeamSort,
} from '@trellis/domain';

import { AuthStore } from '../../../core/auth/auth-store';

export interface TeamOverviewQuery {
  readonly depth?: TeamDepth;
  readonly sort?: TeamSort;
  readonly flag?: TeamFlag | null;
  readonly q?: string | null;
  readonly limit?: number;
  readonly cursor?: string | null;
}

const person = (id: string) => `/api/people/${encodeURIComponent(id)}`;

const paramsOf = (query: object): HttpParams => {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (typeof value === 'string' ? value.trim() !== '' : typeof value === 'number')
      params = params.set(key, String(value));
  }
  return params;
};

// The manager's side of the API: the overview of their reports, a person of
// their subtree, and the notes left for whoever manages that person next.
@Injectable({ providedIn: 'root' })
export class TeamApi {
  readonly #http = inject(HttpClient);
  readonly #auth = inject(AuthStore);
  #subtree: { readonly personId: string | undefined; readonly deeper: Observable<boolean> } | null = null;

  overview(query: TeamOverviewQuery = {}): Observable<TeamOverview> {
    return this.#http.get<TeamOverview>('/api/team', { params: paramsOf(query) });
  }

  // Whether anyone sits below the signed-in person's reports (a skip-level
  // manager), asked once per session: the org chart rarely changes under it.
  managesBeyondDirectReports(): Observable<boolean> {
    const me = this.#auth.me();
    if (!me || me.directReports.length === 0) return of(false);
    if (!this.#subtree || this.#subtree.personId !== me.id) {
      const deeper = this.overview({ depth: 'all', limit: 1 }).pipe(
        map((overview) => overview.total > me.directReports.length),
        shareReplay({ bufferSize: 1, refCount: false }),
      );
      this.#subtree = { personId: me.id, deeper };
    }
    return this.#subtree.deeper;
  }

  person(personId: string): Observable<Person> {
    return this.#http.get<Person>(person(personId));
  }

  // Newest first.
  handoverNotes(
    personId: string,
    query: { limit?: number; cursor?: string | null } = {},
  ): Observable<Page<HandoverNote>> {
    return this.#http.get<Page<HandoverNote>>(`${person(personId)}/handover-notes`, {
      params: paramsOf(query),
    });
  }

  // The direct manager only; notes are never edited, a correction is a new note.
  addHandoverNote(personId: string, input: HandoverNoteInput): Observable<HandoverNote> {
    return this.#http.post<HandoverNote>(`${person(personId)}/handover-notes`, input);
  }
}
