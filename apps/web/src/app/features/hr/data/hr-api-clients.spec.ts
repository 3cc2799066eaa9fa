import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';

import { aLadder } from '../../../testing/career-ladder';
import { aMe } from '../../../testing/people';
import { signInAs } from '../../../testing/sign-in-as';
import { disciplinesOf, HrDirectory, levelOptions } from './hr-directory';
import {
  aBench,
  aPathsReport,
  aPosition,
  aTeamMobility,
  aTeamsReport,
  aTrendsReport,
  TEAM,
} from './hr-fixtures';
import { MobilityApi } from './mobility-api';
import { PositionsApi } from './positions-api';

describe('HR area API clients', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  describe('MobilityApi', () => {
    it('should ask for flows with only the filters that are set', async () => {
      const read = firstValueFrom(
        TestBed.inject(MobilityApi).paths({
          from: '2025-01-01',
          teamId: TEAM.growth,
          discipline: ' ',
          by: 'team',
        }),
      );
      backend
        .expectOne(`/api/mobility/paths?from=2025-01-01&teamId=${TEAM.growth}&by=team`)
        .flush(aPathsReport({ by: 'team' }));

      await expect(read).resolves.toMatchObject({ by: 'team', total: 6 });
    });

    it('should read the per-team precedent', async () => {
      const read = firstValueFrom(TestBed.inject(MobilityApi).teams());
      backend.expectOne('/api/mobility/teams').flush(aTeamsReport());

      await expect(read).resolves.toMatchObject({ asOf: '2026-12-07' });
    });

    it('should count moves by kind for every quarter in one call, clipping the first and last', async () => {
      const read = firstValueFrom(
        TestBed.inject(MobilityApi).trends({ from: '2026-05-15', to: '2026-09-30', kind: 'promotion' }),
      );
      backend
        .expectOne('/api/mobility/trends?from=2026-05-15&to=2026-09-30&kind=promotion')
        .flush(aTrendsReport());

      await expect(read).resolves.toEqual([
        {
          quarter: { key: '2026-Q2', label: 'Q2 2026', from: '2026-05-15', to: '2026-06-30' },
          byKind: { hire: 3, promotion: 2, exit: 1 },
          total: 6,
        },
        {
          quarter: { key: '2026-Q3', label: 'Q3 2026', from: '2026-07-01', to: '2026-09-30' },
          byKind: {},
          total: 0,
        },
      ]);
    });
  });

  describe('PositionsApi', () => {
    it('should list seats by status a page at a time', () => {
      TestBed.inject(PositionsApi).list({ status: 'open', limit: 25, cursor: 'abc' }).subscribe();

      backend
        .expectOne('/api/positions?status=open&limit=25&cursor=abc')
        .flush({ items: [], nextCursor: null });
    });

    it('should open a seat', async () => {
      const input = { teamId: TEAM.productMarketing, levelId: aPosition().levelId, title: 'Manager, PMM' };
      const opened = firstValueFrom(TestBed.inject(PositionsApi).open(input));
      const request = backend.expectOne('/api/positions');
      expect(request.request.method).toBe('POST');
      expect(request.request.body).toEqual(input);
      request.flush(aPosition());

      await expect(opened).resolves.toMatchObject({ status: 'open' });
    });

    it('should read a bench and fill a seat from it', () => {
      const api = TestBed.inject(PositionsApi);
      const id = aPosition().id;
      api.bench(id).subscribe();
      backend.expectOne(`/api/positions/${id}/bench`).flush(aBench());

      api.fill(id, 'person-1').subscribe();
      const request = backend.expectOne(`/api/positions/${id}/fill`);
      expect(request.request.method).toBe('POST');
      expect(request.request.body).toEqual({ personId: 'person-1' });
      request.flush({});
    });
  });

  describe('HrDirectory', () => {
    it('should name teams from the per-team report, once per session and sorted', async () => {
      await signInAs(aMe({ roles: ['member', 'hr'] }));
      const directory = TestBed.inject(HrDirectory);

      const first = firstValueFrom(directory.teams());
      backend
        .expectOne('/api/mobility/teams')
        .flush(aTeamsReport([aTeamMobility(), aTeamMobility({ teamId: TEAM.growth, teamName: 'Growth' })]));
      await expect(first).resolves.toEqual([
        { id: TEAM.growth, name: 'Growth' },
        { id: TEAM.productMarketing, name: 'Product Marketing' },
      ]);
      await expect(firstValueFrom(directory.teams())).resolves.toHaveLength(2);
    });

    it('should ask again after a failure', async () => {
      const directory = TestBed.inject(HrDirectory);
      const failing = firstValueFrom(directory.teams());
      backend.expectOne('/api/mobility/teams').flush({ status: 500 }, { status: 500, statusText: 'Error' });
      await expect(failing).rejects.toBeDefined();

      directory.teams().subscribe();
      backend.expectOne('/api/mobility/teams').flush(aTeamsReport());
    });

    it('should list levels by discipline and rank, and the disciplines', () => {
      const ladder = aLadder();
      const levels = levelOptions(ladder);

      expect(levels.map((level) => level.discipline)).toEqual([...levels.map((l) => l.discipline)].sort());
      expect(levels.find((level) => level.name === 'Product Manager')).toBeDefined();
      expect(disciplinesOf(ladder)).toEqual(['Product Management', 'Product Marketing']);
    });
  });
});
