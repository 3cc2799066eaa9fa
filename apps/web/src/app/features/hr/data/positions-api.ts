import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';

import type {
  Page,
  Position,
  PositionBench,
  PositionFilled,
  PositionInput,
  PositionStatus,
} from '@trellis/domain';

export interface PositionListQuery {
  readonly status?: PositionStatus | null;
  readonly teamId?: string | null;
  readonly limit?: number;
  readonly cursor?: string | null;
}

const position = (id: string) => `/api/positions/${encodeURIComponent(id)}`;

// Seats and their internal bench. HR opens and fills seats; the bench ranks the
// people whose aspiration targets the seat's level, readiest first.
@Injectable({ providedIn: 'root' })
export class PositionsApi {
  readonly #http = inject(HttpClient);

  // Newest seats first.
  list(query: PositionListQuery = {}): Observable<Page<Position>> {
    let params = new HttpParams();
    if (query.status) params = params.set('status', query.status);
    if (query.teamId) params = params.set('teamId', query.teamId);
    if (query.limit) params = params.set('limit', String(query.limit));
    if (query.cursor) params = params.set('cursor', query.cursor);
    return this.#http.get<Page<Position>>('/api/positions', { params });
  }

  open(input: PositionInput): Observable<Position> {
    return this.#http.post<Position>('/api/positions', input);
  }

  bench(positionId: string): Observable<PositionBench> {
    return this.#http.get<PositionBench>(`${position(positionId)}/bench`);
  }

  // Gives the seat to the person and records their move, in one transaction.
  fill(positionId: string, personId: string): Observable<PositionFilled> {
    return this.#http.post<PositionFilled>(`${position(positionId)}/fill`, { personId });
  }
}
