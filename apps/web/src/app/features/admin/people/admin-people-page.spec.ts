import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import type { AdminPerson } from '@trellis/domain';

import { AdminPeoplePage } from './admin-people-page';

const aPerson = (overrides: Partial<AdminPerson> = {}): AdminPerson => ({
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Priya Raman',
  email: 'priya@acme.test',
  title: 'Senior PMM',
  roles: ['member'],
  active: true,
  erased: false,
  team: { id: '00000000-0000-4000-8000-0000000000a1', name: 'Product Marketing' },
  level: null,
  manager: null,
  hireDate: null,
  lastSignInAt: null,
  ...overrides,
});

describe('AdminPeoplePage', () => {
  let fixture: ComponentFixture<AdminPeoplePage>;
  let backend: HttpTestingController;

  const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
  const element = () => fixture.nativeElement as HTMLElement;
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const rows = () => [...element().querySelectorAll('tbody tr')];
  const settle = async () => {
    await wait();
    await fixture.whenStable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AdminPeoplePage);
    await wait();
  });

  afterEach(() => backend.verify());

  it('should list people with their role chips and status, and load more with the cursor', async () => {
    backend.expectOne('/api/admin/people?limit=25').flush({
      items: [
        aPerson(),
        aPerson({
          id: '00000000-0000-4000-8000-000000000002',
          name: 'Avery Stone',
          roles: ['member', 'admin'],
          active: false,
        }),
      ],
      nextCursor: 'next',
    });
    await settle();

    expect(rows().map((row) => text(row.querySelector('a')))).toEqual(['Priya Raman', 'Avery Stone']);
    expect([...(rows()[1]?.querySelectorAll('.chip') ?? [])].map((chip) => text(chip))).toEqual([
      'Member',
      'Admin',
    ]);
    expect(text(rows()[1]?.querySelectorAll('td')[2])).toBe('Deactivated');

    const more = [...element().querySelectorAll('button')].find((b) => text(b) === 'Load more');
    more?.click();
    backend.expectOne('/api/admin/people?limit=25&cursor=next').flush({
      items: [aPerson({ id: '00000000-0000-4000-8000-000000000003', name: 'Sam Okafor' })],
      nextCursor: null,
    });
    await settle();
    expect(rows()).toHaveLength(3);
    expect([...element().querySelectorAll('button')].some((b) => text(b) === 'Load more')).toBe(false);
  });

  it('should search and filter through the API', async () => {
    backend.expectOne('/api/admin/people?limit=25').flush({ items: [aPerson()], nextCursor: null });
    await settle();
    const search = element().querySelector<HTMLInputElement>('input[type="search"]');
    const role = element().querySelector<HTMLSelectElement>('select');
    if (!search || !role) throw new Error('The filters are on the page');
    search.value = 'sam';
    search.dispatchEvent(new Event('input'));
    role.value = 'hr';
    role.dispatchEvent(new Event('change'));
    await wait(300);
    backend.expectOne('/api/admin/people?limit=25&query=sam&role=hr').flush({ items: [], nextCursor: null });
    await settle();
    expect(text(element().querySelector('.empty'))).toBe('Nobody matches these filters.');
  });

  it('should say when the list could not be loaded', async () => {
    backend.expectOne('/api/admin/people?limit=25').flush(null, { status: 0, statusText: 'Unknown Error' });
    await settle();
    expect(text(element().querySelector('[role="alert"]'))).toContain("We couldn't reach Trellis");
  });
});
