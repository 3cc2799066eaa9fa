import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { forkJoin, map, Observable, of } from 'rxjs';

import type {
  MobilityPathsFilter,
  MobilityPathsReport,
  MobilityTeamsReport,
  MoveKind,
} from '@trellis/domain';

import type { Quarter } from './mobility-query';

const paramsOf = (query: object): HttpParams => {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (typeof value === 'string' && value.trim() !== '') params = params.set(key, value);
  }
  return params;
};

export type MovesByKind = Partial<Record<MoveKind, number>>;

export interface QuarterMoves {
  readonly quarter: Quarter;
  readonly byKind: MovesByKind;
  readonly total: number;
}

// HR's mobility analytics: flows between levels, tracks or teams, and the
// per-team precedent with the definition of every figure.
@Injectable({ providedIn: 'root' })
export class MobilityApi {
  readonly #http = inject(HttpClient);

  paths(filter: Partial<MobilityPathsFilter> = {}): Observable<MobilityPathsReport> {
    return this.#http.get<MobilityPathsReport>('/api/mobility/paths', { params: paramsOf(filter) });
  }

  teams(query: { teamId?: string; asOf?: string } = {}): Observable<MobilityTeamsReport> {
    return this.#http.get<MobilityTeamsReport>('/api/mobility/teams', { params: paramsOf(query) });
  }

  // Moves per quarter by kind. The paths endpoint has no time buckets, so this
  // asks it once per quarter (a handful of calls, each a constant number of
  // queries) with the page's other filters, grouped by team to keep answers small.
  perQuarter(
    quarters: readonly Quarter[],
    filter: Omit<Partial<MobilityPathsFilter>, 'from' | 'to' | 'by'> = {},
  ): Observable<QuarterMoves[]> {
    if (quarters.length === 0) return of([]);
    return forkJoin(
      quarters.map((quarter) =>
        this.paths({ ...filter, from: quarter.from, to: quarter.to, by: 'team' }).pipe(
          map((report): QuarterMoves => {
            const byKind: MovesByKind = {};
            for (const flow of report.flows) byKind[flow.kind] = (byKind[flow.kind] ?? 0) + flow.count;
            return { quarter, byKind, total: report.total };
          }),
        ),
      ),
    );
  }
}
