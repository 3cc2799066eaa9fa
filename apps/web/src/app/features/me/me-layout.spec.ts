import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { MeLayout } from './me-layout';

@Component({ template: 'page' })
class Page {}

describe('MeLayout', () => {
  const open = async (url: string) => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'me', component: MeLayout, children: [{ path: '**', component: Page }] }]),
      ],
    });
    const harness = await RouterTestingHarness.create(url);
    await harness.fixture.whenStable();
    return harness.fixture.nativeElement as HTMLElement;
  };
  const current = (root: HTMLElement) =>
    [...root.querySelectorAll('nav[aria-label="My growth"] a[aria-current="page"]')].map((link) =>
      link.textContent?.trim(),
    );

  it('should link every page of the area', async () => {
    const root = await open('/me');

    expect(
      [...root.querySelectorAll('nav a')].map((link) => [
        link.textContent?.trim(),
        link.getAttribute('href'),
      ]),
    ).toEqual([
      ['Overview', '/me'],
      ['Aspiration', '/me/aspiration'],
      ['Growth plan', '/me/plan'],
      ['Evidence', '/me/evidence'],
      ['Readiness', '/me/readiness'],
      ['Ladder', '/me/ladder'],
      ['Conversations', '/me/conversations'],
    ]);
  });

  it('should mark the overview current only on /me itself', async () => {
    expect(current(await open('/me'))).toEqual(['Overview']);
  });

  it('should keep a section current on the pages below it', async () => {
    expect(current(await open('/me/conversations/new'))).toEqual(['Conversations']);
  });
});
