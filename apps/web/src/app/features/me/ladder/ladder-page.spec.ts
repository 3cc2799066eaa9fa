import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { anAspiration } from '../../../testing/career-ladder';
import { aDiff, aFramework, flushLadder, GROWTH_IDS, settle } from '../../../testing/growth-fixtures';
import { aMe } from '../../../testing/people';
import { signInAs } from '../../../testing/sign-in-as';
import { defaultComparison, LadderPage } from './ladder-page';
import { describeMove } from './level-diff-view';

const ID = GROWTH_IDS;
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('LadderPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const page = () => harness.routeNativeElement as HTMLElement;
  const diffRequest = (): TestRequest =>
    backend.expectOne((request) => request.url === `/api/frameworks/${ID.framework}/diff`);
  const open = async (url = '/me/ladder', targetLevelId: string | null = ID.pmmManager) => {
    await signInAs(aMe({ id: ID.person, levelId: ID.seniorPmm }));
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(url);
    await settle();
    flushLadder(backend);
    const aspiration = backend.expectOne(`/api/people/${ID.person}/aspiration`);
    if (targetLevelId) aspiration.flush(anAspiration({ personId: ID.person, targetLevelId }));
    else aspiration.flush(null, { status: 404, statusText: 'Not Found' });
    await navigation;
    await settle(harness.fixture);
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'me/ladder', component: LadderPage }], withComponentInputBinding()),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should show the tracks by discipline, levels in order, with my level and my target', async () => {
    await open();
    diffRequest().flush(aDiff());
    await settle(harness.fixture);

    expect([...page().querySelectorAll('h3.discipline')].map(text)).toEqual([
      'Product Marketing',
      'Product Management',
    ]);
    const firstTrack = page().querySelector('.track') as HTMLElement;
    expect([...firstTrack.querySelectorAll('.level')].map(text)).toEqual([
      'Product Marketing Manager II: compare',
      'Senior Product Marketing Manager: compare',
    ]);
    expect(text(page().querySelector('.current'))).toContain('You are here');
    expect(text(page().querySelector('.target'))).toContain('Your target');
  });

  it('should compare my level with my target by default', async () => {
    await open();
    const request = diffRequest();
    expect(request.request.params.get('from')).toBe(ID.seniorPmm);
    expect(request.request.params.get('to')).toBe(ID.pmmManager);
    request.flush(aDiff());
    await settle(harness.fixture);

    const diff = page().querySelector('app-level-diff-view') as HTMLElement;
    expect(text(diff)).toContain('A switch from the individual contributor track to the management track');
    expect(text(diff)).toContain('Holds regular career conversations.');
    expect(diff.querySelector('app-proficiency-meter svg')?.getAttribute('aria-label')).toBe(
      'Proficiency 3 of 4',
    );
  });

  it('should let me pick any other level to compare, through the address', async () => {
    await open();
    diffRequest().flush(aDiff());
    await settle(harness.fixture);

    const to = page().querySelectorAll('.pickers select')[1] as HTMLSelectElement;
    to.value = ID.pm;
    to.dispatchEvent(new Event('change'));
    await settle(harness.fixture);
    const request = diffRequest();
    expect(request.request.params.get('to')).toBe(ID.pm);
    request.flush(aDiff());
    await settle(harness.fixture);
    expect(TestBed.inject(Router).url).toBe(`/me/ladder?from=${ID.seniorPmm}&to=${ID.pm}`);
  });

  it('should compare a level of the ladder with mine in one click', async () => {
    await open();
    diffRequest().flush(aDiff());
    await settle(harness.fixture);

    const level = [...page().querySelectorAll<HTMLButtonElement>('.level')].find((button) =>
      text(button).startsWith('Product Manager'),
    ) as HTMLButtonElement;
    level.click();
    await settle(harness.fixture);
    expect(diffRequest().request.params.get('to')).toBe(ID.pm);
    await settle(harness.fixture);
    expect(document.activeElement?.id).toBe('compare-heading');
  });

  it('should invite people without a target to set one', async () => {
    await open('/me/ladder', null);
    const request = diffRequest();
    // Senior PMM is the top of its track in this ladder: any other level will do.
    expect(request.request.params.get('to')).toBe(ID.pmm2);
    request.flush(aDiff());
    await settle(harness.fixture);

    expect(page().querySelector('.lead a')?.getAttribute('href')).toBe('/me/aspiration');
    expect(page().querySelector('.target')).toBeNull();
  });

  it('should say when the comparison fails, and try again', async () => {
    await open();
    diffRequest().flush(
      { title: 'Bad', status: 400, detail: 'to is not a level', correlationId: 'c' },
      { status: 400, statusText: 'Bad' },
    );
    await settle(harness.fixture);
    expect(text(page().querySelector('[role="alert"]'))).toContain('to is not a level');

    (page().querySelector('[role="alert"] button') as HTMLButtonElement).click();
    diffRequest().flush(aDiff());
    await settle(harness.fixture);
    expect(page().querySelector('app-level-diff-view')).not.toBeNull();
  });
});

describe('defaultComparison', () => {
  const ladder = aFramework();

  it('should compare my level with my target', () => {
    expect(defaultComparison(ladder, ID.seniorPmm, ID.pm)).toEqual({ from: ID.seniorPmm, to: ID.pm });
  });

  it('should compare with the next level up when there is no target', () => {
    expect(defaultComparison(ladder, ID.pmm2, null)).toEqual({ from: ID.pmm2, to: ID.seniorPmm });
  });

  it('should compare any two levels for someone with no level on the ladder', () => {
    expect(defaultComparison(ladder, null, null)).toEqual({ from: ID.pmm2, to: ID.seniorPmm });
  });
});

describe('describeMove', () => {
  it.each([
    [
      'a track switch',
      aDiff(),
      'A switch from the individual contributor track to the management track in Product Marketing.',
    ],
    [
      'a lateral move',
      aDiff({
        sameDiscipline: false,
        to: { ...aDiff().to, discipline: 'Product Management', levelName: 'Product Manager' },
      }),
      'A move across disciplines, from Product Marketing to Product Management: the same criteria, with the expectations of Product Manager.',
    ],
    [
      'a step up',
      aDiff({ sameTrack: true, to: { ...aDiff().from, rank: 4, levelId: ID.pm } }),
      'A step up within Product Marketing (IC).',
    ],
    [
      'a step down',
      aDiff({ sameTrack: true, to: { ...aDiff().from, rank: 1, levelId: ID.pm } }),
      'A step down within Product Marketing (IC).',
    ],
    ['the same level', aDiff({ to: aDiff().from }), 'Senior Product Marketing Manager compared with itself.'],
  ])('should describe %s', (_case, diff, sentence) => {
    expect(describeMove(diff)).toBe(sentence);
  });
});
