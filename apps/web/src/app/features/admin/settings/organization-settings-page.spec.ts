import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { OrganizationSettingsPage } from './organization-settings-page';

describe('OrganizationSettingsPage', () => {
  let fixture: ComponentFixture<OrganizationSettingsPage>;
  let backend: HttpTestingController;

  const wait = () => new Promise((resolve) => setTimeout(resolve));
  const element = () => fixture.nativeElement as HTMLElement;
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const settle = async () => {
    await wait();
    await fixture.whenStable();
  };
  const input = () => {
    const field = element().querySelector<HTMLInputElement>('input[type="number"]');
    if (!field) throw new Error('The interval field is on the page');
    return field;
  };
  const type = (value: string) => {
    input().value = value;
    input().dispatchEvent(new Event('input'));
  };
  const submit = () => element().querySelector('form')?.dispatchEvent(new Event('submit'));

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OrganizationSettingsPage);
    await wait();
    backend.expectOne('/api/organization/settings').flush({ conversationIntervalDays: 90 });
    await settle();
  });

  afterEach(() => backend.verify());

  it('should show the current interval and save a new one', async () => {
    expect(input().value).toBe('90');
    type('30');
    submit();
    const request = backend.expectOne('/api/organization/settings');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ conversationIntervalDays: 30 });
    request.flush({ conversationIntervalDays: 30 });
    await settle();
    expect(text(element().querySelector('.saved'))).toBe('Saved.');
  });

  it.each(['6', '366', ''])('should not send %p and say why', async (value) => {
    type(value);
    submit();
    await settle();
    backend.expectNone('/api/organization/settings');
    expect(text(element().querySelector('mat-error'))).toMatch(/days/);
  });

  it('should show the API’s reason when it refuses', async () => {
    type('30');
    submit();
    backend.expectOne('/api/organization/settings').flush(
      {
        status: 403,
        title: 'Forbidden',
        type: 'about:blank',
        correlationId: 'c',
        detail: 'This needs one of the roles: hr, admin.',
      },
      { status: 403, statusText: 'Forbidden' },
    );
    await settle();
    expect(element().querySelector('[role="alert"]')).not.toBeNull();
  });
});
