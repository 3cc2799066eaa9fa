import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import type { GrowthPlan, Person, ReadinessDetail } from '@trellis/domain';

import { aLadder, anAspiration, LEVEL } from '../../../testing/career-ladder';
import { aMe, aPerson } from '../../../testing/people';
import { signInAs } from '../../../testing/sign-in-as';
import { aHandoverNote, anEvidence, CRITERION } from '../../../testing/team';
import { TeamPersonPage } from './team-person-page';

const morgan = aMe({ name: 'Morgan Blake', email: 'morgan@acme.test' });
const priya = aPerson({
  name: 'Priya Raman',
  title: 'Senior Product Marketing Manager',
  managerId: morgan.id,
  levelId: LEVEL.seniorPmm,
});
const NOT_FOUND = { status: 404, statusText: 'Not Found' };

const readiness = (personId: string): ReadinessDetail => ({
  view: 'full',
  personId,
  targetLevelId: LEVEL.pmmManager,
  overall: 0.5,
  criteria: [
    {
      criterionId: CRITERION.crossFunctional,
      status: 'demonstrating',
      evidenceIds: [],
      missing: '',
      required: true,
      weight: 1,
      name: 'Cross-functional impact',
      theme: 'Impact',
      expectation: { proficiency: 3, description: 'Builds a team partners trust.' },
    },
    {
      criterionId: CRITERION.leadership,
      status: 'not_started',
      evidenceIds: [],
      missing: 'No accepted evidence yet.',
      required: true,
      weight: 1,
      name: 'Leadership without authority',
      theme: 'Leadership',
      expectation: { proficiency: 3, description: 'Leads through influence.' },
    },
  ],
  criteriaDemonstrated: 1,
  criteriaRequired: 2,
  frameworkId: aLadder().id,
  target: {
    levelId: LEVEL.pmmManager,
    levelName: 'Manager, Product Marketing',
    trackId: '10000000-0000-4000-8000-000000000102',
    trackName: 'Product Marketing (Management)',
    trackKind: 'management',
    discipline: 'Product Marketing',
  },
  currentLevelId: LEVEL.seniorPmm,
  lateral: false,
  diff: null,
});

const plan = (personId: string): GrowthPlan => ({
  id: '40000000-0000-4000-8000-000000000001',
  personId,
  targetLevelId: LEVEL.pmmManager,
  goals: [
    {
      id: '30000000-0000-4000-8000-000000000001',
      planId: '40000000-0000-4000-8000-000000000001',
      criterionId: CRITERION.leadership,
      title: 'Lead the launch council',
      description: '',
      status: 'in_progress',
      version: 1,
      actions: [
        {
          id: '30000000-0000-4000-8000-000000000002',
          goalId: '30000000-0000-4000-8000-000000000001',
          title: 'Chair the weekly council',
          description: '',
          dueOn: '2027-02-26',
          status: 'in_progress',
          kind: 'stretch_assignment',
          version: 1,
        },
      ],
    },
  ],
  version: 1,
  updatedAt: '2026-11-01T10:00:00.000Z',
});

interface Answers {
  readonly person?: Person | 'missing';
  readonly aspiration?: unknown;
}

