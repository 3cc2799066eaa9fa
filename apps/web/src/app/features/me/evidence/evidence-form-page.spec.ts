import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import type { EvidenceWithHistory } from '@trellis/domain';

import { anAspiration } from '../../../testing/career-ladder';
import { anEvidence, flushLadder, GROWTH_IDS, settle, withHistory } from '../../../testing/growth-fixtures';
import { aMe, aPerson } from '../../../testing/people';
import { signInAs } from '../../../testing/sign-in-as';
import { EvidenceFormPage } from './evidence-form-page';

const ID = GROWTH_IDS;
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

@Component({ template: 'log' })
class Log {}

describe('EvidenceFormPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const page = () => harness.routeNativeElement as HTMLElement;
  const open = async (existing: EvidenceWithHistory | null = null) => {
    await signInAs(aMe({ id: ID.person, levelId: ID.seniorPmm, manager: aPerson({ name: 'Morgan Blake' }) }));
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(existing ? `/me/evidence/${existing.id}` : '/me/evidence/new');
    await settle();
    flushLadder(backend);
    backend
      .expectOne(`/api/people/${ID.person}/aspiration`)
      .flush(anAspiration({ personId: ID.person, targetLevelId: ID.pmmManager }));
    if (existing) backend.expectOne(`/api/evidence/${existing.id}`).flush(existing);
    await navigation;
    await settle(harness.fixture);
  };
  const control = <T extends HTMLElement = HTMLInputElement>(name: string) =>
    page().querySelector(`[formcontrolname="${name}"]`) as T;
  const type = (field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) => {
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
  };
  const button = (name: string) =>
    [...page().querySelectorAll<HTMLButtonElement>('button')].find(
      (candidate) => text(candidate) === name,
    ) as HTMLButtonElement;
  const click = async (element: HTMLElement) => {
    element.click();
    await settle(harness.fixture);
  };
  const criterion = (name: string) =>
    [...page().querySelectorAll('.criterion')].find(
      (candidate) => text(candidate.querySelector('mat-checkbox')) === name,
    ) as HTMLElement;
  const fillCaseStudy = async () => {
    type(control('title'), '  Insights 2.0 launch ');
    type(control<HTMLSelectElement>('kind'), 'cross_functional_project');
    type(control('occurredOn'), '2026-05-20');
    type(control<HTMLTextAreaElement>('challenge'), 'Five teams, five plans.');
    type(control<HTMLTextAreaElement>('actions'), 'One launch council, one plan.');
    type(control<HTMLTextAreaElement>('outcome'), 'Shipped on the planned date.');
    type(control<HTMLTextAreaElement>('metrics'), '41 opportunities in 30 days.');
    await click(criterion('Execution').querySelector('input') as HTMLInputElement);
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'me/evidence', component: Log },
            { path: 'me/evidence/new', component: EvidenceFormPage },
            { path: 'me/evidence/:evidenceId', component: EvidenceFormPage },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should show what the target level expects under each criterion', async () => {
    await open();

    expect(text(page().querySelector('h1'))).toBe('Log evidence');
    expect(text(criterion('Execution'))).toContain('Builds a team that delivers its launch calendar.');
    expect(text(page().querySelector('#criteria-help'))).toContain('what Manager, Product Marketing expects');
  });

  it('should submit the case study with its links and criteria, then go back to the log', async () => {
    await open();
    await fillCaseStudy();
    await click(button('Add a link'));
    expect(document.activeElement?.id).toBe('link-0');
    type(page().querySelector('#link-0') as HTMLInputElement, 'https://wiki.acme.test/launch');
    await click(button('Add a link'));
    await click(page().querySelector('[aria-label="Remove link 2"]') as HTMLElement);
    await click(button('Submit for review'));

    const request = backend.expectOne({ method: 'POST', url: `/api/people/${ID.person}/evidence` });
    expect(request.request.body).toEqual({
      title: 'Insights 2.0 launch',
      kind: 'cross_functional_project',
      occurredOn: '2026-05-20',
      challenge: 'Five teams, five plans.',
      actions: 'One launch council, one plan.',
      outcome: 'Shipped on the planned date.',
      metrics: '41 opportunities in 30 days.',
      links: ['https://wiki.acme.test/launch'],
      criterionIds: [ID.execution],
    });
    request.flush(anEvidence());
    await settle(harness.fixture);
    expect(TestBed.inject(Router).url).toBe('/me/evidence');
  });

  it('should say what is missing without calling the API', async () => {
    await open();
    await click(button('Add a link'));
    type(page().querySelector('#link-0') as HTMLInputElement, 'javascript:alert(1)');
    await click(button('Submit for review'));

    const errors = [...page().querySelectorAll('mat-error')].map(text);
    expect(errors).toEqual(
      expect.arrayContaining([
        'Give the evidence a title',
        'Describe the challenge',
        'Use a web address starting with https:// or http://',
      ]),
    );
    expect(text(page().querySelector('#criteria-error'))).toBe('Tie the evidence to at least one criterion');
    expect(document.activeElement).toBe(control('title'));
  });

  it('should put the API’s field errors beside their fields', async () => {
    await open();
    await fillCaseStudy();
    await click(button('Submit for review'));
    backend.expectOne({ method: 'POST', url: `/api/people/${ID.person}/evidence` }).flush(
      {
        title: 'Bad request',
        status: 400,
        correlationId: 'c',
        errors: [
          { path: 'title', message: 'Keep the title under 200 characters' },
          { path: 'criterionIds.0', message: 'Unknown criterion' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(harness.fixture);

    expect(text(page().querySelector('.form-alert'))).toContain(
      'Check the highlighted fields and try again.',
    );
    expect(text(control('title').closest('mat-form-field')?.querySelector('mat-error'))).toBe(
      'Keep the title under 200 characters',
    );
    expect(text(page().querySelector('#criteria-error'))).toBe('Unknown criterion');
  });

  it('should edit a reviewed piece, warning that saving asks for a new review', async () => {
    const review = {
      decision: 'needs_more',
      comment: 'Add the numbers.',
      strength: null,
      reviewerId: ID.manager,
      reviewedAt: '2026-06-01T10:00:00.000Z',
    } as const;
    const reviewed = anEvidence({ status: 'needs_more', version: 4, review });
    await open(withHistory(reviewed, [{ ...review, id: ID.plan, evidenceVersion: 4 }]));

    expect(text(page().querySelector('h1'))).toBe('Edit evidence');
    expect(text(page().querySelector('.warning'))).toContain(
      'Saving changes puts it back to “Waiting for review”',
    );
    expect(text(page().querySelector('.review'))).toContain('Add the numbers.');
    expect(control('title').value).toBe('Insights 2.0 launch');
    expect((page().querySelector('#link-0') as HTMLInputElement).value).toBe('https://wiki.acme.test/launch');

    type(control<HTMLTextAreaElement>('metrics'), '41 opportunities; 2 escalations instead of 17.');
    await click(button('Save changes'));
    const request = backend.expectOne({ method: 'PATCH', url: `/api/evidence/${reviewed.id}` });
    expect(request.request.body).toMatchObject({
      metrics: '41 opportunities; 2 escalations instead of 17.',
      version: 4,
    });
    request.flush({ ...reviewed, status: 'submitted', review: null, version: 5 });
    await settle(harness.fixture);
    expect(TestBed.inject(Router).url).toBe('/me/evidence');
  });

  it('should keep the edits when the piece changed elsewhere, and save over the reloaded version', async () => {
    await open(withHistory(anEvidence({ version: 2 })));
    type(control('title'), 'A sharper title');
    await click(button('Save changes'));
    backend
      .expectOne({ method: 'PATCH', url: `/api/evidence/${anEvidence().id}` })
      .flush({ title: 'Conflict', status: 409, correlationId: 'c' }, { status: 409, statusText: 'Conflict' });
    await settle(harness.fixture);

    expect(text(page().querySelector('.form-alert'))).toContain('This changed elsewhere');
    await click(button('Reload'));
    backend
      .expectOne(`/api/evidence/${anEvidence().id}`)
      .flush(withHistory(anEvidence({ version: 3, title: 'Theirs' })));
    await settle(harness.fixture);
    expect(control('title').value).toBe('A sharper title');

    await click(button('Save changes'));
    const retry = backend.expectOne({ method: 'PATCH', url: `/api/evidence/${anEvidence().id}` });
    expect(retry.request.body).toMatchObject({ title: 'A sharper title', version: 3 });
    retry.flush(anEvidence({ version: 4 }));
    await settle(harness.fixture);
  });

  it('should say when the piece does not exist', async () => {
    await signInAs(aMe({ id: ID.person }));
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(`/me/evidence/${ID.plan}`);
    await settle();
    flushLadder(backend);
    backend
      .expectOne(`/api/people/${ID.person}/aspiration`)
      .flush(null, { status: 404, statusText: 'Not Found' });
    backend.expectOne(`/api/evidence/${ID.plan}`).flush(null, { status: 404, statusText: 'Not Found' });
    await navigation;
    await settle(harness.fixture);

    expect(text(page())).toContain('We can’t find this evidence');
  });
});
