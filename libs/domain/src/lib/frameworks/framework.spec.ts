import { FrameworkSchema, FrameworkSummarySchema, type Framework } from './framework';
import { frameworkIssues } from './framework-integrity';
import { expectationsAtLevel, findLevel, isLeadSeat } from './framework-levels';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const IC = id(2);
const MGMT = id(3);
const SENIOR = id(11);
const LEAD = id(12);
const MANAGER = id(21);

const ladder = (): Framework => ({
  id: id(1),
  name: 'Acme ladder',
  version: 1,
  status: 'draft',
  tracks: [
    {
      id: IC,
      name: 'Product Marketing (IC)',
      kind: 'ic',
      discipline: 'Product Marketing',
      levels: [
        { id: SENIOR, name: 'Senior PMM', rank: 2 },
        { id: LEAD, name: 'Lead PMM', rank: 3, lead: true },
      ],
      linkedTrackIds: [MGMT],
    },
    {
      id: MGMT,
      name: 'Product Marketing (management)',
      kind: 'management',
      discipline: 'Product Marketing',
      levels: [{ id: MANAGER, name: 'Manager, Product Marketing', rank: 0 }],
    },
  ],
  criteria: [
    {
      id: id(101),
      name: 'Servant leadership',
      theme: 'Leadership',
      description: 'Shares knowledge generously and cares about others.',
      expectations: [
        { levelId: SENIOR, proficiency: 1, description: 'Helps teammates when asked.' },
        { levelId: MANAGER, proficiency: 3, description: 'Grows every report.' },
      ],
    },
    {
      id: id(102),
      name: 'Execution',
      theme: 'Delivery',
      description: 'Ships what matters.',
      expectations: [{ levelId: LEAD, proficiency: 4, description: 'Runs the launch calendar.' }],
    },
  ],
});

describe('FrameworkSchema', () => {
  it('should accept the ladder shape of the API contract', () => {
    expect(FrameworkSchema.parse(ladder())).toEqual(ladder());
    expect(FrameworkSummarySchema.parse(ladder())).toEqual({
      id: id(1),
      name: 'Acme ladder',
      version: 1,
      status: 'draft',
    });
  });

  it.each([
    [
      'a proficiency above 4',
      (f: Framework) => ({
        ...f,
        criteria: [
          { ...f.criteria[0], expectations: [{ levelId: SENIOR, proficiency: 5, description: '' }] },
        ],
      }),
      'criteria.0.expectations.0.proficiency',
    ],
    [
      'a fractional proficiency',
      (f: Framework) => ({
        ...f,
        criteria: [
          { ...f.criteria[0], expectations: [{ levelId: SENIOR, proficiency: 1.5, description: '' }] },
        ],
      }),
      'criteria.0.expectations.0.proficiency',
    ],
    [
      'a negative proficiency',
      (f: Framework) => ({
        ...f,
        criteria: [
          { ...f.criteria[0], expectations: [{ levelId: SENIOR, proficiency: -1, description: '' }] },
        ],
      }),
      'criteria.0.expectations.0.proficiency',
    ],
    [
      'an unknown track kind',
      (f: Framework) => ({ ...f, tracks: [{ ...f.tracks[0], kind: 'executive' }] }),
      'tracks.0.kind',
    ],
    ['an unknown status', (f: Framework) => ({ ...f, status: 'archived' }), 'status'],
  ])('should reject %s', (_case, mutate, path) => {
    const result = FrameworkSchema.safeParse(mutate(ladder()));
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});

describe('frameworkIssues', () => {
  it('should find nothing wrong with a consistent ladder', () => {
    expect(frameworkIssues(ladder())).toEqual([]);
  });

  it.each<[string, (f: Framework) => void, (string | number)[], RegExp]>([
    [
      'a duplicate track id',
      (f) => f.tracks.push({ ...f.tracks[1], levels: [] }),
      ['tracks', 2, 'id'],
      /Duplicate track/,
    ],
    [
      'a duplicate level id',
      (f) => f.tracks[1].levels.push({ id: SENIOR, name: 'X', rank: 9 }),
      ['tracks', 1, 'levels', 1, 'id'],
      /Duplicate level/,
    ],
    [
      'a rank used twice in a track',
      (f) => f.tracks[0].levels.push({ id: id(13), name: 'X', rank: 2 }),
      ['tracks', 0, 'levels', 2, 'rank'],
      /Rank 2 is used twice/,
    ],
    [
      'a link to an unknown track',
      (f) => (f.tracks[1].linkedTrackIds = [id(99)]),
      ['tracks', 1, 'linkedTrackIds', 0],
      /Unknown track/,
    ],
    [
      'a track linked to itself',
      (f) => (f.tracks[1].linkedTrackIds = [MGMT]),
      ['tracks', 1, 'linkedTrackIds', 0],
      /itself/,
    ],
    [
      'a duplicate criterion id',
      (f) => f.criteria.push({ ...f.criteria[0], expectations: [] }),
      ['criteria', 2, 'id'],
      /Duplicate criterion/,
    ],
    [
      'an expectation for an unknown level',
      (f) => f.criteria[1].expectations.push({ levelId: id(99), proficiency: 1, description: '' }),
      ['criteria', 1, 'expectations', 1, 'levelId'],
      /Unknown level/,
    ],
    [
      'two expectations for one level',
      (f) => f.criteria[1].expectations.push({ levelId: LEAD, proficiency: 1, description: '' }),
      ['criteria', 1, 'expectations', 1, 'levelId'],
      /two expectations/,
    ],
  ])('should name the path of %s', (_case, mutate, path, message) => {
    const framework = ladder();
    mutate(framework);
    const issues = frameworkIssues(framework);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toEqual({ path, message: expect.stringMatching(message) });
  });
});

describe('finding levels and expectations', () => {
  it('should find a level with its track', () => {
    expect(findLevel(ladder(), LEAD)).toMatchObject({ track: { id: IC }, level: { name: 'Lead PMM' } });
    expect(findLevel(ladder(), id(99))).toBeUndefined();
  });

  it.each([
    [SENIOR, false],
    [LEAD, true],
    [MANAGER, true],
  ])('should tell whether %s is a lead seat: %s', (levelId, lead) => {
    const found = findLevel(ladder(), levelId);
    expect(found && isLeadSeat(found)).toBe(lead);
  });

  it('should list the expectations at a level in the framework order', () => {
    expect(
      expectationsAtLevel(ladder(), MANAGER).map(({ criterion, expectation }) => [
        criterion.name,
        expectation.proficiency,
      ]),
    ).toEqual([['Servant leadership', 3]]);
    expect(expectationsAtLevel(ladder(), id(99))).toEqual([]);
  });
});
