import { HttpEventType, provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import type { PeopleImportError, PeopleImportResult } from '@trellis/domain';

import { settle } from '../../../testing/growth-fixtures';
import { PeopleImportPage } from './people-import-page';

jest.setTimeout(20_000);

const CSV =
  'email,name,title,team,manager email,level,hire date\r\nquinn@acme.test,Quinn,Engineer,Growth,,engineer-1,\r\n';
const aResult = (patch: Partial<PeopleImportResult> = {}): PeopleImportResult => ({
  mode: 'dry-run',
  rows: 2,
  errors: [],
  summary: {
    create: 1,
    update: 1,
    unchanged: 0,
    moves: [
      {
        line: 3,
        email: 'lee@acme.test',
        name: 'Lee Chen',
        kind: 'promotion',
        fromLevelId: '00000000-0000-4000-8000-000000000001',
        toLevelId: '00000000-0000-4000-8000-000000000002',
        fromTeamId: '00000000-0000-4000-8000-000000000003',
        toTeamId: '00000000-0000-4000-8000-000000000003',
      },
    ],
  },
  ...patch,
});
const UNKNOWN_MANAGER: PeopleImportError = {
  line: 3,
  column: 'manager email',
  reason: 'Unknown manager ghost@acme.test: neither in this file nor in your organization',
};

describe('PeopleImportPage', () => {
  let fixture: ComponentFixture<PeopleImportPage>;
  let backend: HttpTestingController;

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const button = (name: string) =>
    [...page().querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === name);
  const render = async () => {
    await settle(fixture);
    fixture.detectChanges();
  };
  const choose = async (content = CSV, name = 'people.csv') => {
    await fixture.componentInstance.choose(new File([content], name, { type: 'text/csv' }));
    await render();
  };
  const importRequest = (mode: string): TestRequest =>
    backend.expectOne((r) => r.url === '/api/imports/people' && r.params.get('mode') === mode);
  const check = async (result: PeopleImportResult) => {
    button('Check file')?.click();
    importRequest('dry-run').flush(result);
    await render();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PeopleImportPage);
    await render();
  });
  afterEach(() => backend.verify());

  it('should offer a template and keep Check and Apply disabled until a file is chosen', () => {
    const template = page().querySelector<HTMLAnchorElement>('a[download]');
    expect(template?.getAttribute('download')).toBe('people-import-template.csv');
    expect(decodeURIComponent(template?.href ?? '')).toContain(
      'email,name,title,team,manager email,level,hire date',
    );
    expect(button('Check file')?.disabled).toBe(true);
    expect(button('Apply')?.disabled).toBe(true);
    expect(page().querySelector('input[type=file]')?.getAttribute('accept')).toContain('.csv');
  });

  it('should send the chosen file as text/csv for a dry run and list every problem with its line', async () => {
    await choose();
    expect(text(page().querySelector('.drop-zone'))).toContain('people.csv');
    button('Check file')?.click();
    const request = importRequest('dry-run');
    expect(request.request.body).toBe(CSV);
    expect(request.request.headers.get('Content-Type')).toBe('text/csv');
    request.flush(aResult({ errors: [UNKNOWN_MANAGER] }));
    await render();

    expect(text(page().querySelector('#check-heading'))).toBe('2. Check: 2 rows');
    expect(text(page().querySelector('.outcome'))).toContain('1 problem found');
    const cells = [...page().querySelectorAll('app-import-error-table tbody td')].map((cell) => text(cell));
    expect(cells).toEqual(['3', 'manager email', UNKNOWN_MANAGER.reason]);
    expect(button('Apply')?.disabled).toBe(true);
    expect(text(page().querySelector('#apply-hint'))).toContain('Fix the problems below');
  });

  it('should apply a clean check and show what changed, with a link to the mobility dashboard', async () => {
    await choose();
    await check(aResult());
    expect(text(page().querySelector('.outcome'))).toContain('No problems found');
    expect(text(page().querySelector('.moves'))).toContain('Lee Chen · Promotion');
    expect(button('Apply')?.disabled).toBe(false);

    button('Apply')?.click();
    const request = importRequest('apply');
    expect(request.request.body).toBe(CSV);
    request.flush(aResult({ mode: 'apply' }));
    await render();
    expect(text(page().querySelector('.applied'))).toContain(
      '1 created, 1 updated, 1 move recorded (and a hire for each new person)',
    );
    expect(page().querySelector('.applied a')?.getAttribute('href')).toBe('/hr');
  });

  it('should withdraw Apply when another file is chosen after the check', async () => {
    await choose();
    await check(aResult());
    expect(button('Apply')?.disabled).toBe(false);
    await choose(`${CSV}lee@acme.test,Lee,Engineer,Growth,,engineer-2,\r\n`, 'edited.csv');
    expect(button('Apply')?.disabled).toBe(true);
    expect(page().querySelector('.outcome')).toBeNull();
  });

  it('should not offer Apply when the file changes nothing', async () => {
    await choose();
    await check(aResult({ summary: { create: 0, update: 0, unchanged: 2, moves: [] } }));
    expect(button('Apply')?.disabled).toBe(true);
    expect(text(page().querySelector('#apply-hint'))).toContain('nothing to apply');
  });

  it('should show upload progress, then the processing state with the row count', async () => {
    await choose();
    await check(aResult());
    button('Apply')?.click();
    const request = importRequest('apply');
    request.event({ type: HttpEventType.UploadProgress, loaded: 40, total: 100 });
    await render();
    expect(page().querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('40');
    expect(text(page().querySelector('.progress'))).toContain('Uploading… 40%');
    expect(button('Check file')?.disabled).toBe(true);
    request.event({ type: HttpEventType.UploadProgress, loaded: 100, total: 100 });
    await render();
    expect(text(page().querySelector('.progress'))).toContain('Applying 2 rows in one transaction');
    request.flush(aResult({ mode: 'apply' }));
    await render();
    expect(page().querySelector('.progress')).toBeNull();
  });

  it('should show the rows of a refused apply (422) and say nothing was imported', async () => {
    await choose();
    await check(aResult());
    button('Apply')?.click();
    importRequest('apply').flush(
      {
        status: 422,
        title: 'Unprocessable Content',
        detail: 'The file has a problem',
        importErrors: [UNKNOWN_MANAGER],
      },
      { status: 422, statusText: 'Unprocessable Content' },
    );
    await render();
    expect(text(page().querySelector('#refused-heading'))).toBe('Nothing was imported');
    expect(text(page().querySelector('app-import-error-table'))).toContain('Unknown manager ghost@acme.test');
  });

  it('should say when the API cannot be reached, and let the file be checked again', async () => {
    await choose();
    button('Check file')?.click();
    importRequest('dry-run').error(new ProgressEvent('error'), { status: 0 });
    await render();
    expect(text(page().querySelector('[role=alert]'))).toContain("couldn't reach Trellis");
    expect(button('Check file')?.disabled).toBe(false);
  });

  it('should refuse a file over 5 MB before sending it', async () => {
    const huge = new File(['x'], 'huge.csv', { type: 'text/csv' });
    Object.defineProperty(huge, 'size', { value: 5 * 1024 * 1024 + 1 });
    await fixture.componentInstance.choose(huge);
    await render();
    expect(text(page().querySelector('[role=alert]'))).toContain('larger than 5 MB');
    expect(button('Check file')?.disabled).toBe(true);
  });

  it('should page through many problems fifty at a time', async () => {
    await choose();
    const errors = Array.from({ length: 120 }, (_, i) => ({ line: i + 2, reason: `Problem ${i + 1}` }));
    await check(aResult({ errors }));
    const rows = () => page().querySelectorAll('app-import-error-table tbody tr');
    expect(rows()).toHaveLength(50);
    expect(text(page().querySelector('.pager'))).toContain('1–50 of 120');
    button('Next')?.click();
    button('Next')?.click();
    await render();
    expect(rows()).toHaveLength(20);
    expect(text(page().querySelector('.pager'))).toContain('101–120 of 120');
    expect(button('Next')?.disabled).toBe(true);
  });
});
