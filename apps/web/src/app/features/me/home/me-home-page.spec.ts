import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import type { Me } from '@trellis/domain';

import { aMe, aPerson } from '../../../testing/people';
import { signInAs } from '../../../testing/sign-in-as';
import { MeHomePage } from './me-home-page';

const morgan = aPerson({
  name: 'Morgan Lee',
  title: 'Director of Product Marketing',
  email: 'morgan@acme.test',
});
const sam = aPerson({ name: 'Sam Okafor', title: 'Product Marketing Manager II' });
const alex = aPerson({ name: 'Alex Chen', title: 'Product Marketing Manager I' });

describe('MeHomePage', () => {
  let fixture: ComponentFixture<MeHomePage>;
  let backend: HttpTestingController;

  const render = async (me: Me) => {
    await signInAs(me);
    fixture = TestBed.createComponent(MeHomePage);
    await fixture.whenStable();
    backend.expectOne('/api/me').flush(me);
    await fixture.whenStable();
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

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should greet the person by name and show their title', async () => {
    await render(aMe({ name: 'Priya Raman', title: 'Senior Product Marketing Manager' }));

    expect(text(page().querySelector('h1'))).toBe('Welcome, Priya Raman');
    expect(text(page())).toContain('Senior Product Marketing Manager');
  });

  it('should show the manager with a link to write to them', async () => {
    await render(aMe({ manager: morgan }));

    const manager = region('Your manager');
    expect(text(manager)).toContain('Morgan Lee');
    expect(text(manager)).toContain('Director of Product Marketing');
    const mail = manager?.querySelector('a');
    expect(mail?.getAttribute('href')).toBe('mailto:morgan@acme.test');
    expect(text(mail)).toBe('morgan@acme.test');
  });

  it('should explain that there is no manager yet', async () => {
    await render(aMe({ manager: null }));

    expect(text(region('Your manager'))).toContain('No manager yet');
  });

  it('should list the direct reports with their titles', async () => {
    await render(aMe({ directReports: [sam, alex] }));

    const items = [...(region('Your direct reports')?.querySelectorAll('ul > li') ?? [])].map((item) => [
      text(item.querySelector('.person-name')),
      text(item.querySelector('.person-title')),
    ]);
    expect(items).toEqual([
      ['Sam Okafor', 'Product Marketing Manager II'],
      ['Alex Chen', 'Product Marketing Manager I'],
    ]);
  });

  it('should explain that no one reports to the person', async () => {
    await render(aMe({ directReports: [] }));

    const reports = region('Your direct reports');
    expect(reports?.querySelector('ul')).toBeNull();
    expect(text(reports)).toContain('No one reports to you');
  });

  it('should use one h1 and a h2 per card', async () => {
    await render(aMe());

    expect(page().querySelectorAll('h1')).toHaveLength(1);
    expect([...page().querySelectorAll('h2')].map(text)).toEqual(['Your manager', 'Your direct reports']);
  });

  it('should pick up changes the API knows about since sign-in', async () => {
    const before = aMe({ directReports: [] });
    await signInAs(before);
    fixture = TestBed.createComponent(MeHomePage);
    await fixture.whenStable();
    backend.expectOne('/api/me').flush({ ...before, directReports: [sam] });
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();

    expect(text(region('Your direct reports'))).toContain('Sam Okafor');
  });
});
