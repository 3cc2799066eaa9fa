import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import type { FrameworkListItem } from '@trellis/domain';

import { groupByName, LadderListPage } from './ladder-list-page';
import { aListItem, id } from './ladder-testing';

@Component({ template: 'editor' })
class EditorStub {}

const v1 = aListItem({ id: id(1), version: 1, current: false, supersededById: id(2) });
const v2 = aListItem({ id: id(2), version: 2 });
const draft = aListItem({ id: id(3), version: 3, status: 'draft', current: false, publishedAt: null });

describe('groupByName', () => {
  it('should put the current version, the draft and the older versions of each name together', () => {
    expect(groupByName([v1, draft, v2, aListItem({ id: id(9), name: 'Other' })])).toEqual([
      { name: 'Trellis career ladder', current: v2, draft, older: [v1] },
      { name: 'Other', current: aListItem({ id: id(9), name: 'Other' }), draft: null, older: [] },
    ]);
  });
});

describe('LadderListPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const tick = () => new Promise((resolve) => setTimeout(resolve));
  const open = async (items: FrameworkListItem[] | 'error') => {
    harness = await RouterTestingHarness.create();
    await TestBed.inject(Router).navigateByUrl('/hr/ladder');
    await tick();
    const request = backend.expectOne('/api/frameworks?limit=100');
    if (items === 'error') request.flush({ status: 503 }, { status: 503, statusText: 'Unavailable' });
    else request.flush({ items, nextCursor: null });
    await tick();
    harness.detectChanges();
  };
  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const button = (label: string) =>
    [...page().querySelectorAll<HTMLElement>('button, a')].find((b) => text(b) === label);

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'hr/ladder', component: LadderListPage },
          { path: 'hr/ladder/:frameworkId', component: EditorStub },
        ]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should show the draft to continue, the current version and the superseded one', async () => {
    await open([draft, v2, v1]);

    const versions = [...page().querySelectorAll('.version')].map(
      (version) => `${text(version.querySelector('.title'))}: ${text(version.querySelector('.chip'))}`,
    );
    expect(versions).toEqual(['Version 3: Draft', 'Version 2: Current', 'Version 1: Superseded']);
    expect(button('Continue draft')?.getAttribute('href')).toBe(`/hr/ladder/${draft.id}`);
    // One draft per name: no second one to start.
    expect(button('Start a draft')).toBeUndefined();
  });

  it('should start a draft from the current version and open it', async () => {
    await open([v2, v1]);

    button('Start a draft')?.click();
    const request = backend.expectOne(`/api/frameworks/${v2.id}/drafts`);
    expect(request.request.method).toBe('POST');
    request.flush(draft);
    await tick();

    expect(TestBed.inject(Router).url).toBe(`/hr/ladder/${draft.id}`);
  });

  it('should say why a draft could not be started (409 naming the existing one)', async () => {
    await open([v2]);

    button('Start a draft')?.click();
    backend.expectOne(`/api/frameworks/${v2.id}/drafts`).flush(
      {
        status: 409,
        detail: 'A draft of "Trellis career ladder" (version 3) already exists: continue it instead.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await tick();
    backend.expectOne('/api/frameworks?limit=100').flush({ items: [draft, v2], nextCursor: null });
    await tick();
    harness.detectChanges();

    expect(text(page().querySelector('[role="alert"]'))).toContain('(version 3) already exists');
    expect(button('Continue draft')).toBeDefined();
  });

  it('should import a JSON file as a new draft, listing the problems of a bad one', async () => {
    await open([v2]);
    const input = page().querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    const choose = (content: string) => {
      const file = new File([content], 'ladder.json', { type: 'application/json' });
      Object.defineProperty(file, 'text', { value: () => Promise.resolve(content) });
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change'));
    };

    choose('{"format": "trellis.framework/v1"}');
    await tick();
    backend.expectOne('/api/frameworks/import').flush(
      {
        status: 422,
        detail: 'The framework document is not valid; see errors.',
        errors: [{ path: '/criteria/0/expectations/1/proficiency', message: 'Proficiency is at most 4' }],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await tick();
    harness.detectChanges();
    const alert = text(page().querySelector('[role="alert"]'));
    expect(alert).toContain('The file was not imported. The framework document is not valid');
    expect(alert).toContain('/criteria/0/expectations/1/proficiency Proficiency is at most 4');

    choose('not json');
    await tick();
    harness.detectChanges();
    expect(text(page().querySelector('[role="alert"]'))).toContain('ladder.json is not JSON');
  });

  it('should say what went wrong when the list does not load', async () => {
    await open('error');

    expect(text(page().querySelector('[role="alert"]'))).toContain('Something went wrong on our side');
  });
});
