import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import type { ActionItem, ActionItemInput, ActionItemPatch, Conversation } from '@trellis/domain';

const one = (id: string) => `/api/conversations/${encodeURIComponent(id)}`;

// What the conversation workspace needs beyond ConversationsApi: marking it
// held, and action items.
@Injectable({ providedIn: 'root' })
export class ConversationWorkspaceApi {
  readonly #http = inject(HttpClient);

  hold(id: string): Observable<Conversation> {
    return this.#http.post<Conversation>(`${one(id)}/hold`, {});
  }

  addActionItem(id: string, input: ActionItemInput): Observable<ActionItem> {
    return this.#http.post<ActionItem>(`${one(id)}/action-items`, input);
  }

  updateActionItem(actionItemId: string, patch: ActionItemPatch): Observable<ActionItem> {
    return this.#http.patch<ActionItem>(`/api/action-items/${encodeURIComponent(actionItemId)}`, patch);
  }
}
