import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import type { FrameworkChanges, FrameworkDocument, FrameworkListItem } from '@trellis/domain';

import { LadderEditorPage } from './ladder-editor-page';
import { aDocument, aListItem, id } from './ladder-testing';

@Component({ template: 'list' })
class ListStub {}

const DRAFT = aListItem({
  id: id(3),
  version: 2,
  status: 'draft',
  revision: 4,
  current: false,
  publishedAt: null,
});
const PUBLISHED = aListItem({ id: id(1), version: 1 });

const noChanges = (): FrameworkChanges => ({
  tracks: { added: [], removed: [], changed: [] },
  levels: { added: [], removed: [], changed: [] },
  criteria: { added: [], removed: [], changed: [] },
  expectations: [],
  paths: { added: [], removed: [] },
  count: 0,
});

describe('LadderEditorPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const tick = () => new Promise((resolve) => setTimeout(resolve));
  const settle = async () => {
    await tick();
    harness.detectChanges();
    await tick();
    harness.detectChanges();
  };
  const open = async (framework: FrameworkListItem = DRAFT, document: FrameworkDocument = aDocument()) => {
    harness = await RouterTestingHarness.create();
    await TestBed.inject(Router).navigateByUrl(`/hr/ladder/${framework.id}`);
    await tick();
    backend.expectOne(`/api/frameworks/${framework.id}/document`).flush({ framework, document });
    await settle();
  };
  const page = () => harness.routeNativeElement as HTMLElement;
  // The tab body renders its lazy content once its switch has settled.
  const until = async (ready: () => boolean) => {
    for (let attempt = 0; attempt < 50 && !ready(); attempt++) await settle();
  };
  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const button = (label: string) =>
    [...page().querySelectorAll<HTMLButtonElement>('button, a, [role="tab"]')].find((b) => text(b) === label);
  const field = (label: string) => {
    const formField = [...page().querySelectorAll('mat-form-field')].find(
      (candidate) => text(candidate.querySelector('mat-label')) === label,
    );
    return formField?.querySelector<HTMLInputElement>('input, textarea, select') ?? null;
  };
  const change = (element: HTMLInputElement | null, value: string) => {
    if (!element) throw new Error('no such field');
    element.value = value;
    element.dispatchEvent(new Event('change'));
    harness.detectChanges();
  };
  const levelNames = () =>
    [...page().querySelectorAll<HTMLInputElement>('.level input')]
      .filter(
        (input) => input.closest('mat-form-field')?.querySelector('mat-label')?.textContent === 'Level name',
      )
      .map((input) => input.value);

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'hr/ladder', component: ListStub },
            { path: 'hr/ladder/:frameworkId', component: LadderEditorPage },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should show the tracks with their levels as labelled fields', async () => {
    await open();

    expect(text(page().querySelector('h1'))).toBe('Trellis career ladder · version 2');
    expect(text(page().querySelector('legend'))).toBe('Product Marketing (IC)');
    expect(levelNames()).toEqual(['PMM II', 'Senior PMM']);
    expect(button('Save draft')?.disabled).toBe(true);
  });

  it('should save the edited document with the revision it read', async () => {
    await open();

    const [name] = [...page().querySelectorAll<HTMLInputElement>('.level input')];
    change(name ?? null, 'PMM 2');
    expect(text(page().querySelector('#publish-hint'))).toContain('unsaved edits');
    button('Save draft')?.click();

    const request = backend.expectOne(`/api/frameworks/${DRAFT.id}/document`);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body.revision).toBe(4);
    expect(request.request.body.document.tracks[0].levels[0]).toEqual({
      key: 'pmm-2',
      name: 'PMM 2',
      rank: 2,
    });
    request.flush({ ...DRAFT, revision: 5 });
    await settle();

    expect(text(page().querySelector('[role="status"]'))).toBe('Saved.');
    expect(text(page().querySelector('.page-head p'))).toContain('revision 5');
  });

  it('should keep the edits on a conflict and offer what to do with them', async () => {
    await open();

    change(field('New level in Product Marketing (IC)'), 'Lead PMM');
    field('New level in Product Marketing (IC)')?.dispatchEvent(new Event('input'));
    button('Add level')?.click();
    harness.detectChanges();
    expect(levelNames()).toEqual(['PMM II', 'Senior PMM', 'Lead PMM']);
    button('Save draft')?.click();
    backend.expectOne(`/api/frameworks/${DRAFT.id}/document`).flush(
      {
        status: 409,
        detail:
          'Someone saved this draft after you opened it. Reload it to see their changes, then apply yours again.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();

    const alert = text(page().querySelector('[role="alert"]'));
    expect(alert).toContain('Not saved. Someone saved this draft after you opened it.');
    expect(button('Download my edits (JSON)')).toBeDefined();
    expect(levelNames()).toEqual(['PMM II', 'Senior PMM', 'Lead PMM']);

    // Replacing theirs with mine reads the latest revision, then saves mine on it.
    button('Replace their version with mine')?.click();
    await tick();
    backend
      .expectOne(`/api/frameworks/${DRAFT.id}/document`)
      .flush({ framework: { ...DRAFT, revision: 6 }, document: aDocument() });
    await tick();
    const save = backend.expectOne((r) => r.method === 'PUT');
    expect(save.request.body.revision).toBe(6);
    expect(save.request.body.document.tracks[0].levels.map((l: { key: string }) => l.key)).toEqual([
      'pmm-2',
      'senior-pmm',
      'lead-pmm',
    ]);
    save.flush({ ...DRAFT, revision: 7 });
    await settle();
    expect(text(page().querySelector('[role="status"]'))).toBe('Saved.');
  });

  it('should name the fields of an invalid document in the editor’s words', async () => {
    await open();

    change(field('Level name'), '');
    button('Save draft')?.click();
    backend.expectOne(`/api/frameworks/${DRAFT.id}/document`).flush(
      {
        status: 422,
        detail: 'The framework document is not valid; see errors.',
        errors: [{ path: '/document/tracks/0/levels/0/name', message: 'A name cannot be empty' }],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();

    expect(text(page().querySelector('[role="alert"] li'))).toBe(
      'Track “Product Marketing (IC)” › level “” › name: A name cannot be empty',
    );
  });

  it('should list the changes against the published version in plain words', async () => {
    await open();

    button('Changes')?.click();
    await settle();
    backend.expectOne(`/api/frameworks/${DRAFT.id}/changes`).flush({
      framework: DRAFT,
      against: PUBLISHED,
      changes: {
        ...noChanges(),
        expectations: [
          {
            criterionKey: 'execution',
            criterionName: 'Execution',
            levelKey: 'senior-pmm',
            levelName: 'Senior PMM',
            change: 'changed',
            before: { proficiency: 2, description: 'Ships big things.' },
            after: { proficiency: 3, description: 'Ships big things.' },
          },
        ],
        count: 1,
      },
    });
    await until(() => page().querySelector('section.changes') !== null);

    const changes = page().querySelector('section.changes');
    expect(text(changes?.querySelector('h2'))).toBe('Expectations');
    expect(text(changes?.querySelector('li'))).toBe('“Execution” at Senior PMM: proficiency 2 → 3.');
    expect(page().textContent).toContain('Compared with version 1 (current), by key.');
  });

  it('should publish after a confirmation, and explain a refusal for levels in use', async () => {
    await open();

    button('Publish…')?.click();
    await settle();
    const confirm = button('Publish version 2');
    expect(document.activeElement).toBe(confirm);
    confirm?.click();
    const request = backend.expectOne(`/api/frameworks/${DRAFT.id}/publish`);
    expect(request.request.body).toEqual({ revision: 4 });
    request.flush(
      {
        status: 409,
        detail: 'This draft removes a level still in use (2 people, 0 aspirations, 0 open positions).',
        errors: [
          {
            path: '/levels/pmm-1',
            message:
              '"PMM I" (pmm-1) is removed but still in use: 2 people sit on it, 0 aspirations target it, 0 open positions are at it',
          },
        ],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    const alert = text(page().querySelector('[role="alert"]'));
    expect(alert).toContain('Not published. This draft removes a level still in use');
    expect(alert).toContain('"PMM I" (pmm-1) is removed but still in use: 2 people sit on it');

    button('Publish…')?.click();
    await settle();
    button('Publish version 2')?.click();
    backend
      .expectOne(`/api/frameworks/${DRAFT.id}/publish`)
      .flush({ ...DRAFT, status: 'published', current: true });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/hr/ladder');
  });

  it('should open a published version read-only, offering to start a draft', async () => {
    await open(PUBLISHED, aDocument({ version: 1 }));

    expect(button('Save draft')).toBeUndefined();
    expect(field('Level name')?.disabled).toBe(true);
    expect(text(page().querySelector('.page-head p'))).toContain('the current version, frozen');
    button('Start a draft')?.click();
    backend.expectOne(`/api/frameworks/${PUBLISHED.id}/drafts`).flush(DRAFT);
    await settle();
    backend
      .expectOne(`/api/frameworks/${DRAFT.id}/document`)
      .flush({ framework: DRAFT, document: aDocument() });
    await settle();
    expect(TestBed.inject(Router).url).toBe(`/hr/ladder/${DRAFT.id}`);
  });
});
