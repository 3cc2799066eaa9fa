import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import type { Me } from '@trellis/domain';

import { aConversation } from '../../../testing/conversations';
import { aMe, aPerson } from '../../../testing/people';
import { signInAs } from '../../../testing/sign-in-as';
import { ConversationRequestPage } from './conversation-request-page';
import { fromLocalInput, suggestedTimes, toLocalInput } from './proposed-times';

@Component({ template: 'conversation' })
class ConversationStub {}

const morgan = aPerson({ name: 'Morgan Blake', title: 'Director of Product Marketing' });
const priya = aMe({ manager: morgan });

describe('ConversationRequestPage', () => {
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let backend: HttpTestingController;

  const tick = () => new Promise((resolve) => setTimeout(resolve));
  const open = async (url = '/me/conversations/new', state?: Record<string, unknown>, me: Me = priya) => {
    await signInAs(me);
    harness = await RouterTestingHarness.create();
    await TestBed.inject(Router).navigateByUrl(url, { state });
    await harness.fixture.whenStable();
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  };
  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const field = (label: string) => loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const input = async (label: string) => {
    const control = await (await field(label)).getControl(MatInputHarness);
    if (!control) throw new Error(`No input labelled ${label}`);
    return control;
  };
  const timeValues = async () => {
    const fields = await loader.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: /^Time \d/ }));
    return Promise.all(fields.map(async (each) => (await each.getControl(MatInputHarness))?.getValue()));
  };
  const chooseTopic = async (label: string) =>
    (await loader.getHarness(MatRadioGroupHarness)).checkRadioButton({ label: new RegExp(`^${label}`) });
  const send = async () => (await loader.getHarness(MatButtonHarness.with({ text: 'Send request' }))).click();

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'me/conversations/new', component: ConversationRequestPage },
            { path: 'me/conversations/:id', component: ConversationStub },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should start from three times on the next working days at 10:00', async () => {
    await open();

    expect(await timeValues()).toEqual(suggestedTimes(new Date()).map(toLocalInput));
    expect(text(page())).toContain('With Morgan Blake, Director of Product Marketing.');
  });

  it('should take the topic from the address and the agenda "Tell my manager" wrote', async () => {
    await open('/me/conversations/new?topic=aspiration', { agenda: 'Where I want to go next.' });

    const topics = await loader.getHarness(MatRadioGroupHarness);
    expect(await topics.getCheckedValue()).toBe('aspiration');
    expect(await (await input('Agenda')).getValue()).toBe('Where I want to go next.');
  });

  it('should add times up to five and remove any of them', async () => {
    await open();

    const add = await loader.getHarness(MatButtonHarness.with({ text: 'Add a time' }));
    await add.click();
    await add.click();
    expect(await timeValues()).toHaveLength(5);
    expect(text(page())).toContain('You can propose up to 5 times.');

    await (
      await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Remove time 1"]' }))
    ).click();
    expect(await timeValues()).toHaveLength(4);
  });

  it('should ask for a topic and refuse a time that has passed, without calling the API', async () => {
    await open();
    await (await input('Time 1')).setValue('2001-01-01T10:00');

    await send();

    expect(text(page().querySelector('.field-error'))).toBe('Choose a topic');
    expect(await (await field('Time 1')).getTextErrors()).toEqual([
      'This time has passed; choose a later one',
    ]);
    backend.expectNone('/api/conversations');
  });

  it('should send the request to the manager with the times as instants, then open it', async () => {
    await open();
    await chooseTopic('Promotion readiness');
    await (await input('Agenda')).setValue('  Am I ready?  ');
    await (await input('Time 1')).setValue('2099-03-04T10:00');
    await (
      await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Remove time 3"]' }))
    ).click();

    await send();
    const request = backend.expectOne('/api/conversations');
    expect(request.request.body).toEqual({
      withPersonId: morgan.id,
      topic: 'promotion_readiness',
      agenda: 'Am I ready?',
      proposedTimes: [
        fromLocalInput('2099-03-04T10:00'),
        ...suggestedTimes(new Date())
          .slice(1, 2)
          .map((time) => fromLocalInput(toLocalInput(time))),
      ],
    });
    const created = aConversation();
    request.flush(created);
    await tick();
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe(`/me/conversations/${created.id}`);
    expect(TestBed.inject(Router).lastSuccessfulNavigation()?.extras.state).toEqual({ requested: true });
  });

  it("should put the API's field errors beside the times they are about", async () => {
    await open();
    await chooseTopic('Feedback');

    await send();
    backend.expectOne('/api/conversations').flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        correlationId: 'c',
        errors: [{ path: 'proposedTimes.1', message: 'Morgan is away that day' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await tick();
    await harness.fixture.whenStable();

    expect(text(page().querySelector('[role="alert"]'))).toBe('Check the highlighted fields and try again.');
    expect(await (await field('Time 2')).getTextErrors()).toEqual(['Morgan is away that day']);
  });

  it('should explain that a conversation needs a manager', async () => {
    await open('/me/conversations/new', undefined, aMe({ manager: null }));

    expect(text(page().querySelector('h2'))).toBe('You have no manager in Trellis yet');
    expect(page().querySelector('form')).toBeNull();
  });
});
