import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatInputHarness } from '@angular/material/input/testing';

import type { Notes, NoteVisibility } from '@trellis/domain';

import { NotesEditor } from './notes-editor';

const id = '20000000-0000-4000-8000-000000000007';
const url = `/api/conversations/${id}/notes/shared`;
const notes = (body: string, version: number): Notes => ({
  body,
  version,
  updatedAt: '2026-11-20T10:00:00.000Z',
  updatedById: null,
});

describe('NotesEditor', () => {
  let fixture: ComponentFixture<NotesEditor>;
  let loader: HarnessLoader;
  let backend: HttpTestingController;

  const tick = () => new Promise((resolve) => setTimeout(resolve));
  const settle = async () => {
    await tick();
    await fixture.whenStable();
  };
  const render = async (saved: Notes, editable = true, visibility: NoteVisibility = 'shared') => {
    fixture = TestBed.createComponent(NotesEditor);
    fixture.componentRef.setInput('conversationId', id);
    fixture.componentRef.setInput('visibility', visibility);
    fixture.componentRef.setInput('otherName', 'Morgan Blake');
    fixture.componentRef.setInput('editable', editable);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await tick();
    backend.expectOne(`/api/conversations/${id}/notes/${visibility}`).flush(saved);
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

    expect(text(element().querySelector('h3'))).toBe('Shared notes');
    expect(await (await textbox()).getLabel()).toBe('Shared notes');
    expect(await (await textbox()).getValue()).toBe('First thoughts');
    expect(text(element().querySelector('.badge'))).toBe('Morgan Blake sees these too');
    expect(text(element().querySelector('mat-hint'))).toContain('Both of you can edit these.');
    expect(text(element().querySelector('mat-hint'))).toContain('Last saved 20 Nov 2026');
    expect(button('Save shared notes')?.getAttribute('aria-disabled')).toBe('true');
  });

  it('should mark private notes as the author’s alone', async () => {
    await render(notes('Just for me', 1), true, 'private');

    expect(await (await textbox()).getLabel()).toBe('My private notes');
    expect(text(element().querySelector('.badge'))).toBe('Only you can see this');
    expect(text(element().querySelector('mat-hint'))).toContain(
      'Not shared with Morgan Blake, HR or an admin.',
    );
    expect(button('Save private notes')).toBeDefined();
  });

  it('should say when the author saved private notes in another window meanwhile (409)', async () => {
    const privateUrl = `/api/conversations/${id}/notes/private`;
    await render(notes('Old', 1), true, 'private');
    await (await textbox()).setValue('New');
    button('Save private notes')?.click();
    backend
      .expectOne((request) => request.method === 'PUT' && request.url === privateUrl)
      .flush({ title: 'Conflict', status: 409, correlationId: 'c' }, { status: 409, statusText: 'Conflict' });
    await tick();
    backend.expectOne(privateUrl).flush(notes('Other window', 2));
    await settle();

    expect(text(element().querySelector('[role="alert"]'))).toContain(
      'You saved these notes in another window while you were writing.',
    );
  });

  it('should save the text with the version it was read at', async () => {
    await render(notes('First thoughts', 2));
    await (await textbox()).setValue('First thoughts, and more');

    button('Save shared notes')?.click();
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
      button('Save shared notes')?.click();
      saveRequest().flush(
        { title: 'Conflict', status: 409, correlationId: 'c' },
        { status: 409, statusText: 'Conflict' },
      );
      await tick();
      backend.expectOne(url).flush(notes('Theirs', 3));
      await settle();
    };

    it('should keep what was typed and show both texts', async () => {
      await conflict();

      expect(text(element().querySelector('[role="alert"]'))).toContain(
        'Morgan Blake saved these notes while you were writing. Your text is still in the box',
      );
      expect([...element().querySelectorAll('blockquote')].map(text)).toEqual(['Mine', 'Theirs']);
      expect(button('Save shared notes')?.getAttribute('aria-disabled')).toBe('true');
      expect(await (await textbox()).getValue()).toBe('Mine');
    });

    it('should save the typed text over theirs on request', async () => {
      await conflict();

      button('Save mine over it')?.click();
      const request = saveRequest();
      expect(request.request.body).toEqual({ body: 'Mine', version: 3 });
      request.flush(notes('Mine', 4));
      await settle();

      expect(element().querySelector('[role="alert"]')).toBeNull();
    });

    it('should take their text on request', async () => {
      await conflict();

      button('Use the saved text')?.click();
      await settle();

      expect(await (await textbox()).getValue()).toBe('Theirs');
      expect(element().querySelector('[role="alert"]')).toBeNull();
    });
  });

  it("should show the API's words when a save is refused", async () => {
    await render(notes('', 0));
    await (await textbox()).setValue('Something');

    button('Save shared notes')?.click();
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

  it('should say when no notes were written in a conversation that is over', async () => {
    await render(notes('', 0), false, 'private');

    expect(text(element().querySelector('.muted'))).toBe('No private notes were written.');
  });

  it('should offer to try again when the notes cannot be loaded', async () => {
    fixture = TestBed.createComponent(NotesEditor);
    fixture.componentRef.setInput('conversationId', id);
    fixture.componentRef.setInput('visibility', 'shared');
    fixture.componentRef.setInput('otherName', 'Morgan Blake');
    await tick();
    backend
      .expectOne(url)
      .flush(
        { title: 'Not Found', status: 404, detail: 'No such conversation', correlationId: 'c' },
        { status: 404, statusText: 'Not Found' },
      );
    await settle();

    expect(text(element().querySelector('[role="alert"]'))).toBe('No such conversation');
    button('Try again')?.click();
    await tick();
    backend.expectOne(url).flush(notes('Back', 1));
    await settle();
    expect(element().querySelector('textarea')?.value).toBe('Back');
  });
});
