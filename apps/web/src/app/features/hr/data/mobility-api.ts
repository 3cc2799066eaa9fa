import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { map, Observable } from 'rxjs';

import {
  MOVE_KINDS,
  quarterStartOf,
  type MobilityPathsFilter,
  type MobilityPathsReport,
  type MobilityTeamsReport,
  type MobilityTrends,
  type MobilityTrendsQuery,
  type MoveKind,
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

  // Moves per quarter by kind, in one call: the API lists every quarter of the
  // window (empty ones included); the first and last are clipped to it.
  trends(query: Partial<MobilityTrendsQuery> = {}): Observable<QuarterMoves[]> {
    return this.#http
      .get<MobilityTrends>('/api/mobility/trends', { params: paramsOf(query) })
      .pipe(map((report) => report.periods.map((period) => quarterMovesOf(period, report))));
  }
}

const dayBefore = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

// The chart's shape: the kinds that happened (zeros left out) and their total.
const quarterMovesOf = (
  period: MobilityTrends['periods'][number],
  window: { from: string; to: string },
): QuarterMoves => {
  const end = dayBefore(quarterStartOf(period.start, 1));
  const [year, month] = period.start.split('-').map(Number) as [number, number];
  const byKind: MovesByKind = {};
  let total = 0;
  for (const kind of MOVE_KINDS) {
    const count = period.counts[kind];
    if (count > 0) byKind[kind] = count;
    total += count;
  }
  return {
    quarter: {
      key: `${year}-Q${Math.floor((month - 1) / 3) + 1}`,
      label: period.label,
      from: period.start < window.from ? window.from : period.start,
      to: end > window.to ? window.to : end,
    },
    byKind,
    total,
  };
};
