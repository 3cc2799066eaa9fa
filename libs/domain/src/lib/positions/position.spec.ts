import { PositionInputSchema, PositionListQuerySchema, PositionSchema } from './position';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const MANAGER_PMM = id(21);
const seat = { id: id(500) };

describe('position schemas', () => {
  it('should open a position with a team, a level and a title', () => {
    expect(
      PositionInputSchema.parse({
        teamId: id(600),
        levelId: MANAGER_PMM,
        title: ' Manager, Product Marketing ',
      }),
    ).toEqual({
      teamId: id(600),
      levelId: MANAGER_PMM,
      title: 'Manager, Product Marketing',
    });
    expect(
      PositionInputSchema.safeParse({ teamId: id(600), levelId: MANAGER_PMM, title: '', status: 'filled' })
        .error?.issues,
    ).toHaveLength(2);
  });

  it('should list positions by status', () => {
    expect(PositionListQuerySchema.parse({ status: 'open' })).toEqual({ status: 'open', limit: 25 });
    expect(PositionListQuerySchema.safeParse({ status: 'closed' }).success).toBe(false);
    expect(PositionListQuerySchema.parse({ teamId: id(600), limit: '5' })).toEqual({
      teamId: id(600),
      limit: 5,
    });
    expect(PositionListQuerySchema.safeParse({ teamId: 'growth' }).success).toBe(false);
  });

  it('should describe a stored position', () => {
    const position = {
      id: seat.id,
      teamId: id(600),
      levelId: MANAGER_PMM,
      title: 'Manager, PMM',
      status: 'open',
      openedOn: '2025-01-01',
      filledOn: null,
      filledById: null,
      createdAt: '2025-01-01T00:00:00Z',
    };
    expect(PositionSchema.parse(position)).toEqual(position);
  });
});
