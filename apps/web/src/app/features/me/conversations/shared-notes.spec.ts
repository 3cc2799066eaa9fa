import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatInputHarness } from '@angular/material/input/testing';

import type { Notes } from '@trellis/domain';

import { SharedNotes } from './shared-notes';

const id = '20000000-0000-4000-8000-000000000007';
const url = `/api/conversations/${id}/notes/shared`;
const notes = (body: string, version: number): Notes => ({
  body,
  version,
  updatedAt: '2026-11-20T10:00:00.000Z',
});

describe('SharedNotes', () => {
  let fixture: ComponentFixture<SharedNotes>;
  let loader: HarnessLoader;
  let backend: HttpTestingController;

  const tick = () => new Promise((resolve) => setTimeout(resolve));
  const settle = async () => {
    await tick();
    await fixture.whenStable();
  };
  const render = async (saved: Notes, editable = true) => {
    fixture = TestBed.createComponent(SharedNotes);
    fixture.componentRef.setInput('conversationId', id);
    fixture.componentRef.setInput('otherName', 'Morgan Blake');
    fixture.componentRef.setInput('editable', editable);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await tick();
    backend.expectOne(url).flush(saved);
    await settle();
  };
  const element = () => fixture.nativeElement as HTMLElement;
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const textbox = () => loader.getHarness(MatInputHarness);
  const button = (name: string) =>
    [...element().querySelectorAll('button')].find((candidate) => text(candidate) === name);
  const saveRequest = () => backend.expectOne((request) => request.method === 'PUT' && request.url === url);

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should show the notes in an editor that says who else reads them', async () => {
    await render(notes('First thoughts', 2));

    expect(await (await textbox()).getValue()).toBe('First thoughts');
    expect(text(element().querySelector('mat-hint'))).toContain('Morgan Blake sees these notes too.');
    expect(button('Save notes')?.getAttribute('aria-disabled')).toBe('true');
  });

  it('should save the text with the version it was read at', async () => {
    await render(notes('First thoughts', 2));
    await (await textbox()).setValue('First thoughts, and more');

    button('Save notes')?.click();
    const request = saveRequest();
    expect(request.request.body).toEqual({ body: 'First thoughts, and more', version: 2 });
    request.flush(notes('First thoughts, and more', 3));
    await settle();

    expect(text(element().querySelector('.status'))).toBe('Saved');
  });

  describe('when the other person saved meanwhile (409)', () => {
    const conflict = async () => {
      await render(notes('Old', 2));
      await (await textbox()).setValue('Mine');
      button('Save notes')?.click();
      saveRequest().flush(
        { title: 'Conflict', status: 409, correlationId: 'c' },
        { status: 409, statusText: 'Conflict' },
      );
      await tick();
      backend.expectOne(url).flush(notes('Theirs', 3));
      await settle();
    };

    it('should keep what was typed and show their version beside it', async () => {
      await conflict();

      expect(text(element().querySelector('[role="alert"]'))).toContain(
        'Morgan Blake saved these notes while you were writing. Your text is still in the box',
      );
      expect(text(element().querySelector('.theirs'))).toBe('Theirs');
      expect(await (await textbox()).getValue()).toBe('Mine');
    });

    it('should save the typed text over theirs on request', async () => {
      await conflict();

      button('Save mine over theirs')?.click();
      const request = saveRequest();
      expect(request.request.body).toEqual({ body: 'Mine', version: 3 });
      request.flush(notes('Mine', 4));
      await settle();

      expect(element().querySelector('[role="alert"]')).toBeNull();
    });

    it('should take their text on request', async () => {
      await conflict();

      button('Use their version')?.click();
      await settle();

      expect(await (await textbox()).getValue()).toBe('Theirs');
      expect(element().querySelector('[role="alert"]')).toBeNull();
    });
  });

  it("should show the API's words when a save is refused", async () => {
    await render(notes('', 0));
    await (await textbox()).setValue('Something');

    button('Save notes')?.click();
    saveRequest().flush(
      {
        title: 'Bad Request',
        status: 400,
        correlationId: 'c',
        errors: [{ path: 'body', message: 'Notes are limited to 20000 characters' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(text(element().querySelector('[role="alert"]'))).toBe('Notes are limited to 20000 characters');
  });

  it('should only show the notes of a conversation that is over', async () => {
    await render(notes('What we agreed', 5), false);

    expect(element().querySelector('textarea')).toBeNull();
    expect(text(element().querySelector('.body'))).toBe('What we agreed');
  });
});
