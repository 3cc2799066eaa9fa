import {
  GoalInputSchema,
  GoalPatchSchema,
  GrowthActionInputSchema,
  GrowthActionPatchSchema,
  GrowthPlanSchema,
  PLAIN_ACTION_KINDS,
} from './growth-plan';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('GoalInputSchema', () => {
  it('should tie a goal to a criterion', () => {
    expect(
      GoalInputSchema.parse({ criterionId: id(101), title: ' Lead a cross-functional launch ' }),
    ).toEqual({
      criterionId: id(101),
      title: 'Lead a cross-functional launch',
      description: '',
    });
  });

  it.each([
    [{ title: 'x' }, 'criterionId', 'Choose the criterion this goal works on'],
    [{ criterionId: id(101), title: '' }, 'title', 'Give it a title'],
    [{ criterionId: id(101), title: 'x'.repeat(201) }, 'title', 'Keep the title under 200 characters'],
    [{ criterionId: id(101), title: 'x', status: 'done' }, '', undefined],
  ])('should reject %j at %j', (input, path, message) => {
    const issue = GoalInputSchema.safeParse(input).error?.issues.find(
      (candidate) => candidate.path.join('.') === path,
    );
    expect(issue).toBeDefined();
    if (message) expect(issue?.message).toBe(message);
  });

  it('should patch a goal only with something to change', () => {
    expect(GoalPatchSchema.safeParse({ version: 2 }).error?.issues[0]?.message).toBe(
      'Nothing to change: send at least one field',
    );
    expect(GoalPatchSchema.parse({ status: 'in_progress', version: 2 })).toEqual({
      status: 'in_progress',
      version: 2,
    });
  });
});

describe('GrowthActionInputSchema', () => {
  it('should give an informational interview its follow-up fields', () => {
    expect(
      GrowthActionInputSchema.parse({ kind: 'informational_interview', title: 'Talk to a PM lead' }),
    ).toEqual({
      kind: 'informational_interview',
      title: 'Talk to a PM lead',
      description: '',
      dueOn: null,
      followUpOn: null,
      thankYouSent: false,
    });
  });

  it.each(PLAIN_ACTION_KINDS)('should accept a %s action', (kind) => {
    expect(GrowthActionInputSchema.parse({ kind, title: 'Do it', dueOn: '2025-05-01' })).toMatchObject({
      kind,
      dueOn: '2025-05-01',
    });
  });

  it('should keep the follow-up fields to informational interviews', () => {
    expect(
      GrowthActionInputSchema.safeParse({ kind: 'course', title: 'x', followUpOn: '2025-05-01' }).success,
    ).toBe(false);
  });

  it.each([
    [{ kind: 'hackathon', title: 'x' }, 'kind'],
    [{ kind: 'course', title: 'x', dueOn: 'soon' }, 'dueOn'],
    [{ kind: 'informational_interview', title: 'x', followUpOn: '1 May' }, 'followUpOn'],
  ])('should reject %j at %s', (input, path) => {
    expect(
      GrowthActionInputSchema.safeParse(input).error?.issues.map((issue) => issue.path.join('.')),
    ).toContain(path);
  });

  it('should patch an action only with something to change', () => {
    expect(GrowthActionPatchSchema.safeParse({}).success).toBe(false);
    expect(GrowthActionPatchSchema.parse({ thankYouSent: true })).toEqual({ thankYouSent: true });
    expect(GrowthActionPatchSchema.safeParse({ kind: 'course' }).success).toBe(false);
  });
});

describe('GrowthPlanSchema', () => {
  it('should describe a plan with goals and both shapes of action', () => {
    const plan = {
      id: id(1),
      personId: id(2),
      targetLevelId: id(3),
      version: 4,
      updatedAt: '2025-02-01T10:00:00Z',
      goals: [
        {
          id: id(10),
          planId: id(1),
          criterionId: id(101),
          title: 'Lead without authority',
          description: '',
          status: 'in_progress',
          version: 1,
          actions: [
            {
              id: id(20),
              goalId: id(10),
              kind: 'stretch_assignment',
              title: 'Run the Q3 launch',
              description: '',
              dueOn: '2025-09-30',
              status: 'planned',
              version: 1,
            },
            {
              id: id(21),
              goalId: id(10),
              kind: 'informational_interview',
              title: 'Talk to Jordan',
              description: '',
              dueOn: null,
              status: 'done',
              followUpOn: '2025-03-01',
              thankYouSent: true,
              version: 2,
            },
          ],
        },
      ],
    };
    expect(GrowthPlanSchema.parse(plan)).toEqual(plan);
  });

  it('should describe the empty plan of someone who has none yet', () => {
    const empty = { id: null, personId: id(2), targetLevelId: null, goals: [], version: 0, updatedAt: null };
    expect(GrowthPlanSchema.parse(empty)).toEqual(empty);
  });

  it('should refuse a version Postgres cannot store', () => {
    expect(GoalPatchSchema.safeParse({ title: 'x', version: 2 ** 31 }).success).toBe(false);
  });
});
