import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';

import { aGoal, anEvidence, aReadiness, GROWTH_IDS } from '../../../testing/growth-fixtures';
import { EvidenceApi } from './evidence-api';
import { GrowthPlanApi } from './growth-plan-api';
import { ReadinessApi } from './readiness-api';

describe('the Me area API clients', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  describe('GrowthPlanApi', () => {
    it('should read the plan and send each write to its endpoint', async () => {
      const api = TestBed.inject(GrowthPlanApi);
      const calls = [
        firstValueFrom(api.get('p1')),
        firstValueFrom(
          api.addGoal('p1', { criterionId: GROWTH_IDS.servant, title: 'Coach', description: '' }),
        ),
        firstValueFrom(api.updateGoal('g1', { status: 'done', version: 2 })),
        firstValueFrom(
          api.addAction('g1', { kind: 'course', title: 'Analytics course', description: '', dueOn: null }),
        ),
        firstValueFrom(api.updateAction('a1', { thankYouSent: true, version: 4 })),
      ];

      const expected: [string, string, unknown][] = [
        ['GET', '/api/people/p1/growth-plan', null],
        [
          'POST',
          '/api/people/p1/growth-plan/goals',
          { criterionId: GROWTH_IDS.servant, title: 'Coach', description: '' },
        ],
        ['PATCH', '/api/goals/g1', { status: 'done', version: 2 }],
        [
          'POST',
          '/api/goals/g1/actions',
          { kind: 'course', title: 'Analytics course', description: '', dueOn: null },
        ],
        ['PATCH', '/api/actions/a1', { thankYouSent: true, version: 4 }],
      ];
      for (const [method, url, body] of expected) {
        const request = backend.expectOne({ method, url });
        expect(request.request.body).toEqual(body);
        request.flush(aGoal());
      }
      await Promise.all(calls);
    });
  });

  describe('EvidenceApi', () => {
    it('should list with only the filters that are set', async () => {
      const api = TestBed.inject(EvidenceApi);
      const page = firstValueFrom(
        api.list('p1', {
          criterionId: GROWTH_IDS.execution,
          kind: null,
          status: 'accepted',
          limit: 20,
          cursor: '',
        }),
      );
      const request = backend.expectOne((candidate) => candidate.url === '/api/people/p1/evidence');
      expect(request.request.params.keys().sort()).toEqual(['criterionId', 'limit', 'status']);
      expect(request.request.params.get('status')).toBe('accepted');
      request.flush({ items: [anEvidence()], nextCursor: null });
      expect((await page).items).toHaveLength(1);
    });

    it('should read, create and edit a piece', async () => {
      const api = TestBed.inject(EvidenceApi);
      const { id, personId, status, review, createdAt, updatedAt, version, ...input } = anEvidence();
      void [personId, status, review, createdAt, updatedAt];
      const calls = [
        firstValueFrom(api.get(id)),
        firstValueFrom(api.create('p1', input)),
        firstValueFrom(api.update(id, { title: 'New title', version })),
      ];
      backend.expectOne({ method: 'GET', url: `/api/evidence/${id}` }).flush(anEvidence());
      const create = backend.expectOne({ method: 'POST', url: '/api/people/p1/evidence' });
      expect(create.request.body).toEqual(input);
      create.flush(anEvidence());
      const patch = backend.expectOne({ method: 'PATCH', url: `/api/evidence/${id}` });
      expect(patch.request.body).toEqual({ title: 'New title', version: 1 });
      patch.flush(anEvidence());
      await Promise.all(calls);
    });
  });

  describe('ReadinessApi', () => {
    it('should answer the readiness', async () => {
      const answer = firstValueFrom(TestBed.inject(ReadinessApi).get('p1'));
      backend.expectOne('/api/people/p1/readiness').flush(aReadiness());
      expect((await answer)?.view).toBe('full');
    });

    it('should answer null when the person has no aspiration yet (404)', async () => {
      const answer = firstValueFrom(TestBed.inject(ReadinessApi).get('p1'));
      backend.expectOne('/api/people/p1/readiness').flush(null, { status: 404, statusText: 'Not Found' });
      expect(await answer).toBeNull();
    });

    it('should pass other failures on', async () => {
      const answer = firstValueFrom(TestBed.inject(ReadinessApi).get('p1'));
      backend.expectOne('/api/people/p1/readiness').flush(null, { status: 500, statusText: 'Error' });
      await expect(answer).rejects.toMatchObject({ status: 500 });
    });
  });
});
