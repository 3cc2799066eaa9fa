import fc from 'fast-check';

import { applyActionPatch } from './action-patch';
import {
  GROWTH_STATUSES,
  PLAIN_ACTION_KINDS,
  type GrowthAction,
  type GrowthActionPatch,
} from './growth-plan';

const course: GrowthAction = {
  id: 'a1',
  goalId: 'g1',
  kind: 'course',
  title: 'Reforge: Product Strategy',
  description: '',
  dueOn: '2025-06-01',
  status: 'planned',
  version: 1,
};
const interview: GrowthAction = {
  id: 'a2',
  goalId: 'g1',
  kind: 'informational_interview',
  title: 'Talk to a PM lead',
  description: '',
  dueOn: null,
  status: 'done',
  followUpOn: '2025-04-01',
  thankYouSent: false,
  version: 3,
};

describe('applyActionPatch', () => {
  it.each<[string, GrowthAction, GrowthActionPatch, Partial<GrowthAction>]>([
    ['start an action', course, { status: 'in_progress' }, { status: 'in_progress' }],
    ['clear a due date', course, { dueOn: null }, { dueOn: null }],
    [
      'rename and keep the rest',
      course,
      { title: 'Course', version: 2 },
      { title: 'Course', dueOn: '2025-06-01' },
    ],
    [
      'record the thank-you note',
      interview,
      { thankYouSent: true },
      { thankYouSent: true, followUpOn: '2025-04-01' },
    ],
    ['clear the follow-up date', interview, { followUpOn: null }, { followUpOn: null, thankYouSent: false }],
    [
      'move the follow-up',
      interview,
      { followUpOn: '2025-05-01', status: 'done' },
      { followUpOn: '2025-05-01' },
    ],
  ])('should %s', (_case, action, patch, expected) => {
    const result = applyActionPatch(action, patch);
    expect(result).toEqual({ ok: true, action: { ...action, ...expected } });
  });

  it.each<GrowthActionPatch>([{ followUpOn: '2025-05-01' }, { thankYouSent: true }])(
    'should refuse interview fields %j on another kind of action',
    (patch) => {
      expect(applyActionPatch(course, patch)).toEqual({
        ok: false,
        error: {
          code: 'interview_fields_only',
          message: 'Follow-up date and thank-you note apply to informational interviews only',
        },
      });
    },
  );

  it('should never change the id, goal or kind of an action', () => {
    const patchArb: fc.Arbitrary<GrowthActionPatch> = fc.record(
      {
        title: fc.string({ minLength: 1 }),
        status: fc.constantFrom(...GROWTH_STATUSES),
        dueOn: fc.option(fc.constant('2025-01-01'), { nil: null }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(course, interview),
        fc.constantFrom(...PLAIN_ACTION_KINDS),
        patchArb,
        (base, kind, patch) => {
          const action = base.kind === 'informational_interview' ? base : { ...base, kind };
          const result = applyActionPatch(action, patch);
          return (
            result.ok &&
            result.action.id === action.id &&
            result.action.goalId === action.goalId &&
            result.action.kind === action.kind
          );
        },
      ),
    );
  });
});
