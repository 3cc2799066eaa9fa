import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, RouterOutlet } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { AreaNav, type AreaLink } from './area-nav';

@Component({
  imports: [AreaNav, RouterOutlet],
  template: `<app-area-nav label="My things" [links]="links" /><router-outlet />`,
})
class Area {
  protected readonly links: readonly AreaLink[] = [
    { path: '/things', label: 'Overview', exact: true },
    { path: '/things/a', label: 'Section A' },
    { path: '/things/b', label: 'Section B' },
  ];
}

@Component({ template: 'page' })
class Page {}

describe('AreaNav', () => {
  const open = async (url: string) => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'things', component: Area, children: [{ path: '**', component: Page }] }]),
      ],
    });
    const harness = await RouterTestingHarness.create(url);
    await harness.fixture.whenStable();
    return harness.fixture.nativeElement as HTMLElement;
  };
  const current = (root: HTMLElement) =>
    [...root.querySelectorAll('nav[aria-label="My things"] a[aria-current="page"]')].map((link) =>
      link.textContent?.trim(),
    );

  it('should link every page, in a navigation landmark with the given name', async () => {
    const root = await open('/things');

    expect(
      [...root.querySelectorAll('nav[aria-label="My things"] a')].map((link) => [
        link.textContent?.trim(),
        link.getAttribute('href'),
      ]),
    ).toEqual([
      ['Overview', '/things'],
      ['Section A', '/things/a'],
      ['Section B', '/things/b'],
    ]);
  });

  it('should mark an exact link current only on its own address', async () => {
    expect(current(await open('/things'))).toEqual(['Overview']);
  });

  it('should keep a section current on the pages below it', async () => {
    expect(current(await open('/things/b/new'))).toEqual(['Section B']);
  });

  it('should scroll the current link into view, for the phone-sized row', async () => {
    const scrolled: string[] = [];
    HTMLElement.prototype.scrollIntoView = function (this: HTMLElement) {
      scrolled.push(this.textContent?.trim() ?? '');
    };
    try {
      await open('/things/a');

      expect(scrolled).toEqual(['Section A']);
    } finally {
      Reflect.deleteProperty(HTMLElement.prototype, 'scrollIntoView');
    }
  });
});
