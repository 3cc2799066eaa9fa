import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { aMe } from '../../testing/people';
import { SignInPage } from './sign-in-page';

@Component({ template: 'destination' })
class Destination {}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('SignInPage', () => {
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let backend: HttpTestingController;

  const open = async (url = '/sign-in') => {
    harness = await RouterTestingHarness.create(url);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  };
  const field = (label: string) => loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const type = async (label: string, value: string) =>
    (await (await field(label)).getControl(MatInputHarness))?.setValue(value);
  const fill = async (email: string, password: string) => {
    await type('Email', email);
    await type('Password', password);
  };
  const signInButton = () => loader.getHarness(MatButtonHarness.with({ text: /Sign in/ }));
  const submit = async () => (await signInButton()).click();
  const alertText = () =>
    (harness.routeNativeElement?.querySelector('[role="alert"]')?.textContent ?? '').trim();

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'sign-in', component: SignInPage },
            { path: 'me', component: Destination },
            { path: 'evidence/:id', component: Destination },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  describe('validation', () => {
    it('should say what is missing when the form is sent empty, without calling the API', async () => {
      await open();
      await submit();

      expect(await (await field('Email')).getTextErrors()).toEqual(['Enter your email address']);
      expect(await (await field('Password')).getTextErrors()).toEqual(['Enter your password']);
      backend.expectNone('/api/auth/login');
    });

    it('should ask for a valid email address', async () => {
      await open();
      await fill('priya', 'trellis-demo');
      await submit();

      expect(await (await field('Email')).getTextErrors()).toEqual([
        'Enter an email address like name@company.com',
      ]);
      backend.expectNone('/api/auth/login');
    });

    it('should move focus to the first field that needs fixing', async () => {
      await open();
      await fill('priya@acme.test', '');
      await submit();

      expect(document.activeElement?.id).toBe('password');
    });
  });

  describe('when the API refuses', () => {
    it("should show the API's problem detail when sign-in fails", async () => {
      await open();
      await fill('priya@acme.test', 'wrong');
      await submit();
      backend.expectOne('/api/auth/login').flush(
        {
          type: 'about:blank',
          title: 'Unauthorized',
          status: 401,
          detail: 'Too many attempts; try again in a minute',
          correlationId: 'c-1',
        },
        { status: 401, statusText: 'Unauthorized' },
      );
      await settle();
      await harness.fixture.whenStable();

      expect(alertText()).toBe('Too many attempts; try again in a minute');
    });

    it('should say the email or password is incorrect on a 401 without detail', async () => {
      await open();
      await fill('priya@acme.test', 'wrong');
      await submit();
      backend.expectOne('/api/auth/login').flush(null, { status: 401, statusText: 'Unauthorized' });
      await settle();
      await harness.fixture.whenStable();

      expect(alertText()).toBe('Email or password is incorrect');
    });

    it('should put the per-field messages of a 400 problem under their fields', async () => {
      await open();
      await fill('priya@acme.test', 'x');
      await submit();
      backend.expectOne('/api/auth/login').flush(
        {
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          correlationId: 'c-2',
          errors: [{ path: 'password', message: 'Password is too long' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await settle();
      await harness.fixture.whenStable();

      expect(alertText()).toBe('Check the highlighted fields and try again.');
      expect(await (await field('Password')).getTextErrors()).toEqual(['Password is too long']);
    });

    it('should show a generic message, with the reference, when the server fails', async () => {
      await open();
      await fill('priya@acme.test', 'trellis-demo');
      await submit();
      backend.expectOne('/api/auth/login').flush(
        {
          type: 'about:blank',
          title: 'Internal Server Error',
          status: 500,
          detail: 'QueryFailedError: …',
          correlationId: 'c-3',
        },
        { status: 500, statusText: 'Internal Server Error' },
      );
      await settle();
      await harness.fixture.whenStable();

      expect(alertText()).toBe(
        'Something went wrong on our side. Please try again in a moment. (Reference c-3)',
      );
    });

    it('should say so when the API cannot be reached', async () => {
      await open();
      await fill('priya@acme.test', 'trellis-demo');
      await submit();
      backend.expectOne('/api/auth/login').error(new ProgressEvent('error'));
      await settle();
      await harness.fixture.whenStable();

      expect(alertText()).toBe("We couldn't reach Trellis. Check your connection and try again.");
    });
  });

  describe('on success', () => {
    const succeed = async () => {
      backend.expectOne('/api/auth/login').flush({ accessToken: 'token', user: aMe() });
      await settle();
      await harness.fixture.whenStable();
    };

    it('should go to the home page', async () => {
      await open();
      await fill('priya@acme.test', 'trellis-demo');
      await submit();
      await succeed();

      expect(TestBed.inject(Router).url).toBe('/me');
    });

    it('should go back to the page that asked for sign-in', async () => {
      await open('/sign-in?returnUrl=%2Fevidence%2F42');
      await fill('priya@acme.test', 'trellis-demo');
      await submit();
      await succeed();

      expect(TestBed.inject(Router).url).toBe('/evidence/42');
    });

    it('should never leave the app for a return address elsewhere', async () => {
      await open('/sign-in?returnUrl=%2F%2Fevil.example%2Fphish');
      await fill('priya@acme.test', 'trellis-demo');
      await submit();
      await succeed();

      expect(TestBed.inject(Router).url).toBe('/me');
    });

    it('should send the trimmed email and show progress while waiting', async () => {
      await open();
      await fill('  priya@acme.test ', 'trellis-demo');
      await submit();

      const request = backend.expectOne('/api/auth/login');
      expect(request.request.body).toEqual({ email: 'priya@acme.test', password: 'trellis-demo' });
      expect(await (await signInButton()).isDisabled()).toBe(true);
      expect(harness.routeNativeElement?.querySelector('mat-progress-spinner')).not.toBeNull();
      request.flush({ accessToken: 'token', user: aMe() });
      await settle();
    });
  });

  it('should let the person see the password they typed', async () => {
    await open();
    const password = harness.routeNativeElement?.querySelector<HTMLInputElement>('#password');
    const toggle = await loader.getHarness(MatButtonHarness.with({ text: /Show password/ }));
    expect(password?.type).toBe('password');

    await toggle.click();

    expect(password?.type).toBe('text');
    expect(await (await toggle.host()).getAttribute('aria-pressed')).toBe('true');
  });
});
