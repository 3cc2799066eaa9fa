import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import type { PositionBench } from '@trellis/domain';

import { aLadder, LEVEL } from '../../../testing/career-ladder';
import { flushLadder, settle } from '../../../testing/growth-fixtures';
import { aMe } from '../../../testing/people';
import { signInAs } from '../../../testing/sign-in-as';
import { aBench, aCandidate, aPosition, aTeamsReport, TEAM } from '../data/hr-fixtures';
import { PositionBenchPage } from './position-bench-page';

const harper = aMe({ name: 'Harper Quinn', email: 'harper@acme.test', roles: ['member', 'hr'] });
const SEAT = aPosition().id;

describe('PositionBenchPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const refresh = async () => {
    await settle(harness.fixture);
    harness.detectChanges();
  };

  const closed = async () => {
    const dialog = TestBed.inject(MatDialog);
    for (let wait = 0; wait < 40 && dialog.openDialogs.length > 0; wait++)
      await new Promise((resolve) => setTimeout(resolve, 25));
    await settle();
  };

  const open = async (bench: PositionBench | 404 | 500 = aBench()) => {
    await signInAs(harper);
    harness = await RouterTestingHarness.create();
    await TestBed.inject(Router).navigateByUrl(`/hr/positions/${SEAT}`);
    await settle();
    const request = backend.expectOne(`/api/positions/${SEAT}/bench`);
    if (typeof bench === 'number') request.flush({ status: bench }, { status: bench, statusText: 'Error' });
    else request.flush(bench);
    backend.match('/api/mobility/teams').forEach((r) => r.flush(aTeamsReport()));
    flushLadder(backend, aLadder());
    await refresh();
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        // The dialog then closes without waiting for an animation jsdom never runs.
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        provideRouter(
          [{ path: 'hr/positions/:positionId', component: PositionBenchPage }],
          withComponentInputBinding(),
        ),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should show the seat and its candidates, readiest first, with readiness as a meter', async () => {
    await open(
      aBench([aCandidate(), aCandidate({ personId: 'p-2', name: 'Alex Kim', readiness: 0.3, weakest: [] })]),
    );

    expect(text(page().querySelector('h1'))).toBe('Manager, Product Marketing');
    expect(text(page().querySelector('.lead'))).toContain('Product Marketing · Manager, Product Marketing');
    const candidates = [...page().querySelectorAll('.candidate')];
    expect(candidates.map((c) => text(c.querySelector('h3')))).toEqual(['Priya Raman', 'Alex Kim']);
    expect(text(candidates[0])).toContain('Senior Product Marketing Manager');
    expect(text(candidates[0])).not.toContain('now Senior Product Marketing Manager');
    const meter = candidates[0]?.querySelector('[role="meter"]');
    expect(meter?.getAttribute('aria-valuenow')).toBe('62');
    expect(text(candidates[0]?.querySelector('.percent'))).toBe('62%');
    const criteria = (candidate: Element | undefined) =>
      [...(candidate?.querySelectorAll('.criteria > div') ?? [])].map((row) =>
        [...row.querySelectorAll('dt, dd > span')].map((item) => text(item)),
      );
    expect(criteria(candidates[0])).toEqual([
      ['Strongest', 'Exceptional work', 'Servant leadership'],
      ['Weakest', 'Strategic thinking'],
    ]);
    expect(criteria(candidates[1])).toContainEqual(['Weakest', 'No gap left']);
  });

  it('should explain who appears on a bench when nobody does', async () => {
    await open(aBench([]));

    const empty = text(page().querySelector('.empty'));
    expect(empty).toContain('No one is on this bench yet');
    expect(empty).toContain('aspiration targets Manager, Product Marketing');
    expect(empty).toContain('shared it with HR');
    expect(empty).toContain('management chain');
  });

  it('should fill the seat from the bench after a confirmation, and say where the move shows', async () => {
    await open();
    page().querySelector<HTMLButtonElement>('button.fill')?.click();
    await refresh();

    const dialog = document.querySelector('mat-dialog-container');
    expect(text(dialog)).toContain('Give Priya Raman this seat?');
    expect(text(dialog)).toContain('from Senior Product Marketing Manager to Manager, Product Marketing');
    [...(dialog?.querySelectorAll('button') ?? [])].find((b) => text(b) === 'Fill the seat')?.click();
    // The dialog reports its answer once it has closed (on the next turn without animations).
    await closed();

    const fill = backend.expectOne(`/api/positions/${SEAT}/fill`);
    expect(fill.request.body).toEqual({ personId: aCandidate().personId });
    fill.flush({
      position: aPosition({ status: 'filled', filledOn: '2026-12-07', filledById: aCandidate().personId }),
      move: {
        id: 'm-1',
        personId: aCandidate().personId,
        fromLevelId: LEVEL.seniorPmm,
        fromTeamId: TEAM.productMarketing,
        toLevelId: LEVEL.pmmManager,
        toTeamId: TEAM.productMarketing,
        occurredOn: '2026-12-07',
        kind: 'track_switch',
        internal: true,
      },
    });
    await refresh();

    const notice = page().querySelector('[role="status"]');
    expect(text(notice)).toContain('Priya Raman now holds “Manager, Product Marketing”');
    expect(text(notice)).toContain('track switch on 7 December 2026 is recorded');
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe(
      `/hr?kind=track_switch&from=2026-12-07&teamId=${TEAM.productMarketing}`,
    );
    expect(text(page().querySelector('.chip'))).toBe('Filled');
    expect(page().querySelector('button.fill')).toBeNull();
  });

  it('should do nothing when the confirmation is cancelled', async () => {
    await open();
    page().querySelector<HTMLButtonElement>('button.fill')?.click();
    await refresh();
    [...document.querySelectorAll<HTMLButtonElement>('mat-dialog-container button')]
      .find((b) => text(b) === 'Cancel')
      ?.click();
    await closed();
    await refresh();

    backend.expectNone(`/api/positions/${SEAT}/fill`);
    expect(text(page().querySelector('.chip'))).toBe('Open');
  });

  it('should say a seat outside your scope does not exist', async () => {
    await open(404);

    expect(text(page().querySelector('h1'))).toBe('There is no such position');
  });

  it('should explain a failure', async () => {
    await open(500);

    expect(text(page().querySelector('[role="alert"]'))).toContain('Something went wrong on our side');
  });
});