describe('TeamPersonPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const tick = () => new Promise((resolve) => setTimeout(resolve));
  const answer = (url: string, body: unknown) =>
    backend
      .match((request) => request.urlWithParams === url)
      .forEach((request) =>
        body === NOT_FOUND ? request.flush(null, NOT_FOUND) : request.flush(body as object),
      );
  const open = async (answers: Answers = {}) => {
    const person = answers.person ?? priya;
    const id = person === 'missing' ? priya.id : person.id;
    await signInAs(morgan);
    harness = await RouterTestingHarness.create();
    await TestBed.inject(Router).navigateByUrl(`/team/people/${id}`);
    await tick();
    answer(`/api/people/${id}`, person === 'missing' ? NOT_FOUND : person);
    answer('/api/frameworks?limit=100', { items: [aLadder()], nextCursor: null });
    answer(
      `/api/people/${id}/aspiration`,
      'aspiration' in answers ? answers.aspiration : anAspiration({ personId: id }),
    );
    answer(`/api/people/${id}/readiness`, readiness(id));
    answer(`/api/people/${id}/growth-plan`, plan(id));
    await tick();
    harness.detectChanges();
    await tick();
    answer(`/api/frameworks/${aLadder().id}`, aLadder());
    answer(`/api/people/${id}/evidence?limit=10`, {
      items: [
        anEvidence({ personId: id, title: 'One escalation path' }),
        anEvidence({ personId: id, title: 'Launch playbook', status: 'accepted' }),
      ],
      nextCursor: null,
    });
    answer(`/api/people/${id}/handover-notes?limit=10`, { items: [aHandoverNote()], nextCursor: null });
    await tick();
    harness.detectChanges();
    await harness.fixture.whenStable();
  };
  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const section = (heading: string) =>
    [...page().querySelectorAll('section')].find(
      (candidate) => text(candidate.querySelector('h2')) === heading,
    );

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [{ path: 'team/people/:personId', component: TeamPersonPage }],
          withComponentInputBinding(),
        ),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should show where the report wants to go, in their words', async () => {
    await open();

    expect(text(page().querySelector('h1'))).toBe('Priya Raman');
    const aspiration = section('Where Priya wants to go');
    expect(text(aspiration?.querySelector('.target'))).toContain('Manager, Product Marketing');
    expect(text(aspiration)).toContain('I want to lead a product marketing team.');
    expect(text(aspiration)).toContain('Coaching people who ship better work than I would.');
  });

  it('should say so when there is no aspiration, without an empty statement', async () => {
    await open({ aspiration: NOT_FOUND });

    const aspiration = section('Where Priya wants to go');
    expect(text(aspiration)).toContain('has not said where they want to go yet');
    expect(aspiration?.querySelector('dl')).toBeNull();
  });

  it('should show readiness as a chart with a table, and the plan read-only', async () => {
    await open();

    expect(text(section('Readiness'))).toContain(
      '1 of 2 criteria of Manager, Product Marketing demonstrated',
    );
    expect(section('Readiness')?.querySelector('app-bar-chart svg[role="img"]')).not.toBeNull();
    expect([...(section('Readiness')?.querySelectorAll('tbody tr') ?? [])].map(text)).toEqual([
      'Cross-functional impact Demonstrating Nothing: demonstrated.',
      'Leadership without authority Not started No accepted evidence yet.',
    ]);
    const plan = section('Growth plan');
    expect(text(plan?.querySelector('h3'))).toBe('Lead the launch council');
    expect(text(plan)).toContain(
      'Chair the weekly council Stretch assignment · In progress · due 26 Feb 2027',
    );
    expect(plan?.querySelector('button, input, select, textarea')).toBeNull();
  });

  it('should let the direct manager review submitted evidence and start a conversation', async () => {
    await open();

    const evidence = section('Evidence');
    const reviews = [...(evidence?.querySelectorAll('a') ?? [])].filter((link) => text(link) === 'Review');
    expect(reviews).toHaveLength(1);
    expect(reviews[0]?.getAttribute('aria-label')).toBe('Review One escalation path');
    expect(text(evidence)).toContain('Launch playbook');
    const start = [...page().querySelectorAll('a')].find(
      (link) => text(link) === 'Start a career conversation',
    );
    expect(start?.getAttribute('href')).toBe(`/team/conversations/new?with=${priya.id}`);
  });

  it('should let a skip-level manager read, not review, and leave no note', async () => {
    await open({ person: aPerson({ name: 'Lee Park', managerId: aPerson().id }) });

    expect(text(page().querySelector('.page-head'))).toContain('skip-level');
    expect([...page().querySelectorAll('a')].some((link) => text(link) === 'Review')).toBe(false);
    expect(
      [...page().querySelectorAll('a')].some((link) => text(link) === 'Start a career conversation'),
    ).toBe(false);
    expect(section('Handover notes')?.querySelector('textarea')).toBeNull();
    expect(text(section('Handover notes'))).toContain('Priya is ready for a launch council of her own.');
  });

  it('should add a handover note on top of the others', async () => {
    await open();
    const notes = section('Handover notes');
    const textarea = notes?.querySelector('textarea');
    if (!textarea) throw new Error('no note box');

    textarea.value = 'Wants a team of her own by next summer.';
    textarea.dispatchEvent(new Event('input'));
    notes?.querySelector('form')?.dispatchEvent(new Event('submit'));
    const request = backend.expectOne(`/api/people/${priya.id}/handover-notes`);
    expect(request.request.body).toEqual({ body: 'Wants a team of her own by next summer.' });
    request.flush(aHandoverNote({ body: 'Wants a team of her own by next summer.' }));
    await tick();
    harness.detectChanges();

    expect([...(notes?.querySelectorAll('.notes li .body') ?? [])].map(text)).toEqual([
      'Wants a team of her own by next summer.',
      'Priya is ready for a launch council of her own.',
    ]);
  });

  it('should answer "not found" for someone outside the team', async () => {
    await open({ person: 'missing' });

    expect(text(page().querySelector('h1'))).toBe('Person not found');
  });
});
