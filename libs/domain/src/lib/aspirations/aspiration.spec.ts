import { AspirationInputSchema, AspirationSchema } from './aspiration';

const MANAGER_PMM = '00000000-0000-4000-8000-0000000000a1';
const PRIYA = '00000000-0000-4000-8000-000000000001';

describe('AspirationInputSchema', () => {
  it('should need only a target and a statement, and keep the aspiration private by default', () => {
    expect(
      AspirationInputSchema.parse({
        targetLevelId: MANAGER_PMM,
        statement: '  I want to lead a PMM team.  ',
      }),
    ).toEqual({
      targetLevelId: MANAGER_PMM,
      statement: 'I want to lead a PMM team.',
      motivations: '',
      strengths: '',
      horizon: null,
      sharedWithHr: false,
    });
  });

  it('should take the full self-assessment and the version being edited', () => {
    const input = {
      targetLevelId: MANAGER_PMM,
      statement: 'Manager, Product Marketing within 18 months',
      motivations: 'Growing people; owning the launch strategy',
      strengths: 'Launch playbooks; cross-functional trust',
      horizon: '2026-06-30',
      sharedWithHr: true,
      version: 3,
    };
    expect(AspirationInputSchema.parse(input)).toEqual(input);
  });

  it.each([
    [{ statement: 'x' }, 'targetLevelId', 'Choose a target level'],
    [
      { targetLevelId: MANAGER_PMM, statement: '   ' },
      'statement',
      'Say in a sentence what you are aiming for',
    ],
    [
      { targetLevelId: MANAGER_PMM, statement: 'x'.repeat(1001) },
      'statement',
      'Keep the statement under 1000 characters',
    ],
    [
      { targetLevelId: MANAGER_PMM, statement: 'x', strengths: 'x'.repeat(4001) },
      'strengths',
      'Keep strengths under 4000 characters',
    ],
    [
      { targetLevelId: MANAGER_PMM, statement: 'x', horizon: 'next year' },
      'horizon',
      'The horizon is a date (YYYY-MM-DD)',
    ],
    [{ targetLevelId: MANAGER_PMM, statement: 'x', version: 0 }, 'version', undefined],
  ])('should reject %j at %s with a clear message', (input, path, message) => {
    const issue = AspirationInputSchema.safeParse(input).error?.issues.find(
      (candidate) => candidate.path.join('.') === path,
    );
    expect(issue).toBeDefined();
    if (message) expect(issue?.message).toBe(message);
  });

  it('should not let the client set whose aspiration it is', () => {
    const result = AspirationInputSchema.safeParse({
      targetLevelId: MANAGER_PMM,
      statement: 'x',
      personId: PRIYA,
    });
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});

describe('AspirationSchema', () => {
  it('should describe a stored aspiration', () => {
    const aspiration = {
      personId: PRIYA,
      targetLevelId: MANAGER_PMM,
      statement: 'Manager, Product Marketing',
      motivations: 'Growing people',
      strengths: 'Playbooks',
      horizon: null,
      sharedWithHr: true,
      version: 1,
      updatedAt: '2025-01-15T09:30:00.000Z',
    };
    expect(AspirationSchema.parse(aspiration)).toEqual(aspiration);
  });
});
