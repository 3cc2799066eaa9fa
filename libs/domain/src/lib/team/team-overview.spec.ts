import {
  compareTeamSortKeys,
  TeamQuerySchema,
  teamSortKey,
  type TeamSort,
  type TeamSortKey,
} from './team-overview';

const member = (id: string, name: string, readiness: number | null, lastConversationAt: string | null) => ({
  person: { id, name },
  readiness,
  lastConversationAt,
});

const ADA = member('00000000-0000-4000-8000-000000000001', 'Ada', 0.5, '2026-01-10T10:00:00Z');
const BEN = member('00000000-0000-4000-8000-000000000002', 'ben', 0.9, null);
const CY = member('00000000-0000-4000-8000-000000000003', 'Cy', null, '2025-12-01T10:00:00Z');
const CY_TWIN = member('00000000-0000-4000-8000-000000000004', 'cy', null, '2025-12-01T10:00:00Z');

const order = (sort: TeamSort, members: (typeof ADA)[]) =>
  [...members]
    .sort((a, b) => compareTeamSortKeys(teamSortKey(sort, a), teamSortKey(sort, b)))
    .map((m) => m.person.id);

describe('TeamQuerySchema', () => {
  it('should default to direct reports by name, 25 a page', () => {
    expect(TeamQuerySchema.parse({})).toEqual({ depth: 'direct', sort: 'name', limit: 25 });
  });

  it('should take the whole subtree, a sort, a flag and a search', () => {
    expect(
      TeamQuerySchema.parse({
        depth: 'all',
        sort: 'readiness',
        flag: 'no_conversation',
        q: ' pri ',
        limit: '5',
      }),
    ).toEqual({ depth: 'all', sort: 'readiness', flag: 'no_conversation', q: 'pri', limit: 5 });
  });

  it.each([{ depth: 'some' }, { sort: 'age' }, { flag: 'late' }, { q: '' }, { unknown: 'x' }])(
    'should refuse %o',
    (query) => {
      expect(TeamQuerySchema.safeParse(query).success).toBe(false);
    },
  );
});

describe('team overview order', () => {
  it('should sort by name without regard to case, then by id', () => {
    expect(order('name', [CY_TWIN, BEN, CY, ADA])).toEqual([
      ADA.person.id,
      BEN.person.id,
      CY.person.id,
      CY_TWIN.person.id,
    ]);
  });

  it('should put the most ready first and people without an aspiration last', () => {
    expect(order('readiness', [CY, ADA, BEN])).toEqual([BEN.person.id, ADA.person.id, CY.person.id]);
    expect(order('readiness', [CY_TWIN, CY])).toEqual([CY.person.id, CY_TWIN.person.id]);
  });

  it('should put never-held conversations first, then the oldest', () => {
    expect(order('lastConversation', [ADA, CY, BEN])).toEqual([BEN.person.id, CY.person.id, ADA.person.id]);
  });

  it('should order the keys totally, so a cursor can resume after any member', () => {
    const keys: TeamSortKey[] = [
      [null, 'a', '2'],
      [1, 'b', '1'],
      [null, 'a', '1'],
      [0.5, 'z', '9'],
    ];
    expect([...keys].sort(compareTeamSortKeys)).toEqual([
      [0.5, 'z', '9'],
      [1, 'b', '1'],
      [null, 'a', '1'],
      [null, 'a', '2'],
    ]);
    expect(compareTeamSortKeys([null, 'a', '1'], [null, 'a', '1'])).toBe(0);
    expect(compareTeamSortKeys([null, 'a', '2'], [null, 'a', '1'])).toBe(1);
    expect(compareTeamSortKeys([null, 'a', '1'], [null, 'a', '2'])).toBe(-1);
  });
});
