import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import type { ReadinessDetail } from '@trellis/domain';

import { aDiff, anEvidence, aReadiness, GROWTH_IDS, settle } from '../../../testing/growth-fixtures';
import { aMe } from '../../../testing/people';
import { signInAs } from '../../../testing/sign-in-as';
import { readinessBars, readinessSummary } from './readiness-chart';
import { ReadinessPage } from './readiness-page';

const ID = GROWTH_IDS;
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('ReadinessPage', () => {
  let fixture: ComponentFixture<ReadinessPage>;
  let backend: HttpTestingController;

  const page = () => fixture.nativeElement as HTMLElement;
  const open = async (readiness: ReadinessDetail | null = aReadiness()) => {
    await signInAs(aMe({ id: ID.person }));
    fixture = TestBed.createComponent(ReadinessPage);
    await fixture.whenStable();
    const request = backend.expectOne(`/api/people/${ID.person}/readiness`);
    if (readiness) request.flush(readiness);
    else request.flush(null, { status: 404, statusText: 'Not Found' });
    const evidence = backend.expectOne((candidate) => candidate.url === `/api/people/${ID.person}/evidence`);
    expect(evidence.request.params.get('status')).toBe('accepted');
    evidence.flush({ items: [anEvidence()], nextCursor: null });
    await settle(fixture);
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should show the overall readiness toward the target', async () => {
    await open();

    expect(text(page().querySelector('.lead'))).toContain('Toward Manager, Product Marketing');
    expect(page().querySelector('app-progress-ring svg')?.getAttribute('aria-label')).toBe(
      'Overall readiness: 33%',
    );
    expect(text(page().querySelector('.overall'))).toContain(
      '1 of 3 required criteria demonstrated or exceeded',
    );
  });

  it('should draw the chart as one named image, with the table as its accessible equivalent', async () => {
    await open();

    const chart = page().querySelector('app-bar-chart svg');
    expect(chart?.getAttribute('role')).toBe('img');
    expect(chart?.getAttribute('aria-label')).toContain('1 exceeding, 1 developing, 1 not started');

    const rows = [...page().querySelectorAll('tbody tr')].map((row) => [...row.children].map(text));
    expect(rows[0]).toEqual([
      'Execution, Craft',
      'Exceeding',
      'Insights 2.0 launch',
      'Nothing: this criterion is shown.',
    ]);
    expect(rows[1]?.[3]).toContain('No accepted evidence yet.');
    expect(page().querySelector('tbody a')?.getAttribute('href')).toBe(`/me/evidence/${anEvidence().id}`);
    expect(text(page().querySelector('caption'))).toBe(
      'Readiness by criterion toward Manager, Product Marketing',
    );
  });

  it('should show what changes from the current level to the target', async () => {
    await open();

    expect(text(page().querySelector('#diff-heading'))).toBe(
      'From Senior Product Marketing Manager to Manager, Product Marketing',
    );
    expect(text(page().querySelector('app-level-diff-view'))).toContain('Higher proficiency');
  });

  it('should say that existing evidence counts toward a lateral target', async () => {
    await open(
      aReadiness({
        lateral: true,
        target: { ...aReadiness().target, levelName: 'Product Manager', discipline: 'Product Management' },
        diff: aDiff({ sameDiscipline: false }),
      }),
    );

    expect(text(page().querySelector('.lateral'))).toContain(
      'from Product Marketing to Product Management. Your existing evidence counts against the Product Management criteria of Product Manager',
    );
  });

  it('should ask for an aspiration first when there is none', async () => {
    await open(null);

    expect(text(page().querySelector('h2'))).toBe('Set your aspiration first');
    expect(page().querySelector('a[href="/me/aspiration"]')).not.toBeNull();
    expect(page().querySelector('app-bar-chart')).toBeNull();
  });

  it('should say when readiness cannot be loaded, and try again', async () => {
    await signInAs(aMe({ id: ID.person }));
    fixture = TestBed.createComponent(ReadinessPage);
    await fixture.whenStable();
    backend.expectOne(`/api/people/${ID.person}/readiness`).flush(null, { status: 0, statusText: '' });
    backend.match(() => true).forEach((request) => request.flush({ items: [], nextCursor: null }));
    await settle(fixture);
    expect(text(page().querySelector('[role="alert"]'))).toContain("We couldn't reach Trellis");

    (page().querySelector('[role="alert"] button') as HTMLButtonElement).click();
    await settle(fixture);
    backend.expectOne(`/api/people/${ID.person}/readiness`).flush(aReadiness());
    backend.match(() => true).forEach((request) => request.flush({ items: [], nextCursor: null }));
    await settle(fixture);
    expect(page().querySelector('app-bar-chart')).not.toBeNull();
  });
});

describe('readiness chart data', () => {
  it('should map statuses to steps and tones, muting criteria not expected', () => {
    const readiness = aReadiness();
    readiness.criteria[2] = { ...readiness.criteria[2], required: false, status: 'not_started' };
    expect(
      readinessBars(readiness).map(({ value, tone, valueLabel, muted }) => [value, tone, valueLabel, muted]),
    ).toEqual([
      [3, 'high', 'Exceeding', false],
      [0, 'none', 'Not started', false],
      [0, 'none', 'Not expected', true],
    ]);
  });

  it('should summarise only the required criteria', () => {
    expect(readinessSummary(aReadiness({ criteria: [] }))).toContain('no criteria required');
  });
});
