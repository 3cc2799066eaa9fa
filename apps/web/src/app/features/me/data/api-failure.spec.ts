import { HttpErrorResponse } from '@angular/common/http';
import { FormArray, FormControl, FormGroup } from '@angular/forms';

import {
  CHANGED_ELSEWHERE,
  describeApiFailure,
  fieldMessage,
  isNotFound,
  SERVER_FAILURE,
  UNREACHABLE,
} from './api-failure';
import { showFieldErrors } from './form-errors';

const failing = (status: number, error: unknown = null) => new HttpErrorResponse({ status, error });
const problem = (status: number, extra: Record<string, unknown>) => ({
  type: 'about:blank',
  title: 'Bad request',
  status,
  correlationId: 'c-1',
  ...extra,
});

describe('describeApiFailure', () => {
  it.each([
    ['an unknown error', new Error('boom'), SERVER_FAILURE],
    ['no connection', failing(0), UNREACHABLE],
    [
      'a server failure, with its reference',
      failing(500, problem(500, {})),
      `${SERVER_FAILURE} (Reference c-1)`,
    ],
    ['a stale version', failing(409, problem(409, { detail: 'Version 2 is stale' })), CHANGED_ELSEWHERE],
    [
      'a problem with a detail',
      failing(422, problem(422, { detail: 'Not a criterion of your target' })),
      'Not a criterion of your target',
    ],
    [
      'field errors without a detail',
      failing(400, problem(400, { errors: [{ path: 'title', message: 'Give it a title' }] })),
      'Check the highlighted fields and try again.',
    ],
    ['a bare problem', failing(403, problem(403, {})), 'Bad request'],
  ])('should describe %s', (_case, error, message) => {
    expect(describeApiFailure(error).message).toBe(message);
  });

  it('should keep the field errors of a 4xx problem', () => {
    const failure = describeApiFailure(
      failing(400, problem(400, { errors: [{ path: 'links.1', message: 'Links must be http(s) URLs' }] })),
    );
    expect(fieldMessage(failure, 'links')).toBe('Links must be http(s) URLs');
    expect(fieldMessage(failure, 'title')).toBeNull();
  });

  it('should recognise a 404', () => {
    expect(isNotFound(failing(404))).toBe(true);
    expect(isNotFound(failing(403))).toBe(false);
  });
});

describe('showFieldErrors', () => {
  it('should put each message beside its field, nearest control first, and return the rest', () => {
    const form = new FormGroup({
      title: new FormControl(''),
      links: new FormArray([new FormControl('a'), new FormControl('b')]),
      criterionIds: new FormControl<string[]>([]),
    });
    const unmatched = showFieldErrors(
      form,
      describeApiFailure(
        failing(400, {
          ...problem(400, {}),
          errors: [
            { path: 'title', message: 'Give the evidence a title' },
            { path: 'links.1', message: 'Links must be http(s) URLs' },
            { path: 'criterionIds.0', message: 'Unknown criterion' },
            { path: 'somethingElse', message: 'Unknown field' },
          ],
        }),
      ),
    );

    expect(form.controls.title.getError('server')).toBe('Give the evidence a title');
    expect(form.controls.links.at(1).getError('server')).toBe('Links must be http(s) URLs');
    expect(form.controls.links.at(0).errors).toBeNull();
    expect(form.controls.criterionIds.getError('server')).toBe('Unknown criterion');
    expect(unmatched).toEqual(['Unknown field']);
  });
});
