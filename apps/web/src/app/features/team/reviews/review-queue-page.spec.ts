import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import type { PendingReview } from '@trellis/domain';

import { aPendingReview } from '../../../testing/team';
import { ReviewQueuePage } from './review-queue-page';
import type { ReviewSentState } from './review-sent';

describe('ReviewQueuePage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const tick = () => new Promise((resolve) => setTimeout(resolve));
  const open = async (
    items: PendingReview[] | 'error',
    state?: ReviewSentState,
    nextCursor: string | null = null,
  ) => {
    harness = await RouterTestingHarness.create();
    await TestBed.inject(Router).navigateByUrl('/team/reviews', { state });
    await tick();
    const request = backend.expectOne('/api/reviews/pending?limit=20');
    if (items === 'error') request.flush(null, { status: 0, statusText: 'Unknown Error' });
    else request.flush({ items, nextCursor });
    await tick();
    harness.detectChanges();
  };
  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'team/reviews', component: ReviewQueuePage }]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should list the queue oldest first, each with a link to review it', async () => {
    const older = aPendingReview({ title: 'One escalation path' });
    const newer = aPendingReview({ title: 'Interview with Aisha' }, { previousReview: null });
    await open([older, newer]);

    const items = [...page().querySelectorAll('.queue li')];
    expect(items.map((item) => text(item.querySelector('.title')))).toEqual([
      'One escalation path',
      'Interview with Aisha',
    ]);
    expect(text(items[0])).toContain('Priya Raman');
    expect(text(items[0])).toContain('Cross-functional impact, Leadership without authority');
    const review =
      items[0]?.querySelector('a[mat-button], a[matbutton]') ?? items[0]?.querySelectorAll('a')[1];
    expect(review?.getAttribute('href')).toBe(`/team/evidence/${older.evidence.id}`);
    expect(review?.getAttribute('aria-label')).toBe('Review One escalation path by Priya Raman');
    expect(text(page().querySelector('.count'))).toBe('2 pieces of evidence wait for you.');
  });

  it('should mark a piece edited after the manager asked for more', async () => {
    await open([
      aPendingReview(
        {},
        {
          previousReview: {
            decision: 'needs_more',
            comment: 'Add the numbers',
            strength: null,
            reviewerId: '00000000-0000-4000-8000-0000000000aa',
            reviewedAt: '2026-11-01T10:00:00.000Z',
          },
        },
      ),
    ]);

    expect(text(page().querySelector('.again'))).toBe('Edited after you asked for more');
  });

  it('should celebrate an empty queue', async () => {
    await open([]);

    expect(text(page().querySelector('.empty h2'))).toBe('All caught up');
    expect(page().querySelector('.queue')).toBeNull();
  });

  it('should confirm the review just sent', async () => {
    await open([], {
      reviewed: { title: 'Launch playbook', personName: 'Sam Okafor', decision: 'needs_more' },
    });

    expect(text(page().querySelector('[role="status"]'))).toBe(
      'Review sent: you asked for more on “Launch playbook”. Sam Okafor has been told.',
    );
  });

  it('should say when the queue cannot be reached', async () => {
    await open('error');

    expect(text(page().querySelector('[role="alert"]'))).toContain("We couldn't reach Trellis");
  });

  it('should read further pages on demand', async () => {
    await open([aPendingReview({ title: 'First' })], undefined, 'more');
    [...page().querySelectorAll('button')].find((button) => text(button) === 'Show more')?.click();
    backend.expectOne('/api/reviews/pending?limit=20&cursor=more').flush({
      items: [aPendingReview({ title: 'Second' })],
      nextCursor: null,
    });
    await tick();
    harness.detectChanges();

    expect([...page().querySelectorAll('.queue .title')].map(text)).toEqual(['First', 'Second']);
  });
});
