import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import type { Evidence } from '@trellis/domain';

import { anEvidence, flushLadder, GROWTH_IDS, settle } from '../../../testing/growth-fixtures';
import { aMe, aPerson } from '../../../testing/people';
import { signInAs } from '../../../testing/sign-in-as';
import { EvidenceLogPage } from './evidence-log-page';

const ID = GROWTH_IDS;
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const evidenceId = (n: number) => `30000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('EvidenceLogPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const page = () => harness.routeNativeElement as HTMLElement;
  const listRequest = (): TestRequest =>
    backend.expectOne((request) => request.url === `/api/people/${ID.person}/evidence`);
  const open = async (
    url = '/me/evidence',
    items: Evidence[] = [anEvidence()],
    nextCursor: string | null = null,
  ) => {
    await signInAs(aMe({ id: ID.person, manager: aPerson({ name: 'Morgan Blake' }) }));
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(url);
    await settle();
    flushLadder(backend);
    const request = listRequest();
    request.flush({ items, nextCursor });
    await navigation;
    await settle(harness.fixture);
    return request;
  };
  const choose = async (label: string, value: string) => {
    const field = [...page().querySelectorAll('mat-form-field')].find((candidate) =>
      text(candidate.querySelector('mat-label')).startsWith(label),
    );
    const select = field?.querySelector('select') as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await settle(harness.fixture);
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'me/evidence', component: EvidenceLogPage }], withComponentInputBinding()),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should list each piece with its status, criteria and the review’s decision, comment and strength', async () => {
    await open('/me/evidence', [
      anEvidence({ id: evidenceId(1), title: 'Waiting piece' }),
      anEvidence({
        id: evidenceId(2),
        title: 'Reviewed piece',
        status: 'accepted',
        criterionIds: [ID.execution, ID.servant],
        review: {
          decision: 'accepted',
          comment: 'This is the bar for how we launch.',
          strength: 'exceeds',
          reviewerId: ID.manager,
          reviewedAt: '2026-06-03T10:00:00.000Z',
        },
      }),
    ]);

    const items = [...page().querySelectorAll('article.item')];
    expect(items.map((item) => text(item.querySelector('h2')))).toEqual(['Waiting piece', 'Reviewed piece']);
    expect(text(items[0])).toContain('Waiting for review');
    expect(text(items[0])).toContain('Waiting for Morgan Blake’s review.');
    expect(text(items[1])).toContain('Accepted');
    expect(text(items[1])).toContain('Exceeds the expectation');
    expect(text(items[1])).toContain('This is the bar for how we launch.');
    expect([...items[1].querySelectorAll('.criteria li')].map(text)).toEqual([
      'Execution',
      'Servant leadership',
    ]);
    expect(items[1].querySelector('h2 a')?.getAttribute('href')).toBe(`/me/evidence/${evidenceId(2)}`);
  });

  it('should filter through the address, and ask the API for only those', async () => {
    const first = await open(`/me/evidence?kind=teaching&status=accepted&criterion=${ID.servant}`);
    expect(first.request.params.get('kind')).toBe('teaching');
    expect(first.request.params.get('status')).toBe('accepted');
    expect(first.request.params.get('criterionId')).toBe(ID.servant);

    await choose('Status', '');
    const request = listRequest();
    expect(request.request.params.has('status')).toBe(false);
    expect(request.request.params.get('kind')).toBe('teaching');
    request.flush({ items: [], nextCursor: null });
    await settle(harness.fixture);
    expect(TestBed.inject(Router).url).toBe(`/me/evidence?kind=teaching&criterion=${ID.servant}`);
    expect(text(page())).toContain('Nothing matches these filters');
  });

  it('should ignore filter values it does not know', async () => {
    const request = await open('/me/evidence?kind=bogus&status=nope');
    expect(request.request.params.has('kind')).toBe(false);
    expect(request.request.params.has('status')).toBe(false);
  });

  it('should load more with the cursor, keep what is shown, and move focus to the first new piece', async () => {
    await open('/me/evidence', [anEvidence({ id: evidenceId(1), title: 'First' })], 'cursor-1');

    (page().querySelector('button.more') as HTMLButtonElement).click();
    await settle(harness.fixture);
    const more = listRequest();
    expect(more.request.params.get('cursor')).toBe('cursor-1');
    more.flush({ items: [anEvidence({ id: evidenceId(2), title: 'Second' })], nextCursor: null });
    await settle(harness.fixture);

    expect([...page().querySelectorAll('article.item h2')].map(text)).toEqual(['First', 'Second']);
    expect(page().querySelector('button.more')).toBeNull();
    expect(document.activeElement?.id).toBe(`evidence-${evidenceId(2)}`);
  });

  it('should explain what good evidence is before there is any', async () => {
    await open('/me/evidence', []);

    const empty = page().querySelector('.empty') as HTMLElement;
    expect(text(empty.querySelector('h2'))).toBe('Show, don’t claim');
    expect([...empty.querySelectorAll('dt')].map(text)).toEqual([
      'The challenge',
      'What you did',
      'The outcome',
      'The data',
    ]);
    expect(page().querySelector('form.filters')).toBeNull();
  });

  it('should say when the evidence cannot be loaded', async () => {
    await signInAs(aMe({ id: ID.person }));
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/me/evidence');
    await settle();
    flushLadder(backend);
    listRequest().flush(
      { title: 'Error', status: 500, correlationId: 'ref-9' },
      { status: 500, statusText: 'Server Error' },
    );
    await navigation;
    await settle(harness.fixture);

    expect(text(page().querySelector('[role="alert"]'))).toContain('Reference ref-9');
  });
});
