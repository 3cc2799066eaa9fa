import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { TeamLayout } from './team-layout';

@Component({ selector: 'app-page-stub', template: '<h1>Page</h1>' })
class PageStub {}

describe('TeamLayout', () => {
  const open = async (url: string) => {
    const harness = await RouterTestingHarness.create(url);
    return harness.fixture.nativeElement as HTMLElement;
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          {
            path: 'team',
            component: TeamLayout,
            children: [
              { path: '', component: PageStub },
              { path: 'reviews', component: PageStub },
              { path: 'evidence/:id', component: PageStub },
              { path: 'conversations', component: PageStub },
            ],
          },
        ]),
      ],
    });
  });

  const current = (page: HTMLElement) =>
    [...page.querySelectorAll('nav[aria-label="My team"] a')]
      .filter((link) => link.getAttribute('aria-current') === 'page')
      .map((link) => link.textContent?.trim());

  it('should name the overview as the current page on /team only', async () => {
    expect(current(await open('/team'))).toEqual(['Overview']);
  });

  it.each([
    ['/team/reviews', 'Reviews'],
    ['/team/conversations', 'Conversations'],
  ])('should mark the section of %s as the current page', async (url, label) => {
    expect(current(await open(url))).toEqual([label]);
  });
});
