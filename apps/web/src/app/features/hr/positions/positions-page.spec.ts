import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { aLadder, LEVEL } from '../../../testing/career-ladder';
import { flushLadder, settle } from '../../../testing/growth-fixtures';
import { aMe } from '../../../testing/people';
import { signInAs } from '../../../testing/sign-in-as';
import { aPosition, aTeamMobility, aTeamsReport, TEAM } from '../data/hr-fixtures';
import { PositionsPage } from './positions-page';

// A page of several resources on a busy runner: more than the default 5 s.
jest.setTimeout(20_000);

const harper = aMe({ name: 'Harper Quinn', email: 'harper@acme.test', roles: ['member', 'hr'] });

describe('PositionsPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const button = (name: string) => [...page().querySelectorAll('button')].find((b) => text(b) === name);

  const open = async (url: string, positions: ReturnType<typeof aPosition>[] | 'error' = [aPosition()]) => {
    await signInAs(harper);
    harness = await RouterTestingHarness.create();
    await TestBed.inject(Router).navigateByUrl(url);
    await settle();
    backend
      .match((r) => r.url === '/api/positions')
      .forEach((r) =>
        positions === 'error'
          ? r.flush({ status: 503 }, { status: 503, statusText: 'Unavailable' })
          : r.flush({ items: positions, nextCursor: null }),
      );
    backend
      .match('/api/mobility/teams')
      .forEach((r) =>
        r.flush(aTeamsReport([aTeamMobility(), aTeamMobility({ teamId: TEAM.growth, teamName: 'Growth' })])),
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
        provideRouter([{ path: 'hr/positions', component: PositionsPage }], withComponentInputBinding()),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should list open seats with team, level and a link to each bench', async () => {
    await open('/hr/positions');

    const row = page().querySelector('tbody tr');
    expect(text(row)).toContain('Manager, Product Marketing');
    expect(text(row)).toContain('Product Marketing');
    expect(text(row)).toContain('Open');
    expect(row?.querySelector('a')?.getAttribute('href')).toBe(`/hr/positions/${aPosition().id}`);
    expect(page().querySelector('a[aria-current="true"]')?.textContent?.trim()).toBe('Open');
  });

  it('should ask for filled seats from the filter', async () => {
    await open('/hr/positions?status=filled', [aPosition({ status: 'filled', filledOn: '2025-04-07' })]);

    expect(text(page().querySelector('tbody tr'))).toContain('Filled');
    expect(text(page().querySelector('tbody tr'))).toContain('7 Apr 2025');
  });

  it('should explain an empty list', async () => {
    await open('/hr/positions', []);
    expect(text(page().querySelector('.empty h2'))).toBe('No open positions');
  });

  it('should open a seat with the team and level chosen from the API', async () => {
    await open('/hr/positions');
    button('Open a position')?.click();
    await settle(harness.fixture);
    harness.detectChanges();

    const [team, level] = [...page().querySelectorAll<HTMLSelectElement>('form select')];
    expect([...(team?.options ?? [])].map((o) => o.text)).toEqual([
      'Choose a team',
      'Growth',
      'Product Marketing',
    ]);
    if (!team || !level) throw new Error('no selects');
    team.value = TEAM.productMarketing;
    team.dispatchEvent(new Event('change'));
    level.value = LEVEL.pmmManager;
    level.dispatchEvent(new Event('change'));
    const title = page().querySelector<HTMLInputElement>('form input');
    if (!title) throw new Error('no title');
    title.value = 'Manager, Product Marketing';
    title.dispatchEvent(new Event('input'));
    page().querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));

    const post = backend.expectOne((r) => r.method === 'POST' && r.url === '/api/positions');
    expect(post.request.body).toEqual({
      teamId: TEAM.productMarketing,
      levelId: LEVEL.pmmManager,
      title: 'Manager, Product Marketing',
    });
    post.flush(aPosition({ id: '30000000-0000-4000-8000-000000000009' }));
    // Not whenStable: the list's reload keeps the page busy until answered.
    await settle();
    backend
      .expectOne((r) => r.method === 'GET' && r.url === '/api/positions')
      .flush({ items: [aPosition()], nextCursor: null });
    await settle(harness.fixture);
    harness.detectChanges();

    expect(text(page().querySelector('[role="status"]'))).toContain(
      '“Manager, Product Marketing” is open. See its bench',
    );
  });

  it('should not send an incomplete seat', async () => {
    await open('/hr/positions');
    button('Open a position')?.click();
    await settle(harness.fixture);
    harness.detectChanges();
    page().querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    await settle(harness.fixture);
    harness.detectChanges();

    expect(text(page().querySelector('form'))).toContain('Choose the team');
    expect(text(page().querySelector('form'))).toContain('Give the position a title');
  });
});

describe('PositionsPage failure', () => {
  it('should explain a failure with a way to try again', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'hr/positions', component: PositionsPage }], withComponentInputBinding()),
      ],
    });
    const backend = TestBed.inject(HttpTestingController);
    await signInAs(harper);
    const harness = await RouterTestingHarness.create();
    await TestBed.inject(Router).navigateByUrl('/hr/positions');
    await settle();
    backend
      .expectOne((r) => r.url === '/api/positions')
      .flush({ status: 500 }, { status: 500, statusText: 'Error' });
    backend.match('/api/mobility/teams').forEach((r) => r.flush(aTeamsReport()));
    flushLadder(backend, aLadder());
    await settle(harness.fixture);
    harness.detectChanges();

    const alert = (harness.routeNativeElement as HTMLElement).querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Something went wrong on our side');
    expect(alert?.textContent).toContain('Try again');
  });
});
