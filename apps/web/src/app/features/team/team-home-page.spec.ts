import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import type { Me, TeamOverview } from '@trellis/domain';

import { aConversation } from '../../testing/conversations';
import { aMe, aPerson } from '../../testing/people';
import { signInAs } from '../../testing/sign-in-as';
import { aPendingReview, aTeamMember, aTeamOverview } from '../../testing/team';
import { TeamHomePage } from './team-home-page';

const priya = aPerson({ name: 'Priya Raman' });
const sam = aPerson({ name: 'Sam Okafor' });
const morgan = aMe({ name: 'Morgan Blake', email: 'morgan@acme.test', directReports: [priya, sam] });

const DIRECT = '/api/team?sort=name&depth=direct&limit=25';
const SUBTREE = '/api/team?depth=all&limit=1';
const QUEUE = '/api/reviews/pending?limit=100';
const REQUESTS = '/api/conversations?status=requested&limit=100';

interface Answers {
  readonly overview?: TeamOverview | 'error';
  readonly subtreeTotal?: number;
}

describe('TeamHomePage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const tick = () => new Promise((resolve) => setTimeout(resolve));
  const flushAll = (url: string, body: unknown) =>
    backend
      .match((request) => request.urlWithParams === url)
      .forEach((request) => request.flush(body as object));
  const open = async (url: string, me: Me = morgan, answers: Answers = {}) => {
    await signInAs(me);
    harness = await RouterTestingHarness.create();
    await TestBed.inject(Router).navigateByUrl(url);
    await tick();
    const overview = answers.overview ?? aTeamOverview([aTeamMember({ person: { id: priya.id } })]);
    backend
      .match((request) => request.url === '/api/team' && request.params.get('limit') !== '1')
      .forEach((request) =>
        overview === 'error'
          ? request.flush({ status: 500, correlationId: 'c-9' }, { status: 500, statusText: 'Error' })
          : request.flush(overview),
      );
    flushAll(SUBTREE, aTeamOverview([], { total: answers.subtreeTotal ?? me.directReports.length }));
    flushAll(QUEUE, { items: [aPendingReview(), aPendingReview()], nextCursor: null });
    flushAll(REQUESTS, {
      items: [
        aConversation({ managerId: me.id, reportId: priya.id, requesterId: priya.id }),
        // Morgan's own request to their manager is not one to answer here.
        aConversation({ reportId: me.id, requesterId: me.id }),
      ],
      nextCursor: null,
    });
    await tick();
    harness.detectChanges();
    await harness.fixture.whenStable();
  };
  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const url = () => TestBed.inject(Router).url;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'team', component: TeamHomePage }], withComponentInputBinding()),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should show each report with level, target, readiness, evidence, last conversation and requests', async () => {
    await open('/team');

    const row = page().querySelector('tbody tr');
    expect(text(row?.querySelector('th a'))).toBe('Priya Raman');
    expect(row?.querySelector('th a')?.getAttribute('href')).toBe(`/team/people/${priya.id}`);
    const cell = (label: string) => text(row?.querySelector(`td[data-label="${label}"]`));
    expect(cell('Level → target')).toBe(
      'Senior Product Marketing Manager aiming for Manager, Product Marketing',
    );
    expect(cell('Readiness')).toBe('56%');
    expect(cell('Evidence waiting')).toBe('1');
    expect(cell('Last career conversation')).toMatch(/ago Due in/);
    expect(cell('Open requests')).toBe('1');
    expect(cell('Needs attention')).toBe('Nothing');
  });

  it('should sum up what waits for the manager, with links to the queue and the requests', async () => {
    await open('/team');

    const tiles = [...page().querySelectorAll('.summary a')];
    expect(tiles.map(text)).toEqual([
      '2 pieces of evidence wait for your review',
      '1 request for a career conversation waits for your answer',
    ]);
    expect(tiles.map((tile) => tile.getAttribute('href'))).toEqual(['/team/reviews', '/team/conversations']);
  });

  it('should show flags as chips with words, not colour alone', async () => {
    await open('/team', morgan, {
      overview: aTeamOverview([
        aTeamMember({
          person: { name: 'Sam Okafor' },
          flags: ['no_conversation', 'aspiration_changed'],
          readiness: null,
          aspiration: null,
        }),
      ]),
    });

    expect([...page().querySelectorAll('.chip')].map(text)).toEqual([
      'No recent conversation',
      'Aspiration changed',
    ]);
    expect(text(page().querySelector('td[data-label="Readiness"]'))).toBe('Nothing to measure yet');
    expect(text(page().querySelector('td[data-label="Level → target"]'))).toContain('No target set');
  });

  it('should pass the sort, flag and search of the address to the API', async () => {
    await signInAs(morgan);
    harness = await RouterTestingHarness.create();
    await TestBed.inject(Router).navigateByUrl('/team?sort=readiness&flag=request_waiting&q=Pri');
    await tick();

    backend
      .expectOne('/api/team?q=Pri&sort=readiness&flag=request_waiting&depth=direct&limit=25')
      .flush(aTeamOverview([]));
    flushAll(SUBTREE, aTeamOverview([], { total: 2 }));
    flushAll(QUEUE, { items: [], nextCursor: null });
    flushAll(REQUESTS, { items: [], nextCursor: null });
    await tick();
    harness.detectChanges();

    expect(text(page().querySelector('.empty h2'))).toBe('No one matches');
    expect(text(page().querySelector('.empty p'))).toBe(
      'Nobody in your team is called “Pri” and has the flag “Request waiting”.',
    );
    expect(page().querySelector<HTMLInputElement>('input[type="search"]')?.value).toBe('Pri');
  });

  it('should put the search in the address as the manager types', async () => {
    await open('/team');
    const input = page().querySelector<HTMLInputElement>('input[type="search"]');
    if (!input) throw new Error('no search box');

    input.value = 'Sam';
    input.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, 350));
    await tick();

    expect(url()).toBe('/team?q=Sam');
    backend.expectOne('/api/team?q=Sam&sort=name&depth=direct&limit=25').flush(aTeamOverview([]));
  });

  it('should sort by the option chosen', async () => {
    await open('/team');
    const select = page().querySelector<HTMLSelectElement>('select');
    if (!select) throw new Error('no sort');

    select.value = 'lastConversation';
    select.dispatchEvent(new Event('change'));
    await tick();

    expect(url()).toBe('/team?sort=lastConversation');
    backend.expectOne('/api/team?sort=lastConversation&depth=direct&limit=25').flush(aTeamOverview([]));
  });

  it('should offer the whole subtree to a skip-level manager only', async () => {
    await open('/team', morgan, { subtreeTotal: 2 });
    expect(page().querySelector('mat-slide-toggle')).toBeNull();
  });

  it('should show the whole subtree, with each person’s manager, when asked', async () => {
    await open('/team?depth=all', morgan, {
      subtreeTotal: 5,
      overview: aTeamOverview([
        aTeamMember({ person: { name: 'Lee Park' }, depth: 2, manager: { id: sam.id, name: 'Jordan Diaz' } }),
      ]),
    });

    expect(page().querySelector('mat-slide-toggle')).not.toBeNull();
    expect(text(page().querySelector('tbody th'))).toContain('Reports to Jordan Diaz');
  });

  it('should teach what the page is for when nobody reports to the person', async () => {
    await open('/team', morgan, { overview: aTeamOverview([]) });

    expect(text(page().querySelector('.empty h2'))).toBe('No one reports to you yet');
    expect(page().querySelector('table')).toBeNull();
    expect(page().querySelector('.summary, form[role="search"]')).toBeNull();
  });

  it('should say what went wrong and offer to try again', async () => {
    await open('/team', morgan, { overview: 'error' });

    expect(text(page().querySelector('[role="alert"]'))).toContain('Something went wrong on our side');
    const retry = page().querySelector<HTMLButtonElement>('[role="alert"] button');
    retry?.click();
    await tick();
    backend.expectOne(DIRECT).flush(aTeamOverview([]));
  });

  it('should load the next page on demand', async () => {
    await open('/team', morgan, {
      overview: aTeamOverview([aTeamMember({ person: { name: 'Priya Raman' } })], {
        nextCursor: 'page-2',
        total: 2,
      }),
    });
    const more = [...page().querySelectorAll('button')].find((button) => text(button) === 'Show more people');
    more?.click();
    await tick();

    backend
      .expectOne('/api/team?sort=name&depth=direct&limit=25&cursor=page-2')
      .flush(aTeamOverview([aTeamMember({ person: { name: 'Sam Okafor' } })]));
    await tick();
    harness.detectChanges();

    expect([...page().querySelectorAll('tbody th a')].map(text)).toEqual(['Priya Raman', 'Sam Okafor']);
  });
});
