import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import type { GrowthAction, GrowthPlan, HandoverNote, Me, ReadinessAnswer } from '@trellis/domain';

import { aLadder, anAspiration, LEVEL } from '../../../testing/career-ladder';
import { aConversation } from '../../../testing/conversations';
import { aMe, aPerson } from '../../../testing/people';
import { signInAs } from '../../../testing/sign-in-as';
import { MeHomePage } from './me-home-page';

const morgan = aPerson({
  name: 'Morgan Lee',
  title: 'Director of Product Marketing',
  email: 'morgan@acme.test',
});
const sam = aPerson({ name: 'Sam Okafor', title: 'Product Marketing Manager II' });

const NOT_FOUND = { status: 404, statusText: 'Not Found' } as const;
const serverError = {
  problem: { type: 'about:blank', title: 'Internal Server Error', status: 500, correlationId: 'c-1' },
  status: 500,
} as const;

const anAction = (title: string, overrides: Partial<GrowthAction> = {}): GrowthAction =>
  ({
    id: `30000000-0000-4000-8000-${title.length.toString().padStart(12, '0')}${Math.random()}`,
    goalId: '30000000-0000-4000-8000-000000000000',
    title,
    description: '',
    dueOn: null,
    status: 'planned',
    kind: 'stretch_assignment',
    ...overrides,
  }) as GrowthAction;

const aPlan = (...actions: GrowthAction[]): GrowthPlan => ({
  id: '40000000-0000-4000-8000-000000000001',
  personId: '00000000-0000-4000-8000-000000000001',
  targetLevelId: LEVEL.pmmManager,
  goals: [
    {
      id: '30000000-0000-4000-8000-000000000000',
      planId: '40000000-0000-4000-8000-000000000001',
      criterionId: '50000000-0000-4000-8000-000000000001',
      title: 'Lead the launch council',
      description: '',
      status: 'in_progress',
      actions,
      version: 1,
    },
  ],
  version: 1,
  updatedAt: '2026-11-01T10:00:00.000Z',
});

const readiness: ReadinessAnswer = {
  view: 'summary',
  personId: '00000000-0000-4000-8000-000000000001',
  targetLevelId: LEVEL.pmmManager,
  overall: 0.556,
  criteriaDemonstrated: 5,
  criteriaRequired: 9,
};

