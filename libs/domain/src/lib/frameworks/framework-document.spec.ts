import { FRAMEWORK_DOCUMENT_FORMAT, parseFrameworkDocument } from './framework-document';

// A small but complete ladder: two disciplines, three tracks, four levels, one criterion.
const ladder = () => ({
  format: FRAMEWORK_DOCUMENT_FORMAT,
  name: 'Acme career ladder',
  version: 3,
  disciplines: ['Product Marketing', 'Product Management'],
  tracks: [
    {
      key: 'pmm-ic',
      name: 'Product Marketing (IC)',
      kind: 'ic',
      discipline: 'Product Marketing',
      levels: [
        { key: 'pmm-1', name: 'Product Marketing Manager I', rank: 1 },
        { key: 'pmm-lead', name: 'Lead Product Marketing Manager', rank: 2, isLead: true },
      ],
    },
    {
      key: 'pmm-mgmt',
      name: 'Product Marketing (Management)',
      kind: 'management',
      discipline: 'Product Marketing',
      levels: [{ key: 'pmm-m1', name: 'Manager, Product Marketing', rank: 1 }],
    },
    {
      key: 'pm-ic',
      name: 'Product Management (IC)',
      kind: 'ic',
      discipline: 'Product Management',
      levels: [{ key: 'pm-1', name: 'Product Manager', rank: 1 }],
    },
  ],
  paths: [
    { from: 'pmm-ic', to: 'pmm-mgmt', kind: 'track_switch' },
    { from: 'pmm-ic', to: 'pm-ic', kind: 'lateral' },
  ],
  criteria: [
    {
      key: 'execution',
      name: 'Execution',
      theme: 'Craft',
      description: 'Ships what was promised, on time, and says early when it will not.',
      expectations: [
        { level: 'pmm-1', proficiency: 1, description: 'Delivers launch assets on the agreed date.' },
        { level: 'pmm-lead', proficiency: 3, description: 'Runs tier-1 launches end to end.' },
        { level: 'pmm-m1', proficiency: 3, description: 'Builds a team that hits its launch dates.' },
        { level: 'pm-1', proficiency: 2, description: 'Ships the roadmap items they own.' },
      ],
    },
  ],
});
type Ladder = ReturnType<typeof ladder>;

const errorsOf = (input: unknown, options?: Parameters<typeof parseFrameworkDocument>[1]) => {
  const result = parseFrameworkDocument(input, options);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.errors;
};

const withChange = (change: (doc: Ladder) => void): Ladder => {
  const doc = ladder();
  change(doc);
  return doc;
};

