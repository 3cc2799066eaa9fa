import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import type { Notification, NotificationPage, NotificationsMarked } from '@trellis/domain';

// The domain's name clashes with the browser's Notification API.
export type AppNotification = Notification;

export interface NotificationListQuery {
  readonly limit?: number;
  readonly cursor?: string;
}

// GET /api/notifications (newest first, with the unread count) and marking read.
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  readonly #http = inject(HttpClient);

  list(query: NotificationListQuery = {}): Observable<NotificationPage> {
    let params = new HttpParams();
    if (query.limit) params = params.set('limit', query.limit);
    if (query.cursor) params = params.set('cursor', query.cursor);
    return this.#http.get<NotificationPage>('/api/notifications', { params });
  }

  markRead(id: string): Observable<unknown> {
    return this.#http.post(`/api/notifications/${encodeURIComponent(id)}/read`, null);
  }

  markAllRead(): Observable<NotificationsMarked> {
    return this.#http.post<NotificationsMarked>('/api/notifications/read-all', null);
  }
}
