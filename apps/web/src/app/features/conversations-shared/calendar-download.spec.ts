import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { injectCalendarDownload } from './calendar-download';

const id = '20000000-0000-4000-8000-000000000007';
const url = `/api/conversations/${id}/calendar.ics`;

describe('injectCalendarDownload', () => {
  let backend: HttpTestingController;
  let calendar: ReturnType<typeof injectCalendarDownload>;
  const tick = () => new Promise((resolve) => setTimeout(resolve));

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    calendar = TestBed.runInInjectionContext(() => injectCalendarDownload());
  });

  afterEach(() => backend.verify());

  it('should save the event under the given name, one download at a time', async () => {
    const createObjectURL = jest.fn(() => 'blob:ics');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    const done = calendar.download(id, 'career-conversation.ics');
    expect(calendar.downloading()).toBe(true);
    expect(await calendar.download(id, 'again.ics')).toBeNull();
    backend.expectOne(url).flush(new Blob(['BEGIN:VCALENDAR'], { type: 'text/calendar' }));

    expect(await done).toBeNull();
    expect(calendar.downloading()).toBe(false);
    expect(createObjectURL).toHaveBeenCalled();
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('career-conversation.ics');
    click.mockRestore();
  });

  it("should hand back the API's words when the download fails", async () => {
    const done = calendar.download(id, 'career-conversation.ics');
    await tick();
    backend
      .expectOne(url)
      .flush(new Blob([JSON.stringify({ status: 404, detail: 'No such conversation' })]), {
        status: 404,
        statusText: 'Not Found',
      });

    expect(await done).toEqual(expect.any(String));
    expect(calendar.downloading()).toBe(false);
  });
});