describe('parseFrameworkDocument', () => {
  it('should accept a valid document and return it typed', () => {
    const result = parseFrameworkDocument(ladder());
    expect(result).toEqual({ ok: true, document: ladder() });
  });

  it('should accept an optional $schema pointer for editors', () => {
    const doc = { $schema: './framework-document.schema.json', ...ladder() };
    expect(parseFrameworkDocument(doc).ok).toBe(true);
  });

  describe('should name the path of the bad field', () => {
    it.each<[string, (doc: Ladder) => void, string, RegExp]>([
      [
        'a proficiency above 4',
        (doc) => (doc.criteria[0].expectations[1].proficiency = 5),
        '/criteria/0/expectations/1/proficiency',
        /at most 4/,
      ],
      [
        'a fractional proficiency',
        (doc) => (doc.criteria[0].expectations[3].proficiency = 2.5),
        '/criteria/0/expectations/3/proficiency',
        /whole number/,
      ],
      [
        'a missing proficiency',
        (doc) => delete (doc.criteria[0].expectations[0] as Partial<{ proficiency: number }>).proficiency,
        '/criteria/0/expectations/0/proficiency',
        /number from 0 to 4/,
      ],
      [
        'an expectation for an unknown level',
        (doc) => (doc.criteria[0].expectations[2].level = 'pmm-9'),
        '/criteria/0/expectations/2/level',
        /Unknown level "pmm-9"/,
      ],
      [
        'two expectations for the same level',
        (doc) => (doc.criteria[0].expectations[1].level = 'pmm-1'),
        '/criteria/0/expectations/1/level',
        /Duplicate expectation for level "pmm-1", first used at \/criteria\/0\/expectations\/0\/level/,
      ],
      [
        'a duplicate track key',
        (doc) => (doc.tracks[2].key = 'pmm-ic'),
        '/tracks/2/key',
        /Duplicate track key "pmm-ic", first used at \/tracks\/0\/key/,
      ],
      [
        'a level key used in two tracks',
        (doc) => (doc.tracks[2].levels[0].key = 'pmm-1'),
        '/tracks/2/levels/0/key',
        /Duplicate level key "pmm-1", first used at \/tracks\/0\/levels\/0\/key/,
      ],
      [
        'a duplicate criterion key',
        (doc) => doc.criteria.push({ ...ladder().criteria[0], name: 'Delivery' }),
        '/criteria/1/key',
        /Duplicate criterion key "execution"/,
      ],
      [
        'a duplicate criterion name',
        (doc) => doc.criteria.push({ ...ladder().criteria[0], key: 'delivery' }),
        '/criteria/1/name',
        /Duplicate criterion name "Execution"/,
      ],
      [
        'a rank used twice in a track',
        (doc) => (doc.tracks[0].levels[1].rank = 1),
        '/tracks/0/levels/1/rank',
        /Duplicate rank 1 in track "pmm-ic"/,
      ],
      [
        'a level name used twice in a track',
        (doc) => (doc.tracks[0].levels[1].name = 'Product Marketing Manager I'),
        '/tracks/0/levels/1/name',
        /Duplicate level name "Product Marketing Manager I" in track "pmm-ic"/,
      ],
      [
        'a negative rank',
        (doc) => (doc.tracks[1].levels[0].rank = -1),
        '/tracks/1/levels/0/rank',
        /at least 0/,
      ],
      [
        'a track in an undeclared discipline',
        (doc) => (doc.tracks[2].discipline = 'Product Managment'),
        '/tracks/2/discipline',
        /Unknown discipline "Product Managment"/,
      ],
      [
        'a discipline without a track',
        (doc) => doc.disciplines.push('Engineering'),
        '/disciplines/2',
        /"Engineering" has no track/,
      ],
      [
        'isLead on a management level',
        (doc) => Object.assign(doc.tracks[1].levels[0], { isLead: true }),
        '/tracks/1/levels/0/isLead',
        /IC levels only/,
      ],
      [
        'an unknown track kind',
        (doc) => (doc.tracks[1].kind = 'manager'),
        '/tracks/1/kind',
        /"ic" or "management"/,
      ],
      [
        'a path from an unknown track',
        (doc) => (doc.paths[0].from = 'pmm'),
        '/paths/0/from',
        /Unknown track "pmm"/,
      ],
      ['a path to its own track', (doc) => (doc.paths[1].to = 'pmm-ic'), '/paths/1/to', /another track/],
      [
        'a lateral move that changes kind',
        (doc) => (doc.paths[0].kind = 'lateral'),
        '/paths/0/kind',
        /"track_switch"/,
      ],
      [
        'a track switch between two IC tracks',
        (doc) => (doc.paths[1].kind = 'track_switch'),
        '/paths/1/kind',
        /two ic tracks is "lateral"/,
      ],
      [
        'the same path twice',
        (doc) => doc.paths.push({ from: 'pmm-ic', to: 'pm-ic', kind: 'lateral' }),
        '/paths/2',
        /Duplicate path pmm-ic → pm-ic, first used at \/paths\/1/,
      ],
      [
        'a key that is not kebab-case',
        (doc) => (doc.tracks[0].key = 'PMM IC'),
        '/tracks/0/key',
        /lowercase letters and digits/,
      ],
      [
        'an empty name',
        (doc) => (doc.tracks[0].levels[0].name = ''),
        '/tracks/0/levels/0/name',
        /cannot be empty/,
      ],
      [
        'a track without levels',
        (doc) => (doc.tracks[1].levels = []),
        '/tracks/1/levels',
        /at least one level/,
      ],
      [
        'a misspelt field',
        (doc) => Object.assign(doc.tracks[0].levels[1], { isLaed: true }),
        '/tracks/0/levels/1/isLaed',
        /Unknown field "isLaed"/,
      ],
    ])('%s', (_scenario, change, path, message) => {
      expect(errorsOf(withChange(change))).toContainEqual({ path, message: expect.stringMatching(message) });
    });
  });

  describe('the format string', () => {
    it('should reject another version alone, whatever else is wrong', () => {
      const doc = { ...ladder(), format: 'trellis.framework/v2', tracks: 'not even a list' };
      expect(errorsOf(doc)).toEqual([
        { path: '/format', message: expect.stringMatching(/Unsupported format "trellis.framework\/v2"/) },
      ]);
    });

    it('should reject a document without a format', () => {
      const { format: _format, ...rest } = ladder();
      expect(errorsOf(rest)).toEqual([{ path: '/format', message: 'format must be "trellis.framework/v1"' }]);
    });

    it.each([null, 'trellis.framework/v1', [ladder()], 42])('should reject %p at the root', (input) => {
      expect(errorsOf(input)).toEqual([{ path: '', message: expect.stringMatching(/JSON object/) }]);
    });
  });

  it('should report every cross-reference error at once', () => {
    const doc = withChange((d) => {
      d.tracks[2].key = 'pmm-ic';
      d.criteria[0].expectations[0].level = 'nope';
      d.paths[1].to = 'missing';
    });
    expect(errorsOf(doc).map((error) => error.path)).toEqual([
      '/tracks/2/key',
      '/paths/1/to',
      '/criteria/0/expectations/0/level',
    ]);
  });

  describe('missing expectations', () => {
    const withoutPmExpectation = () => withChange((doc) => doc.criteria[0].expectations.pop());

    it('should be allowed in an import: the criterion does not apply at that level', () => {
      expect(parseFrameworkDocument(withoutPmExpectation()).ok).toBe(true);
    });

    it('should be named per level when every expectation is required', () => {
      expect(errorsOf(withoutPmExpectation(), { requireAllExpectations: true })).toEqual([
        {
          path: '/criteria/0/expectations',
          message: '"Execution" has no expectation for level "pm-1" (Product Manager)',
        },
      ]);
    });

    it('should accept a complete document when every expectation is required', () => {
      expect(parseFrameworkDocument(ladder(), { requireAllExpectations: true }).ok).toBe(true);
    });
  });
});

describe('error paths', () => {
  it('should escape ~ and / in a field name as RFC 6901 says', () => {
    const doc = { ...ladder(), 'a/b~c': true };
    expect(errorsOf(doc)).toEqual([{ path: '/a~1b~0c', message: 'Unknown field "a/b~c"' }]);
  });
});
