import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import type { Goal, GrowthPlan, ReadinessDetail } from '@trellis/domain';

import {
  aGoal,
  anAction,
  anInterview,
  aPlan,
  aReadiness,
  flushLadder,
  GROWTH_IDS,
  settle,
} from '../../../testing/growth-fixtures';
import { aMe } from '../../../testing/people';
import { signInAs } from '../../../testing/sign-in-as';
import { PlanPage } from './plan-page';

const ID = GROWTH_IDS;
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('PlanPage', () => {
  let fixture: ComponentFixture<PlanPage>;
  let backend: HttpTestingController;

  const page = () => fixture.nativeElement as HTMLElement;
  const button = (name: string | RegExp, within: ParentNode = page()) => {
    const found = [...within.querySelectorAll<HTMLButtonElement>('button, a')].find((candidate) =>
      typeof name === 'string' ? text(candidate) === name : name.test(text(candidate)),
    );
    if (!found) throw new Error(`No button "${String(name)}"`);
    return found;
  };
  const goalCard = (title: string) =>
    [...page().querySelectorAll('app-goal-card')].find((card) => text(card.querySelector('h4')) === title) as
      HTMLElement | undefined;
  const type = (field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) => {
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
  };
  const click = async (element: HTMLElement) => {
    element.click();
    await settle(fixture);
  };

  const open = async (
    plan: GrowthPlan = aPlan([aGoal()]),
    readiness: ReadinessDetail | null = aReadiness(),
  ) => {
    await signInAs(aMe({ id: ID.person, levelId: ID.seniorPmm }));
    fixture = TestBed.createComponent(PlanPage);
    await fixture.whenStable();
    backend.expectOne(`/api/people/${ID.person}/growth-plan`).flush(plan);
    flushLadder(backend);
    const readinessRequest = backend.expectOne(`/api/people/${ID.person}/readiness`);
    if (readiness) readinessRequest.flush(readiness);
    else readinessRequest.flush(null, { status: 404, statusText: 'Not Found' });
    await settle(fixture);
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should show each goal under its theme, with its criterion and what the target level expects', async () => {
    await open(
      aPlan([
        aGoal({ actions: [anAction()] }),
        aGoal({
          id: 'e0000000-0000-4000-8000-000000000001',
          criterionId: ID.execution,
          title: 'Ship on time',
        }),
      ]),
    );

    expect([...page().querySelectorAll('h3.theme')].map(text)).toEqual(['Craft', 'Leadership']);
    const goal = goalCard('Coach the newest PMs');
    expect(text(goal)).toContain('Servant leadership');
    expect(text(goal)).toContain(
      'Expected at Manager, Product Marketing: Holds regular career conversations.',
    );
    expect(text(goal)).toContain('Stretch assignment');
    expect(text(goal)).toContain('Chair the launch council');
    expect(text(goal)).toContain('Due Feb 26, 2027');
    expect(text(page().querySelector('.lead'))).toContain('Goals toward Manager, Product Marketing');
  });

  it('should suggest the least ready criteria without an open goal, and add one in one click', async () => {
    await open();

    const suggestions = [...page().querySelectorAll('.suggestion h3')].map(text);
    // Servant leadership is developing but already has a goal; execution is exceeding.
    expect(suggestions).toEqual(['Customer empathy']);

    await click(button(/^Add as a goal/));
    const request = backend.expectOne({ method: 'POST', url: `/api/people/${ID.person}/growth-plan/goals` });
    expect(request.request.body).toEqual({
      criterionId: ID.empathy,
      title: 'Start showing Customer empathy at the target level',
      description: '',
    });
    request.flush(
      aGoal({
        id: 'e0000000-0000-4000-8000-000000000002',
        criterionId: ID.empathy,
        title: request.request.body.title,
      }),
    );
    await settle(fixture);

    expect(goalCard('Start showing Customer empathy at the target level')).toBeDefined();
    expect(page().querySelector('.suggestion')).toBeNull();
    expect(text(page().querySelector('[role="status"].visually-hidden'))).toContain('Goal added');
  });

  it('should send people without an aspiration to set one first', async () => {
    await open(aPlan([], { id: null, targetLevelId: null, version: 0, updatedAt: null }), null);

    expect(text(page())).toContain('Start with where you want to go');
    expect(button('Set your aspiration').getAttribute('href')).toBe('/me/aspiration');
    expect([...page().querySelectorAll('button')].map(text)).not.toContain('Add a goal');
  });

  it('should teach what a goal is when there is none yet', async () => {
    await open(aPlan([]));

    expect(text(page())).toContain('No goals yet');
    expect(text(page())).toContain('The suggestions above are a good place to start.');
  });

  it('should add a goal on a criterion of the target level', async () => {
    await open(aPlan([]));
    await click(button('Add a goal'));

    const form = page().querySelector('app-goal-form') as HTMLElement;
    const criteria = [...form.querySelectorAll('option')].map(text);
    expect(criteria).toEqual(['Choose a criterion', 'Execution', 'Customer empathy', 'Servant leadership']);
    type(form.querySelector('select') as HTMLSelectElement, ID.empathy);
    await settle(fixture);
    expect(text(form)).toContain(
      'Expected at Manager, Product Marketing: Builds a team that stays close to customers.',
    );
    type(form.querySelector('input') as HTMLInputElement, 'Run customer calls every week');
    await click(button('Add goal', form));

    const request = backend.expectOne({ method: 'POST', url: `/api/people/${ID.person}/growth-plan/goals` });
    expect(request.request.body).toEqual({
      criterionId: ID.empathy,
      title: 'Run customer calls every week',
      description: '',
    });
    request.flush(aGoal({ criterionId: ID.empathy, title: 'Run customer calls every week' }));
    await settle(fixture);
    expect(page().querySelector('app-goal-form')).toBeNull();
    expect(goalCard('Run customer calls every week')).toBeDefined();
  });

  it('should not send a goal without a criterion and a title', async () => {
    await open(aPlan([]));
    await click(button('Add a goal'));
    await click(button('Add goal', page().querySelector('app-goal-form') as HTMLElement));

    expect(text(page().querySelector('app-goal-form'))).toContain('Choose the criterion this goal works on');
    expect(text(page().querySelector('app-goal-form'))).toContain('Give it a title');
  });

  it('should keep the edit when the goal changed elsewhere, and save it over the reloaded version', async () => {
    await open();
    const card = goalCard('Coach the newest PMs') as HTMLElement;
    await click(button(/^Edit goal/, card));
    type(card.querySelector('input') as HTMLInputElement, 'Coach every new PMM');
    await click(button('Save goal', card));

    const stale = backend.expectOne({ method: 'PATCH', url: `/api/goals/${aGoal().id}` });
    expect(stale.request.body).toEqual({ title: 'Coach every new PMM', description: '', version: 2 });
    stale.flush({ title: 'Conflict', status: 409 }, { status: 409, statusText: 'Conflict' });
    await settle(fixture);
    expect(text(card.querySelector('[role="alert"]'))).toContain('This changed elsewhere');
    expect((card.querySelector('input') as HTMLInputElement).value).toBe('Coach every new PMM');

    await click(button('Reload', card));
    backend.expectOne(`/api/people/${ID.person}/growth-plan`).flush(aPlan([aGoal({ version: 3 })]));
    await settle(fixture);
    expect((card.querySelector('input') as HTMLInputElement).value).toBe('Coach every new PMM');
    expect(text(card)).toContain('Reloaded. Your changes are still here');

    await click(button('Save goal', card));
    const retry = backend.expectOne({ method: 'PATCH', url: `/api/goals/${aGoal().id}` });
    expect(retry.request.body).toMatchObject({ version: 3 });
    retry.flush(aGoal({ title: 'Coach every new PMM', version: 4 }));
    await settle(fixture);
    expect(goalCard('Coach every new PMM')).toBeDefined();
  });

  it('should change a goal’s and an action’s status in place, with the version read', async () => {
    await open(aPlan([aGoal({ actions: [anAction()] })]));
    const card = goalCard('Coach the newest PMs') as HTMLElement;

    type(card.querySelector('.status-field select') as HTMLSelectElement, 'done');
    const goalPatch = backend.expectOne({ method: 'PATCH', url: `/api/goals/${aGoal().id}` });
    expect(goalPatch.request.body).toEqual({ status: 'done', version: 2 });
    goalPatch.flush(aGoal({ status: 'done', version: 3, actions: [anAction()] }));
    await settle(fixture);

    type(card.querySelector('app-action-row select') as HTMLSelectElement, 'done');
    const actionPatch = backend.expectOne({ method: 'PATCH', url: `/api/actions/${anAction().id}` });
    expect(actionPatch.request.body).toEqual({ status: 'done', version: 1 });
    actionPatch.flush(anAction({ status: 'done', version: 2 }));
    await settle(fixture);
    expect(text(card.querySelector('.head .status'))).toBe('Done');
  });

  it('should say when a quick change is refused as stale, and reload on request', async () => {
    await open(aPlan([aGoal({ actions: [anAction()] })]));
    const row = page().querySelector('app-action-row') as HTMLElement;
    type(row.querySelector('select') as HTMLSelectElement, 'dropped');
    backend
      .expectOne({ method: 'PATCH', url: `/api/actions/${anAction().id}` })
      .flush({ status: 409 }, { status: 409, statusText: 'Conflict' });
    await settle(fixture);

    expect(text(row.querySelector('[role="alert"]'))).toContain('This changed elsewhere');
    await click(button('Reload', row));
    backend
      .expectOne(`/api/people/${ID.person}/growth-plan`)
      .flush(aPlan([aGoal({ actions: [anAction({ version: 5 })] })]));
    await settle(fixture);
    expect(row.querySelector('[role="alert"]')).toBeNull();
  });

  it('should track an informational interview’s follow-up and thank-you note', async () => {
    await open(aPlan([aGoal({ actions: [anInterview()] })]));
    const row = page().querySelector('app-action-row') as HTMLElement;
    expect(text(row)).toContain('Follow up Dec 10, 2026');

    (row.querySelector('mat-checkbox input') as HTMLInputElement).click();
    await settle(fixture);
    const patch = backend.expectOne({ method: 'PATCH', url: `/api/actions/${anInterview().id}` });
    expect(patch.request.body).toEqual({ thankYouSent: true, version: 1 });
    patch.flush(anInterview({ thankYouSent: true, version: 2 }));
    await settle(fixture);
  });

  it('should add an informational interview with its follow-up date', async () => {
    await open();
    const card = goalCard('Coach the newest PMs') as HTMLElement;
    await click(button(/^Add an action/, card));
    const form = card.querySelector('app-action-form') as HTMLElement;
    type(form.querySelector('select') as HTMLSelectElement, 'informational_interview');
    await settle(fixture);
    type(form.querySelector('input[formcontrolname="title"]') as HTMLInputElement, 'Interview Nadia');
    type(form.querySelector('input[formcontrolname="dueOn"]') as HTMLInputElement, '2026-11-06');
    type(form.querySelector('input[formcontrolname="followUpOn"]') as HTMLInputElement, '2026-12-10');
    await click(button('Add action', form));

    const request = backend.expectOne({ method: 'POST', url: `/api/goals/${aGoal().id}/actions` });
    expect(request.request.body).toEqual({
      kind: 'informational_interview',
      title: 'Interview Nadia',
      description: '',
      dueOn: '2026-11-06',
      followUpOn: '2026-12-10',
      thankYouSent: false,
    });
    request.flush(anInterview({ title: 'Interview Nadia' }));
    await settle(fixture);
    expect(text(card)).toContain('Interview Nadia');
    expect(card.querySelector('app-action-form')).toBeNull();
  });

  it('should show the API’s words for a refused action, beside the field', async () => {
    await open();
    const card = goalCard('Coach the newest PMs') as HTMLElement;
    await click(button(/^Add an action/, card));
    const form = card.querySelector('app-action-form') as HTMLElement;
    type(form.querySelector('input[formcontrolname="title"]') as HTMLInputElement, 'Course');
    await click(button('Add action', form));
    backend.expectOne({ method: 'POST', url: `/api/goals/${aGoal().id}/actions` }).flush(
      {
        title: 'Bad request',
        status: 400,
        correlationId: 'c',
        errors: [{ path: 'dueOn', message: 'The due date is a date (YYYY-MM-DD)' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);

    expect(text(form.querySelector('[role="alert"]'))).toBe('Check the highlighted fields and try again.');
    expect(text(form.querySelector('mat-error'))).toBe('The due date is a date (YYYY-MM-DD)');
  });

  it('should say when the plan cannot be loaded and try again', async () => {
    await signInAs(aMe({ id: ID.person }));
    fixture = TestBed.createComponent(PlanPage);
    await fixture.whenStable();
    backend
      .expectOne(`/api/people/${ID.person}/growth-plan`)
      .flush(null, { status: 0, statusText: 'Unknown' });
    backend
      .match((request) => request.url.startsWith('/api/'))
      .forEach((request) => request.flush(null, { status: 500, statusText: 'x' }));
    await settle(fixture);

    expect(text(page().querySelector('[role="alert"]'))).toContain('Try again');
    await click(button('Try again'));
    backend.expectOne(`/api/people/${ID.person}/growth-plan`).flush(aPlan([] as Goal[]));
    flushLadder(backend);
    backend.expectOne(`/api/people/${ID.person}/readiness`).flush(aReadiness());
    await settle(fixture);
    expect(text(page())).toContain('No goals yet');
  });
});
