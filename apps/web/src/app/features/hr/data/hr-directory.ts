import { inject, Injectable } from '@angular/core';
import { catchError, map, Observable, shareReplay, throwError } from 'rxjs';

import type { Framework } from '@trellis/domain';

import { AuthStore } from '../../../core/auth/auth-store';
import { FrameworksApi } from '../../me/data/frameworks-api';
import { MobilityApi } from './mobility-api';

export interface TeamName {
  readonly id: string;
  readonly name: string;
}

export interface LevelOption {
  readonly id: string;
  readonly name: string;
  readonly trackName: string;
  readonly discipline: string;
}

// The HR pages receive ids; these are the names behind them. There is no team
// directory endpoint: the per-team report names every team of the organization,
// so it is read once per session for that.
@Injectable({ providedIn: 'root' })
export class HrDirectory {
  readonly #mobility = inject(MobilityApi);
  readonly #frameworks = inject(FrameworksApi);
  readonly #auth = inject(AuthStore);
  #teams: { readonly personId: string | undefined; readonly teams: Observable<TeamName[]> } | null = null;

  teams(): Observable<TeamName[]> {
    const personId = this.#auth.me()?.id;
    if (!this.#teams || this.#teams.personId !== personId) {
      const teams = this.#mobility.teams().pipe(
        map((report) =>
          report.teams
            .map((team) => ({ id: team.teamId, name: team.teamName }))
            .sort((a, b) => a.name.localeCompare(b.name)),
        ),
        // A failure is forgotten so that the next page asks again.
        catchError((error: unknown) => {
          this.#teams = null;
          return throwError(() => error);
        }),
        shareReplay({ bufferSize: 1, refCount: false }),
      );
      this.#teams = { personId, teams };
    }
    return this.#teams.teams;
  }

  // The published ladder (cached by FrameworksApi for the session).
  ladder(): Observable<Framework> {
    return this.#frameworks.published();
  }
}

// Every level of the ladder, by discipline then track then rank: the order of a level picker.
export const levelOptions = (framework: Framework | null): LevelOption[] =>
  (framework?.tracks ?? [])
    .slice()
    .sort((a, b) => a.discipline.localeCompare(b.discipline) || a.kind.localeCompare(b.kind))
    .flatMap((track) =>
      track.levels
        .slice()
        .sort((a, b) => a.rank - b.rank)
        .map((level) => ({
          id: level.id,
          name: level.name,
          trackName: track.name,
          discipline: track.discipline,
        })),
    );

export const disciplinesOf = (framework: Framework | null): string[] =>
  [...new Set((framework?.tracks ?? []).map((track) => track.discipline))].sort((a, b) => a.localeCompare(b));
