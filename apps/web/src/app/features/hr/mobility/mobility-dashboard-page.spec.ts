import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { aLadder } from '../../../testing/career-ladder';
import { flushLadder, settle } from '../../../testing/growth-fixtures';
import { aMe } from '../../../testing/people';
import { signInAs } from '../../../testing/sign-in-as';
import { aPathsReport, aTeamMobility, aTeamsReport, aTrendsReport, TEAM } from '../data/hr-fixtures';
import { MobilityDashboardPage } from './mobility-dashboard-page';

// A page of several resources on a busy runner: more than the default 5 s.
jest.setTimeout(20_000);

const harper = aMe({ name: 'Harper Quinn', email: 'harper@acme.test', roles: ['member', 'hr'] });

describe('MobilityDashboardPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let lastTrendsCalls: TestRequest[] = [];

  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const pathsCalls = (match: (request: TestRequest) => boolean = () => true) =>
    backend.match((request) => request.url === '/api/mobility/paths').filter(match);

  const trendsCalls = () => backend.match((request) => request.url === '/api/mobility/trends');

  const open = async (url: string, answers: { paths?: 'error' | ReturnType<typeof aPathsReport> } = {}) => {
    await signInAs(harper);
    harness = await RouterTestingHarness.create();
    await TestBed.inject(Router).navigateByUrl(url);
    await settle();
    // Moves per quarter: one call for every quarter shown.
    const trends = trendsCalls();
    lastTrendsCalls = trends;
    trends.forEach((request) => request.flush(aTrendsReport()));
    for (const request of backend.match((r) => r.url === '/api/mobility/paths')) {
      if (answers.paths === 'error')
        request.flush({ status: 500, correlationId: 'c-1' }, { status: 500, statusText: 'Error' });
      else request.flush(answers.paths ?? aPathsReport());
    }
    backend
      .match('/api/mobility/teams')
      .forEach((request) =>
        request.flush(
          aTeamsReport([
            aTeamMobility(),
            aTeamMobility({ teamId: TEAM.growth, teamName: 'Growth', headcount: 11 }),
          ]),
        ),
      );
    flushLadder(backend, aLadder());
    await settle(harness.fixture);
    harness.detectChanges();
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'hr', component: MobilityDashboardPage }], withComponentInputBinding()),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should draw the flows as a labelled chart with the same flows in a table', async () => {
    await open('/hr');

    const chart = page().querySelector('app-sankey-chart svg[role="img"]');
    expect(chart?.getAttribute('aria-label')).toContain('Flow chart of 6 moves between levels');
    expect(page().querySelectorAll('app-sankey-chart path.link')).toHaveLength(3);
    const rows = [...page().querySelectorAll('app-mobility-flows tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => text(cell)),
    );
    expect(rows).toEqual([
      ['Outside the company', 'Senior PMM', 'Hires', '3'],
      ['Senior PMM', 'Manager, PMM', 'Promotions', '2'],
      ['Manager, PMM', 'Outside the company', 'Exits', '1'],
    ]);
    expect(text(page().querySelector('app-mobility-flows details summary'))).toBe(
      'Show these flows as a table',
    );
  });

  it('should ask for moves per quarter in one call, with the filters, and show every quarter', async () => {
    await open(`/hr?from=2026-05-15&to=2026-09-30&teamId=${TEAM.growth}&kind=promotion&by=track`);

    expect(lastTrendsCalls).toHaveLength(1);
    const params = lastTrendsCalls[0]?.request.params;
    expect(params?.keys().sort()).toEqual(['from', 'kind', 'teamId', 'to']);
    expect([params?.get('from'), params?.get('to'), params?.get('kind')]).toEqual([
      '2026-05-15',
      '2026-09-30',
      'promotion',
    ]);
    const rows = [...page().querySelectorAll('app-mobility-trends tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => text(cell)),
    );
    expect(rows).toEqual([
      ['Q2 2026', '3', '2', '0', '0', '1', '6'],
      ['Q3 2026', '0', '0', '0', '0', '0', '0'],
    ]);
    expect(page().querySelector('app-mobility-trends [role="group"]')?.getAttribute('aria-label')).toContain(
      'Q2 2026 to Q3 2026: 6 moves in all, most in Q2 2026 (6).',
    );
  });

  it('should ask for the last eight quarters up to today without dates', async () => {
    await open('/hr');

    expect(lastTrendsCalls).toHaveLength(1);
    const params = lastTrendsCalls[0]?.request.params;
    const today = new Date().toISOString().slice(0, 10);
    expect(params?.get('to')).toBe(today);
    const from = params?.get('from') ?? '';
    expect(from).toMatch(/^\d{4}-(01|04|07|10)-01$/);
    const months =
      (Number(today.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
      Number(today.slice(5, 7)) -
      Number(from.slice(5, 7));
    expect(months).toBeGreaterThanOrEqual(21);
    expect(months).toBeLessThan(24);
  });

  it('should show each team under its own row header, with every definition reachable', async () => {
    await open('/hr');

    const rowHeaders = [...page().querySelectorAll('app-team-precedent-table tbody th[scope="row"]')].map(
      (th) => text(th),
    );
    expect(rowHeaders).toEqual(['Growth', 'Product Marketing']);
    const info = page().querySelector<HTMLButtonElement>(
      'button[aria-label="How “Internal promotion rate” is computed"]',
    );
    const popover = page().querySelector(`#${info?.getAttribute('popovertarget') ?? 'none'}`);
    expect(text(popover)).toContain('Promotions ÷ (promotions + external hires above entry level)');
    expect(text(page().querySelector('app-team-precedent-table details'))).toContain(
      'How these are computed',
    );
  });

  it('should bind the filters to the address and send them to the API', async () => {
    await open(`/hr?from=2025-01-01&teamId=${TEAM.growth}&kind=promotion&by=track`);

    // Asked already in open(); check what the flows were asked with through the rendered state.
    expect(page().querySelector<HTMLSelectElement>('select')?.value).toBe(TEAM.growth);
    expect(page().querySelector<HTMLInputElement>('input[type="date"]')?.value).toBe('2025-01-01');
    expect(page().querySelector('tr.selected th')?.textContent).toContain('Growth');

    const kind = [...page().querySelectorAll<HTMLSelectElement>('select')][2];
    if (!kind) throw new Error('no kind select');
    kind.value = 'exit';
    kind.dispatchEvent(new Event('change'));
    // Not whenStable: the new requests keep the page busy until answered.
    await settle();
    expect(TestBed.inject(Router).url).toContain('kind=exit');
    const asked = pathsCalls((r) => r.request.params.get('by') === 'track');
    expect(asked[0]?.request.params.get('kind')).toBe('exit');
    expect(asked[0]?.request.params.get('teamId')).toBe(TEAM.growth);
    backend.match(() => true).forEach((request) => request.flush(aPathsReport()));
  });

  it('should say so when no move matches, and offer to clear the filters', async () => {
    await open('/hr?kind=exit', { paths: aPathsReport({ flows: [], total: 0 }) });

    expect(text(page().querySelector('.empty h3'))).toBe('No moves match');
    const clear = [...page().querySelectorAll('button')].find((b) => text(b) === 'Clear filters');
    clear?.click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/hr');
    backend.match(() => true).forEach((request) => request.flush(aPathsReport()));
  });

  it('should explain a failure and refuse a backwards date range without asking', async () => {
    await open('/hr', { paths: 'error' });
    expect(text(page().querySelector('[role="alert"]'))).toContain('Reference c-1');

    await TestBed.inject(Router).navigateByUrl('/hr?from=2026-01-01&to=2025-01-01');
    await settle(harness.fixture);
    harness.detectChanges();
    expect(pathsCalls()).toHaveLength(0);
    expect(trendsCalls()).toHaveLength(0);
    expect(text(page().querySelector('p.error'))).toContain('“From” date is after the “To” date');
  });
});
