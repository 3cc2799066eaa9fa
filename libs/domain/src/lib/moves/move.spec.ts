import { MOVE_KINDS, MoveSchema } from './move';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const SENIOR = id(11);
const MANAGER = id(21);
const GROWTH = id(600);

const move = {
  id: id(700),
  personId: id(1),
  fromLevelId: SENIOR,
  fromTeamId: GROWTH,
  toLevelId: MANAGER,
  toTeamId: GROWTH,
  occurredOn: '2024-04-01',
  kind: 'track_switch',
  internal: true,
};

describe('MoveSchema', () => {
  it.each(MOVE_KINDS)('should accept a %s with both ends', (kind) => {
    expect(MoveSchema.safeParse({ ...move, kind }).success).toBe(true);
  });

  it('should let a hire come from outside and an exit go outside', () => {
    expect(
      MoveSchema.safeParse({ ...move, kind: 'hire', internal: false, fromLevelId: null, fromTeamId: null })
        .success,
    ).toBe(true);
    expect(
      MoveSchema.safeParse({ ...move, kind: 'exit', internal: false, toLevelId: null, toTeamId: null })
        .success,
    ).toBe(true);
  });

  it.each([
    ['promotion', { fromLevelId: null }, 'fromLevelId', 'A promotion starts from a level and a team'],
    ['lateral', { toTeamId: null }, 'toLevelId', 'A lateral lands on a level and a team'],
    [
      'exit',
      { fromTeamId: null, toLevelId: null, toTeamId: null },
      'fromLevelId',
      'An exit starts from a level and a team',
    ],
    [
      'hire',
      { fromLevelId: null, fromTeamId: null, toLevelId: null },
      'toLevelId',
      'A hire lands on a level and a team',
    ],
  ])('should refuse a %s missing an end', (kind, change, path, message) => {
    const issues = MoveSchema.safeParse({ ...move, kind, ...change }).error?.issues ?? [];
    expect(issues).toContainEqual(expect.objectContaining({ path: [path], message }));
  });
});
