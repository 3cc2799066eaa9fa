import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import type { EvidenceWithHistory, Framework, PendingReview, Person } from '@trellis/domain';

import { aLadder, anAspiration, LEVEL } from '../../../testing/career-ladder';
import { aMe, aPerson } from '../../../testing/people';
import { signInAs } from '../../../testing/sign-in-as';
import { anEvidence, aPendingReview, CRITERION } from '../../../testing/team';
import { EvidenceReviewPage } from './evidence-review-page';

@Component({ selector: 'app-queue-stub', template: '<h1>Queue</h1>' })
class QueueStub {}

const morgan = aMe({ name: 'Morgan Blake', email: 'morgan@acme.test' });
const priya = aPerson({ name: 'Priya Raman', managerId: morgan.id, levelId: LEVEL.seniorPmm });
const ladder = (): Framework => ({
  ...aLadder(),
  criteria: [
    {
      id: CRITERION.crossFunctional,
      name: 'Cross-functional impact',
      theme: 'Impact',
      description: '',
      expectations: [
        { levelId: LEVEL.pmmManager, proficiency: 3, description: 'Builds a team partners trust.' },
      ],
    },
  ],
});

interface Setup {
  readonly evidence?: EvidenceWithHistory;
  readonly person?: Person;
  readonly queue?: PendingReview[];
}

