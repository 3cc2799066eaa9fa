import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';

import { anAspiration, LEVEL } from '../../../testing/career-ladder';
import { AspirationApi } from './aspiration-api';

describe('AspirationApi', () => {
  let api: AspirationApi;
  let backend: HttpTestingController;
  const personId = '00000000-0000-4000-8000-000000000001';

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(AspirationApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should read the aspiration of a person', async () => {
    const aspiration = anAspiration();
    const read = firstValueFrom(api.get(personId));
    backend.expectOne(`/api/people/${personId}/aspiration`).flush(aspiration);

    await expect(read).resolves.toEqual(aspiration);
  });

  it('should answer null when there is none yet (404)', async () => {
    const read = firstValueFrom(api.get(personId));
    backend
      .expectOne(`/api/people/${personId}/aspiration`)
      .flush(null, { status: 404, statusText: 'Not Found' });

    await expect(read).resolves.toBeNull();
  });

  it('should pass other failures on', async () => {
    const read = firstValueFrom(api.get(personId));
    backend.expectOne(`/api/people/${personId}/aspiration`).flush(null, { status: 500, statusText: 'Error' });

    await expect(read).rejects.toMatchObject({ status: 500 });
  });

  it('should put the whole input, with the version read', async () => {
    const input = {
      targetLevelId: LEVEL.pmmManager,
      statement: 'Lead a team',
      motivations: '',
      strengths: '',
      horizon: null,
      sharedWithHr: false,
      version: 3,
    };
    const saved = firstValueFrom(api.save(personId, input));
    const request = backend.expectOne(`/api/people/${personId}/aspiration`);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual(input);
    request.flush(anAspiration({ version: 4 }));

    await expect(saved).resolves.toMatchObject({ version: 4 });
  });
});
