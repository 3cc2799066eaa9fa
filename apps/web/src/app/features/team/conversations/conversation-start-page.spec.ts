import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import type { Me } from '@trellis/domain';

import { aConversation } from '../../../testing/conversations';
import { aMe, aPerson } from '../../../testing/people';
import { signInAs } from '../../../testing/sign-in-as';
import { ConversationStartPage } from './conversation-start-page';

@Component({ selector: 'app-workspace-stub', template: '<h1>Workspace</h1>' })
class WorkspaceStub {}

const priya = aPerson({ name: 'Priya Raman', title: 'Senior PMM' });
const sam = aPerson({ name: 'Sam Okafor', title: 'PMM II' });
const morgan = aMe({ name: 'Morgan Blake', email: 'morgan@acme.test', directReports: [priya, sam] });

describe('ConversationStartPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  const tick = () => new Promise((resolve) => setTimeout(resolve));
  const open = async (url: string, me: Me = morgan) => {
    await signInAs(me);
    harness = await RouterTestingHarness.create();
    await TestBed.inject(Router).navigateByUrl(url);
    await tick();
    harness.detectChanges();
  };
  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const choose = (label: string) =>
    [...page().querySelectorAll('mat-radio-button')]
      .find((candidate) => text(candidate).startsWith(label))
      ?.querySelector('input')
      ?.click();
  const submit = async () => {
    page().querySelector('form')?.dispatchEvent(new Event('submit'));
    await tick();
    harness.detectChanges();
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'team/conversations/new', component: ConversationStartPage },
            { path: 'team/conversations/:id', component: WorkspaceStub },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should start with the report named in the address and three suggested times', async () => {
    await open(`/team/conversations/new?with=${sam.id}`);

    expect(page().querySelector<HTMLSelectElement>('select')?.value).toBe(sam.id);
    expect(text(page().querySelector('.intro'))).toContain('Sam gets a notification and picks one');
    expect(page().querySelectorAll('input[type="datetime-local"]')).toHaveLength(3);
  });

  it('should name the report picked in "With" in the sentences around the form', async () => {
    await open('/team/conversations/new');
    expect(text(page().querySelector('.intro'))).toContain('they get a notification and picks one');

    const select = page().querySelector('select');
    if (!select) throw new Error('no picker');
    select.value = priya.id;
    select.dispatchEvent(new Event('change'));
    harness.detectChanges();

    expect(text(page().querySelector('.intro'))).toContain('Priya gets a notification and picks one');
    expect(text(page().querySelector('.hint'))).toBe('In your local time. Priya picks one.');
  });

  it('should ask for a topic before sending', async () => {
    await open(`/team/conversations/new?with=${sam.id}`);
    await submit();

    expect(text(page().querySelector('.field-error'))).toBe('Choose a topic');
    backend.expectNone('/api/conversations');
  });

  it('should send the request with the times as instants, then open its workspace', async () => {
    await open(`/team/conversations/new?with=${priya.id}`);
    choose('Promotion readiness');
    const agenda = page().querySelector('textarea');
    if (!agenda) throw new Error('no agenda');
    agenda.value = '  Where your evidence stands.  ';
    agenda.dispatchEvent(new Event('input'));
    await submit();

    const request = backend.expectOne('/api/conversations');
    expect(request.request.body).toMatchObject({
      withPersonId: priya.id,
      topic: 'promotion_readiness',
      agenda: 'Where your evidence stands.',
    });
    expect((request.request.body as { proposedTimes: string[] }).proposedTimes).toHaveLength(3);
    const created = aConversation({ reportId: priya.id, managerId: morgan.id, requesterId: morgan.id });
    request.flush(created);
    await tick();

    expect(TestBed.inject(Router).url).toBe(`/team/conversations/${created.id}`);
  });

  it('should show the API’s field errors beside the fields', async () => {
    await open(`/team/conversations/new?with=${priya.id}`);
    choose('Feedback');
    await submit();

    backend.expectOne('/api/conversations').flush(
      {
        status: 422,
        detail: 'Check the highlighted fields.',
        errors: [{ path: 'proposedTimes.0', message: 'Proposed times must be in the future' }],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await tick();
    harness.detectChanges();

    expect(text(page().querySelector('[role="alert"]'))).toContain('Check the highlighted fields.');
    expect(text(page().querySelector('mat-error'))).toBe('Proposed times must be in the future');
  });

  it('should explain that only someone with reports can start one', async () => {
    await open('/team/conversations/new', aMe({ directReports: [] }));

    expect(text(page().querySelector('.empty h2'))).toBe('No one reports to you');
  });
});
