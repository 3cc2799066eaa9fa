import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import { provideRouter, Router } from '@angular/router';

import type { Aspiration, Me } from '@trellis/domain';

import { aLadder, anAspiration, LEVEL } from '../../../testing/career-ladder';
import { aMe, aPerson } from '../../../testing/people';
import { signInAs } from '../../../testing/sign-in-as';
import { AspirationPage } from './aspiration-page';

const morgan = aPerson({ name: 'Morgan Blake', title: 'Director of Product Marketing' });
const priya = aMe({ levelId: LEVEL.seniorPmm, manager: morgan });

describe('AspirationPage', () => {
  let fixture: ComponentFixture<AspirationPage>;
  let loader: HarnessLoader;
  let backend: HttpTestingController;

  const url = (me: Me) => `/api/people/${me.id}/aspiration`;
  const tick = () => new Promise((resolve) => setTimeout(resolve));
  const settle = async () => {
    await tick();
    await fixture.whenStable();
  };
  const render = async (aspiration: Aspiration | null, me: Me = priya) => {
    await signInAs(me);
    fixture = TestBed.createComponent(AspirationPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await tick();
    const read = backend.expectOne(url(me));
    if (aspiration) read.flush(aspiration);
    else read.flush(null, { status: 404, statusText: 'Not Found' });
    backend.expectOne('/api/frameworks?limit=100').flush({ items: [aLadder()], nextCursor: null });
    await tick();
    backend.expectOne(`/api/frameworks/${aLadder().id}`).flush(aLadder());
    await settle();
  };
  const page = () => fixture.nativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const button = (name: string | RegExp) => loader.getHarness(MatButtonHarness.with({ text: name }));
  const click = async (name: string | RegExp) => {
    await (await button(name)).click();
    await settle();
  };
  const field = (label: string) => loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const type = async (label: string, value: string) =>
    (await (await field(label)).getControl(MatInputHarness))?.setValue(value);
  const chooseTarget = async (name: string) => {
    const select = await loader.getHarness(MatSelectHarness);
    await select.open();
    await select.clickOptions({ text: name });
  };
  const saveRequest = (): TestRequest => {
    const request = backend.expectOne((candidate) => candidate.method === 'PUT');
    expect(request.request.url).toBe(url(priya));
    return request;
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  describe('for a first-timer', () => {
    it('should start a guided flow of three steps at "What energises you?"', async () => {
      await render(null);

      const steps = [...page().querySelectorAll('ol.steps li')];
      expect(steps.map((step) => text(step.querySelector('.label')))).toEqual([
        'What energises you?',
        'Where do you want to be?',
        'Does your manager know?',
      ]);
      expect(steps[0]?.getAttribute('aria-current')).toBe('step');
      expect(page().querySelectorAll('fieldset:not([hidden])')).toHaveLength(1);
      expect(text(page().querySelector('fieldset:not([hidden]) legend h2'))).toBe('What energises you?');
    });

    it('should not go past the target step without a target and a statement', async () => {
      await render(null);
      await click('Next');

      await click('Next');

      expect(text(page().querySelector('fieldset:not([hidden]) legend h2'))).toBe('Where do you want to be?');
      expect(await (await field('Target level')).getTextErrors()).toEqual([
        'Choose the level you are aiming for',
      ]);
      expect(await (await field('In a sentence, what are you aiming for?')).getTextErrors()).toEqual([
        'Say in a sentence what you are aiming for',
      ]);
    });

    it('should offer every track, own discipline first, and say what kind of move a target is', async () => {
      await render(null);
      await click('Next');

      const select = await loader.getHarness(MatSelectHarness);
      await select.open();
      const groups = await select.getOptionGroups();
      expect(await Promise.all(groups.map((group) => group.getLabelText()))).toEqual([
        'Product Marketing · Individual contributor',
        'Product Marketing · Management',
        'Product Management · Individual contributor',
      ]);
      expect(await (await select.getOptions({ text: /Senior Product Marketing/ }))[0]?.getText()).toBe(
        'Senior Product Marketing Manager (your level now)',
      );
      await select.clickOptions({ text: 'Product Manager' });
      await settle();

      expect(await (await field('Target level')).getTextHints()).toEqual([
        'A sideways move, from Product Marketing into Product Management.',
      ]);
    });

    it('should save what the three steps asked, without a version, and then suggest telling the manager', async () => {
      await render(null);
      await type('What do you enjoy most at work?', ' Coaching people ');
      await click('Next');
      await chooseTarget('Manager, Product Marketing');
      await type('In a sentence, what are you aiming for?', 'Lead a team');
      await type('By when, roughly? (optional)', '2027-06-30');
      await click('Next');
      expect(text(page())).toContain('Morgan Blake, your manager, always sees your aspiration.');
      await (await loader.getHarness(MatSlideToggleHarness)).check();

      await click('Save my aspiration');
      const request = saveRequest();
      expect(request.request.body).toEqual({
        targetLevelId: LEVEL.pmmManager,
        statement: 'Lead a team',
        motivations: 'Coaching people',
        strengths: '',
        horizon: '2027-06-30',
        sharedWithHr: true,
      });
      request.flush(anAspiration({ statement: 'Lead a team', version: 1 }));
      await settle();

      expect(text(page().querySelector('[role="status"]'))).toContain('Now tell Morgan Blake.');
      expect(text(page().querySelector('.summary'))).toContain('Manager, Product Marketing');
      expect(await button('Tell my manager')).toBeTruthy();
    });

    it('should put the API field errors beside their fields and go back to their step', async () => {
      await render(null);
      await click('Next');
      await chooseTarget('Product Manager');
      await type('In a sentence, what are you aiming for?', 'Move to PM');
      await click('Next');

      await click('Save my aspiration');
      saveRequest().flush(
        {
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          correlationId: 'c',
          errors: [{ path: 'statement', message: 'Say it in words' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await settle();

      expect(text(page().querySelector('[role="alert"]'))).toBe(
        'Check the highlighted fields and try again.',
      );
      expect(text(page().querySelector('fieldset:not([hidden]) legend h2'))).toBe('Where do you want to be?');
      expect(await (await field('In a sentence, what are you aiming for?')).getTextErrors()).toEqual([
        'Say it in words',
      ]);
    });
  });

  describe('for a returning person', () => {
    it('should show the aspiration, who sees it, and one clear action to tell the manager', async () => {
      await render(anAspiration({ sharedWithHr: false }));

      expect(text(page().querySelector('.summary'))).toContain(
        'Manager, Product Marketing Product Marketing (Management) · by 30 June 2027',
      );
      expect(text(page())).toContain('Only you and your manager. HR does not see it.');
      expect(await (await button('Tell my manager')).isDisabled()).toBe(false);
    });

    it('should open the conversation request about the aspiration with an agenda written', async () => {
      await render(anAspiration());
      const router = TestBed.inject(Router);
      const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);

      await click('Tell my manager');

      expect(navigate).toHaveBeenCalledWith(['/me/conversations/new'], {
        queryParams: { topic: 'aspiration' },
        state: { agenda: expect.stringContaining('Manager, Product Marketing') as unknown },
      });
    });

    it('should explain that there is no manager to tell yet', async () => {
      await render(anAspiration(), { ...priya, manager: null });

      expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Tell my manager' }))).toEqual([]);
      expect(text(page())).toContain('Once HR adds your manager to the org chart');
    });

    it('should edit everything on one page and send the version it read', async () => {
      await render(anAspiration({ version: 3 }));
      await click('Edit');

      expect(page().querySelectorAll('fieldset:not([hidden])')).toHaveLength(3);
      await type('In a sentence, what are you aiming for?', 'Lead two teams');
      await click(/^Save$/);
      const request = saveRequest();
      expect(request.request.body).toMatchObject({ statement: 'Lead two teams', version: 3 });
      request.flush(anAspiration({ statement: 'Lead two teams', version: 4 }));
      await settle();

      expect(text(page().querySelector('.summary'))).toContain('Lead two teams');
    });

    it('should put back what is saved on cancel', async () => {
      await render(anAspiration());
      await click('Edit');
      await type('In a sentence, what are you aiming for?', 'Something else');

      await click('Cancel');

      expect(text(page().querySelector('.summary'))).toContain('I want to lead a product marketing team.');
    });

    describe('when it was changed elsewhere meanwhile (409)', () => {
      const conflict = async () => {
        await render(anAspiration({ version: 3 }));
        await click('Edit');
        await type('In a sentence, what are you aiming for?', 'My typed words');
        await click(/^Save$/);
        saveRequest().flush(
          { type: 'about:blank', title: 'Conflict', status: 409, correlationId: 'c' },
          { status: 409, statusText: 'Conflict' },
        );
        await tick();
        backend.expectOne(url(priya)).flush(anAspiration({ statement: 'Saved in another tab', version: 4 }));
        await settle();
      };

      it('should show what is saved now and keep what was typed', async () => {
        await conflict();

        const alert = text(page().querySelector('[role="alert"]'));
        expect(alert).toContain('changed somewhere else');
        expect(alert).toContain('Saved in another tab');
        const statement = await (
          await field('In a sentence, what are you aiming for?')
        ).getControl(MatInputHarness);
        expect(await statement?.getValue()).toBe('My typed words');
      });

      it('should save the typed version over it on request', async () => {
        await conflict();

        await click('Save mine over it');
        const request = saveRequest();
        expect(request.request.body).toMatchObject({ statement: 'My typed words', version: 4 });
        request.flush(anAspiration({ statement: 'My typed words', version: 5 }));
        await settle();

        expect(text(page().querySelector('.summary'))).toContain('My typed words');
      });

      it('should take the saved version instead on request', async () => {
        await conflict();

        await click('Use the saved version');

        expect(text(page().querySelector('.summary'))).toContain('Saved in another tab');
      });
    });
  });

  it('should say so when the aspiration cannot be loaded, and try again', async () => {
    await signInAs(priya);
    fixture = TestBed.createComponent(AspirationPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await tick();
    backend.expectOne(url(priya)).error(new ProgressEvent('error'));
    backend.expectOne('/api/frameworks?limit=100').flush({ items: [aLadder()], nextCursor: null });
    await tick();
    backend.expectOne(`/api/frameworks/${aLadder().id}`).flush(aLadder());
    await settle();

    expect(text(page().querySelector('[role="alert"]'))).toContain("We couldn't load your aspiration.");
    page().querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
    await tick();
    backend.expectOne(url(priya)).flush(anAspiration());
    await settle();
    expect(text(page().querySelector('.summary'))).toContain('Manager, Product Marketing');
  });
});