describe('EvidenceReviewPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const tick = () => new Promise((resolve) => setTimeout(resolve));
  const answer = (url: string, body: unknown) =>
    backend
      .match((request) => request.urlWithParams === url)
      .forEach((request) => request.flush(body as object));
  const settle = async () => {
    // Not whenStable: it would wait for the requests this test answers.
    for (let round = 0; round < 3; round++) {
      await tick();
      harness.detectChanges();
    }
  };
  const open = async (setup: Setup = {}) => {
    const evidence = setup.evidence ?? anEvidence({ personId: priya.id });
    const person = setup.person ?? priya;
    const queue = setup.queue ?? [aPendingReview({ ...evidence, personId: person.id })];
    await signInAs(morgan);
    harness = await RouterTestingHarness.create();
    await TestBed.inject(Router).navigateByUrl(`/team/evidence/${evidence.id}`);
    await tick();
    answer(`/api/evidence/${evidence.id}`, evidence);
    answer('/api/reviews/pending?limit=100', { items: queue, nextCursor: null });
    answer('/api/frameworks?limit=100', { items: [ladder()], nextCursor: null });
    await settle();
    answer(`/api/people/${person.id}`, person);
    answer(`/api/frameworks/${ladder().id}`, ladder());
    answer(`/api/people/${person.id}/aspiration`, anAspiration({ personId: person.id }));
    await settle();
    return evidence;
  };
  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const radio = (label: string) =>
    [...page().querySelectorAll('mat-radio-button')]
      .find((candidate) => text(candidate).startsWith(label))
      ?.querySelector('input');
  const type = (value: string) => {
    const comment = page().querySelector('textarea');
    if (!comment) throw new Error('no comment box');
    comment.value = value;
    comment.dispatchEvent(new Event('input'));
  };
  const send = async () => {
    page().querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'team/evidence/:evidenceId', component: EvidenceReviewPage },
            { path: 'team/reviews', component: QueueStub },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should show the case study beside what the target level expects of each criterion', async () => {
    await open();

    const caseStudy = page().querySelector('.case');
    expect(text(caseStudy)).toContain('Sales and Support each had their own way of escalating.');
    expect(text(caseStudy)).toContain('12 escalations, all triaged within one day.');
    expect(caseStudy?.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
    const bar = page().querySelector('.bar');
    expect(text(bar?.querySelector('h2'))).toBe('What Manager, Product Marketing expects');
    expect([...(bar?.querySelectorAll('h3') ?? [])].map(text)).toEqual([
      'Cross-functional impact',
      'Leadership without authority',
    ]);
    expect(bar?.querySelector('app-proficiency-meter [role="img"]')?.getAttribute('aria-label')).toBe(
      'Proficiency 3 of 4',
    );
  });

  it('should offer the decision and the strength as named radio groups', async () => {
    await open();

    const groups = [...page().querySelectorAll('mat-radio-group')];
    expect(
      groups.map((group) => text(page().querySelector(`#${group.getAttribute('aria-labelledby')}`))),
    ).toEqual(['Decision', 'Strength against the expectation of Manager, Product Marketing (optional)']);
    expect(groups.map((group) => group.querySelectorAll('input[type="radio"]').length)).toEqual([3, 3]);
  });

  it('should ask for a decision, a strength to accept, and a reason to ask for more, before sending', async () => {
    await open();

    await send();
    expect(text(page().querySelector('[role="alert"]'))).toBe('Choose a decision');
    // Beside the group too, and tied to it.
    expect(text(page().querySelector('#decision-error'))).toBe('Choose a decision');
    expect(page().querySelector('mat-radio-group')?.getAttribute('aria-describedby')).toBe('decision-error');

    radio('Accept')?.click();
    await send();
    expect(text(page().querySelector('[role="alert"]'))).toContain(
      'Rate the evidence against the expectation',
    );

    radio('Ask for more')?.click();
    await send();
    expect(text(page().querySelector('[role="alert"]'))).toBe('Say what more you need');
    backend.expectNone((request) => request.method === 'POST');
  });

  it('should send the review with the version read, then open the next piece in the queue', async () => {
    const evidence = await open();
    radio('Accept')?.click();
    radio('Meets the expectation')?.click();
    type('  Clear numbers and a durable fix.  ');
    await send();

    const request = backend.expectOne(`/api/evidence/${evidence.id}/review`);
    expect(request.request.body).toEqual({
      decision: 'accepted',
      comment: 'Clear numbers and a durable fix.',
      strength: 'meets',
      version: 1,
    });
    request.flush({ ...evidence, status: 'accepted' });
    await settle();
    const next = aPendingReview({ title: 'Interview with Aisha', personId: priya.id });
    answer('/api/reviews/pending?limit=2', { items: [next], nextCursor: null });
    await settle();

    expect(TestBed.inject(Router).url).toBe(`/team/evidence/${next.evidence.id}`);
    answer(`/api/evidence/${next.evidence.id}`, { ...next.evidence, reviews: [] });
    answer('/api/reviews/pending?limit=100', { items: [next], nextCursor: null });
    await settle();
    answer(`/api/people/${priya.id}`, priya);
    await settle();
    expect(text(page().querySelector('[role="status"]'))).toContain(
      'Review sent: you accepted “One escalation path for Sales and Support”.',
    );
    expect(text(page().querySelector('h1'))).toBe('Interview with Aisha');
    expect(page().querySelector<HTMLTextAreaElement>('textarea')?.value).toBe('');
  });

  it('should go back to the queue when it is empty', async () => {
    const evidence = await open();
    radio('Decline')?.click();
    type('It is a team result; say what you did.');
    await send();

    backend.expectOne(`/api/evidence/${evidence.id}/review`).flush({ ...evidence, status: 'declined' });
    await settle();
    answer('/api/reviews/pending?limit=2', { items: [], nextCursor: null });
    await settle();

    expect(TestBed.inject(Router).url).toBe('/team/reviews');
  });

  it('should keep the review when the author edited the evidence meanwhile (409)', async () => {
    const evidence = await open();
    radio('Accept')?.click();
    radio('Exceeds the expectation')?.click();
    await send();

    backend
      .expectOne(`/api/evidence/${evidence.id}/review`)
      .flush(
        { status: 409, detail: 'The author changed this evidence.' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();

    expect(text(page().querySelector('[role="alert"]'))).toContain(
      'Priya changed this evidence since you opened it',
    );
    expect(radio('Exceeds the expectation')?.checked).toBe(true);
  });

  it('should let a skip-level manager read it, rated against the target, without a form', async () => {
    const lee = aPerson({ name: 'Lee Park', managerId: aPerson().id, levelId: LEVEL.seniorPmm });
    await open({
      evidence: anEvidence({ personId: lee.id, criterionIds: [CRITERION.crossFunctional] }),
      person: lee,
      queue: [],
    });

    expect(page().querySelector('form')).toBeNull();
    expect(text(page().querySelector('.note'))).toContain('Only Lee’s direct manager reviews this evidence.');
    expect(text(page().querySelector('.bar h2'))).toBe('What Manager, Product Marketing expects');
    expect(text(page().querySelector('.bar li p:last-child'))).toBe('Builds a team partners trust.');
  });

  it('should show a review already given, and open the form to change it', async () => {
    const reviewed = anEvidence({
      personId: priya.id,
      status: 'accepted',
      review: {
        decision: 'accepted',
        comment: 'Strong.',
        strength: 'exceeds',
        reviewerId: morgan.id,
        reviewedAt: '2026-11-12T10:00:00.000Z',
      },
    });
    await open({ evidence: reviewed, queue: [] });

    expect(text(page().querySelector('.decided'))).toContain('Accepted · Exceeds the expectation');
    expect(page().querySelector('form')).toBeNull();
    [...page().querySelectorAll('button')].find((button) => text(button) === 'Change your review')?.click();
    await settle();
    expect(page().querySelector('form')).not.toBeNull();
  });

  it('should answer "not found" for evidence outside the team', async () => {
    await signInAs(morgan);
    harness = await RouterTestingHarness.create();
    await TestBed.inject(Router).navigateByUrl('/team/evidence/e-404');
    await tick();
    backend.expectOne('/api/evidence/e-404').flush(null, { status: 404, statusText: 'Not Found' });
    answer('/api/reviews/pending?limit=100', { items: [], nextCursor: null });
    answer('/api/frameworks?limit=100', { items: [ladder()], nextCursor: null });
    await settle();
    answer(`/api/frameworks/${ladder().id}`, ladder());
    await settle();

    expect(text(page().querySelector('h1'))).toBe('Evidence not found');
  });
});
