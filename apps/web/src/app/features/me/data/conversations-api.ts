import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import type {
  CancelConversationInput,
  Conversation,
  ConversationDetail,
  ConversationRequestInput,
  ConversationStatus,
  DeclineConversationInput,
  Notes,
  NotesInput,
  NoteVisibility,
  Page,
  ScheduleConversationInput,
} from '@trellis/domain';

export interface ConversationListQuery {
  readonly status?: ConversationStatus;
  readonly limit?: number;
  readonly cursor?: string;
}

const base = '/api/conversations';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

// The career conversations the signed-in person takes part in.
@Injectable({ providedIn: 'root' })
export class ConversationsApi {
  readonly #http = inject(HttpClient);

  list(query: ConversationListQuery = {}): Observable<Page<Conversation>> {
    let params = new HttpParams();
    if (query.status) params = params.set('status', query.status);
    if (query.limit) params = params.set('limit', query.limit);
    if (query.cursor) params = params.set('cursor', query.cursor);
    return this.#http.get<Page<Conversation>>(base, { params });
  }

  // The conversation with its action items.
  get(id: string): Observable<ConversationDetail> {
    return this.#http.get<ConversationDetail>(one(id));
  }

  request(input: ConversationRequestInput): Observable<Conversation> {
    return this.#http.post<Conversation>(base, input);
  }

  // Accept a time (the person asked), or move a scheduled one.
  schedule(id: string, input: ScheduleConversationInput): Observable<Conversation> {
    return this.#http.post<Conversation>(`${one(id)}/schedule`, input);
  }

  decline(id: string, input: DeclineConversationInput): Observable<Conversation> {
    return this.#http.post<Conversation>(`${one(id)}/decline`, input);
  }

  cancel(id: string, input: CancelConversationInput = {}): Observable<Conversation> {
    return this.#http.post<Conversation>(`${one(id)}/cancel`, input);
  }

  // Shared notes both participants see; private ones only their author ever does.
  notes(id: string, visibility: NoteVisibility): Observable<Notes> {
    return this.#http.get<Notes>(`${one(id)}/notes/${visibility}`);
  }

  // A stale `version` is answered 409: somebody else saved in between.
  saveNotes(id: string, visibility: NoteVisibility, input: NotesInput): Observable<Notes> {
    return this.#http.put<Notes>(`${one(id)}/notes/${visibility}`, input);
  }

  // The .ics needs the bearer token, so it is fetched here rather than linked.
  calendar(id: string): Observable<Blob> {
    return this.#http.get(`${one(id)}/calendar.ics`, { responseType: 'blob' });
  }
}
