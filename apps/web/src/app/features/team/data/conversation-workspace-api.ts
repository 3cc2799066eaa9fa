import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import type {
  ActionItem,
  ActionItemInput,
  ActionItemPatch,
  Conversation,
  Notes,
  NotesInput,
  NoteVisibility,
} from '@trellis/domain';

const one = (id: string) => `/api/conversations/${encodeURIComponent(id)}`;

// What the conversation workspace needs beyond ConversationsApi: marking it
// held, both kinds of notes, and action items.
@Injectable({ providedIn: 'root' })
export class ConversationWorkspaceApi {
  readonly #http = inject(HttpClient);

  hold(id: string): Observable<Conversation> {
    return this.#http.post<Conversation>(`${one(id)}/hold`, {});
  }

  // Shared notes both participants see; private ones only their author ever does.
  notes(id: string, visibility: NoteVisibility): Observable<Notes> {
    return this.#http.get<Notes>(`${one(id)}/notes/${visibility}`);
  }

  // A stale `version` is answered 409.
  saveNotes(id: string, visibility: NoteVisibility, input: NotesInput): Observable<Notes> {
    return this.#http.put<Notes>(`${one(id)}/notes/${visibility}`, input);
  }

  addActionItem(id: string, input: ActionItemInput): Observable<ActionItem> {
    return this.#http.post<ActionItem>(`${one(id)}/action-items`, input);
  }

  updateActionItem(actionItemId: string, patch: ActionItemPatch): Observable<ActionItem> {
    return this.#http.patch<ActionItem>(`/api/action-items/${encodeURIComponent(actionItemId)}`, patch);
  }
}
