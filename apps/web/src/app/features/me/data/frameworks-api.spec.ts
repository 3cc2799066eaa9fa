import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';

import type { FrameworkSummary } from '@trellis/domain';

import { aFramework, GROWTH_IDS } from '../../../testing/growth-fixtures';
import { aMe } from '../../../testing/people';
import { signInAs } from '../../../testing/sign-in-as';
import { FrameworksApi, newestPublished } from './frameworks-api';

const summary = (overrides: Partial<FrameworkSummary>): FrameworkSummary => ({
  id: GROWTH_IDS.framework,
  name: 'Trellis career ladder',
  version: 1,
  status: 'published',
  ...overrides,
});

describe('FrameworksApi', () => {
  let api: FrameworksApi;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    api = TestBed.inject(FrameworksApi);
    await signInAs(aMe());
  });

  afterEach(() => backend.verify());

  it('should fetch the published ladder once per session and share it', async () => {
    const first = firstValueFrom(api.published());
    const second = firstValueFrom(api.published());
    backend.expectOne('/api/frameworks?limit=100').flush({ items: [summary({})], nextCursor: null });
    backend.expectOne(`/api/frameworks/${GROWTH_IDS.framework}`).flush(aFramework());

    expect((await first).name).toBe('Trellis career ladder');
    expect(await second).toBe(await first);
    expect(await firstValueFrom(api.published())).toBe(await first);
  });

  it('should forget a failed fetch so that the next page tries again', async () => {
    const failing = firstValueFrom(api.published());
    backend.expectOne('/api/frameworks?limit=100').flush(null, { status: 500, statusText: 'Error' });
    await expect(failing).rejects.toBeTruthy();

    const retry = firstValueFrom(api.published());
    backend.expectOne('/api/frameworks?limit=100').flush({ items: [summary({})], nextCursor: null });
    backend.expectOne(`/api/frameworks/${GROWTH_IDS.framework}`).flush(aFramework());
    expect((await retry).id).toBe(GROWTH_IDS.framework);
  });

  it('should fetch again for another person signing in', async () => {
    const priyas = firstValueFrom(api.published());
    backend.expectOne('/api/frameworks?limit=100').flush({ items: [summary({})], nextCursor: null });
    backend.expectOne(`/api/frameworks/${GROWTH_IDS.framework}`).flush(aFramework());
    await priyas;

    await signInAs(aMe({ email: 'sam@acme.test' }));
    const sams = firstValueFrom(api.published());
    backend.expectOne('/api/frameworks?limit=100').flush({ items: [summary({})], nextCursor: null });
    backend.expectOne(`/api/frameworks/${GROWTH_IDS.framework}`).flush(aFramework());
    expect((await sams).id).toBe(GROWTH_IDS.framework);
  });

  it('should fail clearly when no ladder is published', async () => {
    const none = firstValueFrom(api.published());
    backend
      .expectOne('/api/frameworks?limit=100')
      .flush({ items: [summary({ status: 'draft' })], nextCursor: null });
    await expect(none).rejects.toThrow('No published career ladder');
  });

  it('should ask for the diff between two levels', async () => {
    const diff = firstValueFrom(api.diff(GROWTH_IDS.framework, GROWTH_IDS.seniorPmm, GROWTH_IDS.pmmManager));
    const request = backend.expectOne(
      (candidate) => candidate.url === `/api/frameworks/${GROWTH_IDS.framework}/diff`,
    );
    expect(request.request.params.get('from')).toBe(GROWTH_IDS.seniorPmm);
    expect(request.request.params.get('to')).toBe(GROWTH_IDS.pmmManager);
    request.flush({ criteria: [] });
    await diff;
  });

  it('should pick the newest published version, never a draft', () => {
    expect(
      newestPublished([
        summary({ id: 'a', version: 1 }),
        summary({ id: 'b', version: 3, status: 'draft' }),
        summary({ id: 'c', version: 2 }),
      ])?.id,
    ).toBe('c');
    expect(newestPublished([])).toBeUndefined();
  });
});