const aNote = (n: number, overrides: Partial<HandoverNote> = {}): HandoverNote => ({
  id: `60000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  personId: '00000000-0000-4000-8000-000000000001',
  authorId: '00000000-0000-4000-8000-000000000099',
  authorName: 'Morgan Blake',
  body: `Note ${n}`,
  // Midday UTC: the same date in every time zone the tests run in.
  createdAt: `2026-10-${String(30 - n).padStart(2, '0')}T12:00:00.000Z`,
  ...overrides,
});

// A time in the local time zone, as the API would send it.
const localInstant = (...parts: [number, number, number, number, number]) => new Date(...parts).toISOString();

interface Answers {
  aspiration?: unknown;
  readiness?: unknown;
  plan?: unknown;
  scheduled?: unknown;
  requested?: unknown;
  notes?: unknown;
}

describe('MeHomePage', () => {
  let fixture: ComponentFixture<MeHomePage>;
  let backend: HttpTestingController;

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const respond = (url: string, body: unknown) =>
    backend
      .match((request) => request.urlWithParams === url || request.url === url)
      .forEach((request) => {
        if (body === NOT_FOUND) request.flush(null, NOT_FOUND);
        else if (body === serverError)
          request.flush(serverError.problem, { status: 500, statusText: 'Error' });
        else request.flush(body as object);
      });

  const render = async (me: Me, answers: Answers = {}) => {
    await signInAs(me);
    fixture = TestBed.createComponent(MeHomePage);
    await new Promise((resolve) => setTimeout(resolve));
    respond('/api/me', me);
    respond(`/api/people/${me.id}/aspiration`, 'aspiration' in answers ? answers.aspiration : anAspiration());
    respond('/api/frameworks?limit=100', { items: [aLadder()], nextCursor: null });
    respond(`/api/people/${me.id}/readiness`, 'readiness' in answers ? answers.readiness : readiness);
    respond(`/api/people/${me.id}/growth-plan`, answers.plan ?? aPlan());
    respond(
      '/api/conversations?status=scheduled&limit=100',
      answers.scheduled ?? { items: [], nextCursor: null },
    );
    respond(
      '/api/conversations?status=requested&limit=1',
      answers.requested ?? { items: [], nextCursor: null },
    );
    respond(`/api/people/${me.id}/handover-notes?limit=3`, answers.notes ?? { items: [], nextCursor: null });
    await new Promise((resolve) => setTimeout(resolve));
    respond(`/api/frameworks/${aLadder().id}`, aLadder());
    await settle();
  };
  const page = () => fixture.nativeElement as HTMLElement;
  // The section a screen reader announces as a region with this name.
  const region = (name: string) =>
    [...page().querySelectorAll('section[aria-labelledby]')].find(
      (section) =>
        page()
          .querySelector(`#${section.getAttribute('aria-labelledby')}`)
          ?.textContent?.trim() === name,
    ) as HTMLElement | undefined;
  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const links = (element: Element | undefined) =>
    [...(element?.querySelectorAll('a') ?? [])].map((link) => [text(link), link.getAttribute('href')]);

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should greet the person by name and show their title', async () => {
    await render(aMe({ name: 'Priya Raman', title: 'Senior Product Marketing Manager' }));

    expect(text(page().querySelector('h1'))).toBe('Welcome, Priya Raman');
    expect(text(page())).toContain('Senior Product Marketing Manager');
  });

  describe('the target', () => {
    it('should name the target level, its track and the horizon, and lead to the aspiration', async () => {
      await render(aMe(), { aspiration: anAspiration({ horizon: '2027-06-30' }) });

      const target = region('Your target');
      expect(text(target)).toContain('Manager, Product Marketing');
      expect(text(target)).toContain('Product Marketing · Management track · by 30 June 2027');
      expect(text(target)).toContain('I want to lead a product marketing team.');
      expect(links(target)).toEqual([['See or change your aspiration', '/me/aspiration']]);
    });

    it('should invite someone without an aspiration to set one', async () => {
      await render(aMe(), { aspiration: NOT_FOUND, readiness: NOT_FOUND });

      const invite = region('Where do you want to grow next?');
      expect(links(invite)).toEqual([['Set your direction', '/me/aspiration']]);
      expect(text(region('Readiness'))).toContain('Nothing to measure yet');
    });

    it('should say what went wrong and try again on demand', async () => {
      const me = aMe();
      await render(me, { aspiration: serverError });

      const target = region('Your target');
      expect(text(target?.querySelector('[role="alert"]'))).toBe(
        'Something went wrong on our side. Please try again in a moment. (Reference c-1)',
      );
      target?.querySelector('button')?.click();
      await new Promise((resolve) => setTimeout(resolve));
      respond(`/api/people/${me.id}/aspiration`, anAspiration());
      await settle();

      expect(text(region('Your target'))).toContain('Manager, Product Marketing');
    });
  });

  it('should show the readiness at a glance', async () => {
    await render(aMe());

    const card = region('Readiness');
    expect(text(card)).toContain('56%');
    expect(text(card)).toContain('5 of 9 criteria demonstrated');
    expect(links(card)).toEqual([['See what is missing', '/me/readiness']]);
  });

  describe('next actions', () => {
    it('should list the three open actions due soonest, undated last', async () => {
      await render(aMe(), {
        plan: aPlan(
          anAction('Undated'),
          anAction('Later', { dueOn: '2099-05-01' }),
          anAction('Done already', { dueOn: '2099-01-01', status: 'done' }),
          anAction('Sooner', { dueOn: '2099-02-01', status: 'in_progress' }),
          anAction('Soonest', { dueOn: '2099-01-15' }),
        ),
      });

      const card = region('Next actions');
      expect([...(card?.querySelectorAll('.action-title') ?? [])].map(text)).toEqual([
        'Soonest',
        'Sooner',
        'Later',
      ]);
      expect(links(card)).toEqual([['All 4 open actions', '/me/plan']]);
    });

    it('should mark an action past its due date', async () => {
      await render(aMe(), { plan: aPlan(anAction('Late', { dueOn: '2001-03-02' })) });

      expect(text(region('Next actions')?.querySelector('.overdue'))).toBe('was due 2 Mar');
    });

    it('should suggest learning by doing when nothing is open', async () => {
      await render(aMe(), { plan: aPlan(anAction('Finished', { status: 'done' })) });

      const card = region('Next actions');
      expect(text(card)).toContain('No open actions');
      expect(links(card)).toEqual([['Open your growth plan', '/me/plan']]);
    });
  });

  describe('next conversation', () => {
    it('should show the soonest scheduled conversation still ahead, in local time', async () => {
      const me = aMe();
      const scheduledAt = (...parts: [number, number, number, number, number]) =>
        aConversation({ reportId: me.id, status: 'scheduled', scheduledAt: localInstant(...parts) });
      const soon = scheduledAt(2099, 2, 4, 10, 0);
      const later = scheduledAt(2099, 5, 1, 10, 0);
      const past = scheduledAt(2001, 0, 1, 10, 0);
      await render(me, { scheduled: { items: [later, past, soon], nextCursor: null } });

      const card = region('Next conversation');
      expect(text(card)).toContain('4 March, 10:00');
      expect(text(card)).toContain('Aspiration with Morgan Blake');
      expect(links(card)).toEqual([['Open the conversation', `/me/conversations/${soon.id}`]]);
    });

    it('should show a request still waiting for an answer when nothing is scheduled', async () => {
      const me = aMe();
      const request = aConversation({ reportId: me.id, requesterId: me.id, topic: 'promotion_readiness' });
      await render(me, { requested: { items: [request], nextCursor: null } });

      const card = region('Next conversation');
      expect(text(card)).toContain('Waiting for an answer');
      expect(text(card)).toContain('Promotion readiness with Morgan Blake');
      expect(links(card)).toEqual([['Open the request', `/me/conversations/${request.id}`]]);
    });

    it('should suggest asking for one when there is none', async () => {
      await render(aMe());

      const card = region('Next conversation');
      expect(text(card)).toContain('Nothing scheduled');
      expect(links(card)).toEqual([['Ask for a career conversation', '/me/conversations/new']]);
    });
  });

  it('should show the manager with a link to write to them', async () => {
    await render(aMe({ manager: morgan }));

    const manager = region('Your manager');
    expect(text(manager)).toContain('Morgan Lee');
    expect(links(manager)).toEqual([['morgan@acme.test', 'mailto:morgan@acme.test']]);
  });

  it('should explain that there is no manager yet', async () => {
    await render(aMe({ manager: null }));

    expect(text(region('Your manager'))).toContain('No manager yet');
  });

  it('should list direct reports only to someone who has some', async () => {
    await render(aMe({ directReports: [sam] }));
    expect(text(region('Your direct reports'))).toContain('Sam Okafor');

    fixture.destroy();
    await render(aMe({ directReports: [] }));
    expect(region('Your direct reports')).toBeUndefined();
  });

  describe('notes from managers', () => {
    it('should show the latest notes with their author and date, line breaks kept', async () => {
      await render(aMe(), {
        notes: {
          items: [aNote(1, { body: 'Priya leads the launch council.\nAsk her about Q3.' }), aNote(2)],
          nextCursor: null,
        },
      });

      const section = region('Notes from your managers');
      const notes = [...(section?.querySelectorAll('li') ?? [])];
      expect(notes.map((note) => text(note.querySelector('.note-author')))).toEqual([
        'Morgan Blake',
        'Morgan Blake',
      ]);
      expect(text(notes[0]?.querySelector('time'))).toBe('29 October 2026');
      expect(notes[0]?.querySelector('time')?.getAttribute('datetime')).toBe('2026-10-29T12:00:00.000Z');
      expect(notes[0]?.querySelector('.note-body')?.textContent).toBe(
        'Priya leads the launch council.\nAsk her about Q3.',
      );
      expect(section?.querySelector('button')).toBeNull();
    });

    it('should show all the older notes on demand and move focus to the first of them', async () => {
      const me = aMe();
      await render(me, { notes: { items: [aNote(1), aNote(2), aNote(3)], nextCursor: 'c-3' } });

      const button = region('Notes from your managers')?.querySelector('button');
      expect(text(button)).toBe('Show all');
      button?.click();
      await new Promise((resolve) => setTimeout(resolve));
      respond(`/api/people/${me.id}/handover-notes?limit=100&cursor=c-3`, {
        items: [aNote(4), aNote(5)],
        nextCursor: null,
      });
      await settle();

      const section = region('Notes from your managers');
      expect([...(section?.querySelectorAll('.note-body') ?? [])].map(text)).toEqual([
        'Note 1',
        'Note 2',
        'Note 3',
        'Note 4',
        'Note 5',
      ]);
      expect(section?.querySelector('button')).toBeNull();
      expect(document.activeElement?.id).toBe(`note-${aNote(4).id}`);
    });

    it('should leave the section out for someone without notes', async () => {
      await render(aMe());

      expect(region('Notes from your managers')).toBeUndefined();
      expect(
        page().querySelector('mat-progress-bar[aria-label="Loading notes from your managers"]'),
      ).toBeNull();
    });

    it('should say what went wrong and try again on demand', async () => {
      const me = aMe();
      await render(me, { notes: serverError });

      const section = region('Notes from your managers');
      expect(text(section?.querySelector('[role="alert"]'))).toBe(
        'Something went wrong on our side. Please try again in a moment. (Reference c-1)',
      );
      section?.querySelector('button')?.click();
      await new Promise((resolve) => setTimeout(resolve));
      respond(`/api/people/${me.id}/handover-notes?limit=3`, { items: [aNote(1)], nextCursor: null });
      await settle();

      expect(text(region('Notes from your managers'))).toContain('Note 1');
      expect(region('Notes from your managers')?.querySelector('[role="alert"]')).toBeNull();
    });
  });

  it('should pick up changes the API knows about since sign-in', async () => {
    const before = aMe({ directReports: [] });
    await render(before);

    expect(region('Your direct reports')).toBeUndefined();
    fixture.destroy();
    await signInAs(before);
    fixture = TestBed.createComponent(MeHomePage);
    await new Promise((resolve) => setTimeout(resolve));
    respond('/api/me', { ...before, directReports: [sam] });
    backend.match(() => true).forEach((request) => request.flush(null, NOT_FOUND));
    await settle();

    expect(text(region('Your direct reports'))).toContain('Sam Okafor');
  });
});
