import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';

import { aMe, aPerson } from '../../../testing/people';
import { signInAs } from '../../../testing/sign-in-as';
import { aHandoverNote, aTeamOverview } from '../../../testing/team';
import { ConversationWorkspaceApi } from './conversation-workspace-api';
import { ReviewsApi } from './reviews-api';
import { TeamApi } from './team-api';

describe('Team area API clients', () => {
  let backend: HttpTestingController;
  const personId = '00000000-0000-4000-8000-000000000009';

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  describe('TeamApi', () => {
    it('should ask for the overview with only the filters that are set', async () => {
      const overview = aTeamOverview([]);
      const read = firstValueFrom(
        TestBed.inject(TeamApi).overview({ depth: 'all', sort: 'readiness', flag: null, q: '  ', limit: 25 }),
      );
      backend.expectOne('/api/team?depth=all&sort=readiness&limit=25').flush(overview);

      await expect(read).resolves.toEqual(overview);
    });

    it('should search by name and filter by flag', () => {
      TestBed.inject(TeamApi).overview({ q: 'Priya', flag: 'request_waiting', cursor: 'abc' }).subscribe();

      backend.expectOne('/api/team?q=Priya&flag=request_waiting&cursor=abc').flush(aTeamOverview([]));
    });

    it('should see a skip-level manager when the subtree holds more than the direct reports, once', async () => {
      await signInAs(aMe({ directReports: [aPerson()] }));
      const api = TestBed.inject(TeamApi);

      const first = firstValueFrom(api.managesBeyondDirectReports());
      backend.expectOne('/api/team?depth=all&limit=1').flush(aTeamOverview([], { total: 4 }));
      await expect(first).resolves.toBe(true);
      // Asked once per session.
      await expect(firstValueFrom(api.managesBeyondDirectReports())).resolves.toBe(true);
    });

    it('should not ask at all for someone without reports', async () => {
      await signInAs(aMe({ directReports: [] }));

      await expect(firstValueFrom(TestBed.inject(TeamApi).managesBeyondDirectReports())).resolves.toBe(false);
    });

    it('should read and add handover notes', async () => {
      const api = TestBed.inject(TeamApi);
      api.handoverNotes(personId, { limit: 10 }).subscribe();
      backend
        .expectOne(`/api/people/${personId}/handover-notes?limit=10`)
        .flush({ items: [], nextCursor: null });

      const added = firstValueFrom(api.addHandoverNote(personId, { body: 'Ready for more' }));
      const request = backend.expectOne(`/api/people/${personId}/handover-notes`);
      expect(request.request.method).toBe('POST');
      expect(request.request.body).toEqual({ body: 'Ready for more' });
      request.flush(aHandoverNote({ body: 'Ready for more' }));
      await expect(added).resolves.toMatchObject({ body: 'Ready for more' });
    });
  });

  describe('ReviewsApi', () => {
    it('should read the queue a page at a time', () => {
      TestBed.inject(ReviewsApi).pending({ limit: 20, cursor: 'next' }).subscribe();

      backend.expectOne('/api/reviews/pending?limit=20&cursor=next').flush({ items: [], nextCursor: null });
    });

    it('should post a review with the version reviewed', () => {
      const input = {
        decision: 'accepted' as const,
        comment: 'Clear data',
        strength: 'meets' as const,
        version: 2,
      };
      TestBed.inject(ReviewsApi).review('e-1', input).subscribe();

      const request = backend.expectOne('/api/evidence/e-1/review');
      expect(request.request.method).toBe('POST');
      expect(request.request.body).toEqual(input);
      request.flush({});
    });
  });

  describe('ConversationWorkspaceApi', () => {
    const id = '20000000-0000-4000-8000-000000000001';

    it('should mark a conversation held', () => {
      TestBed.inject(ConversationWorkspaceApi).hold(id).subscribe();

      const request = backend.expectOne(`/api/conversations/${id}/hold`);
      expect(request.request.method).toBe('POST');
      request.flush({});
    });

    it('should add an action item and patch one', () => {
      const api = TestBed.inject(ConversationWorkspaceApi);
      const input = { ownerId: personId, title: 'Draft the plan', dueOn: null, growthActionId: null };
      api.addActionItem(id, input).subscribe();
      const post = backend.expectOne(`/api/conversations/${id}/action-items`);
      expect(post.request.body).toEqual(input);
      post.flush({});

      api.updateActionItem('a-1', { done: true, version: 3 }).subscribe();
      const patch = backend.expectOne('/api/action-items/a-1');
      expect(patch.request.method).toBe('PATCH');
      expect(patch.request.body).toEqual({ done: true, version: 3 });
      patch.flush({});
    });
  });
});
