import { internalMoveKind, PositionFillInputSchema, type MoveLevel } from './position-fill';

const level = (overrides: Partial<MoveLevel> = {}): MoveLevel => ({
  trackKey: 'pmm',
  trackKind: 'ic',
  discipline: 'Product Marketing',
  rank: 3,
  ...overrides,
});

describe('internalMoveKind', () => {
  it.each<[string, MoveLevel, MoveLevel, string]>([
    ['up the same track', level(), level({ rank: 4 }), 'promotion'],
    [
      'IC to manager',
      level(),
      level({ trackKey: 'pmm-management', trackKind: 'management', rank: 1 }),
      'track_switch',
    ],
    ['manager to IC', level({ trackKind: 'management' }), level({ trackKey: 'x', rank: 9 }), 'track_switch'],
    ['PMM to PM', level(), level({ trackKey: 'pm', discipline: 'Product Management', rank: 4 }), 'lateral'],
    ['along the track', level(), level(), 'lateral'],
    ['down the track', level(), level({ rank: 2 }), 'lateral'],
  ])('should call a move %s a %s', (_, from, to, kind) => {
    expect(internalMoveKind(from, to)).toBe(kind);
  });
});

describe('PositionFillInputSchema', () => {
  it('should take a person and nothing else', () => {
    const personId = '00000000-0000-4000-8000-000000000001';
    expect(PositionFillInputSchema.parse({ personId })).toEqual({ personId });
    expect(PositionFillInputSchema.safeParse({ personId, levelId: personId }).success).toBe(false);
    expect(PositionFillInputSchema.safeParse({ personId: 'priya' }).error?.issues[0]?.message).toBe(
      'Choose the person who takes the seat',
    );
  });
});
