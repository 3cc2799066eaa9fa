import { compareFrameworkDocuments } from './framework-changes';
import type { FrameworkDocument } from './framework-document';
import { describeLevelInUse } from './framework-editing';

const base: FrameworkDocument = {
  format: 'trellis.framework/v1',
  name: 'Ladder',
  version: 1,
  disciplines: ['Product Marketing'],
  tracks: [
    {
      key: 'pmm-ic',
      name: 'PMM (IC)',
      kind: 'ic',
      discipline: 'Product Marketing',
      levels: [
        { key: 'pmm-1', name: 'PMM I', rank: 1 },
        { key: 'pmm-2', name: 'PMM II', rank: 2 },
      ],
    },
    {
      key: 'pmm-mgmt',
      name: 'PMM (Management)',
      kind: 'management',
      discipline: 'Product Marketing',
      levels: [{ key: 'pmm-manager', name: 'Manager', rank: 1 }],
    },
  ],
  paths: [{ from: 'pmm-ic', to: 'pmm-mgmt', kind: 'track_switch' }],
  criteria: [
    {
      key: 'execution',
      name: 'Execution',
      theme: 'Craft',
      description: 'Ships.',
      expectations: [
        { level: 'pmm-1', proficiency: 1, description: 'Ships with help.' },
        { level: 'pmm-2', proficiency: 2, description: 'Ships alone.' },
        { level: 'pmm-manager', proficiency: 3, description: 'Helps the team ship.' },
      ],
    },
    {
      key: 'empathy',
      name: 'Customer empathy',
      theme: 'Craft',
      description: 'Knows the customer.',
      expectations: [{ level: 'pmm-1', proficiency: 1, description: 'Listens.' }],
    },
  ],
};

// A deep copy to edit, so each test starts from the same base.
const edit = (change: (doc: FrameworkDocument) => void): FrameworkDocument => {
  const copy = structuredClone(base);
  change(copy);
  return copy;
};

describe('compareFrameworkDocuments', () => {
  it('should find no change between a document and its copy (even with another version number)', () => {
    const changes = compareFrameworkDocuments(base, { ...structuredClone(base), version: 2 });
    expect(changes.count).toBe(0);
    expect(changes).toMatchObject({
      tracks: { added: [], removed: [], changed: [] },
      levels: { added: [], removed: [], changed: [] },
      criteria: { added: [], removed: [], changed: [] },
      expectations: [],
      paths: { added: [], removed: [] },
    });
  });

  it('should treat everything as added when nothing is published yet', () => {
    const changes = compareFrameworkDocuments(null, base);
    expect(changes.tracks.added.map((t) => t.key)).toEqual(['pmm-ic', 'pmm-mgmt']);
    expect(changes.levels.added.map((l) => l.key)).toEqual(['pmm-1', 'pmm-2', 'pmm-manager']);
    expect(changes.criteria.added.map((c) => c.key)).toEqual(['execution', 'empathy']);
    expect(changes.paths.added).toEqual([{ from: 'pmm-ic', to: 'pmm-mgmt', kind: 'track_switch' }]);
    // An added criterion brings its expectations: they are not listed one by one.
    expect(changes.expectations).toEqual([]);
    expect(changes.count).toBe(2 + 3 + 2 + 1);
  });

  it('should report a renamed level as changed (same key), not as removed and added', () => {
    const after = edit((doc) => {
      doc.tracks[0].levels[1].name = 'Senior PMM';
    });
    const changes = compareFrameworkDocuments(base, after);
    expect(changes.levels).toEqual({
      added: [],
      removed: [],
      changed: [
        {
          key: 'pmm-2',
          name: 'Senior PMM',
          trackKey: 'pmm-ic',
          fields: [{ field: 'name', before: 'PMM II', after: 'Senior PMM' }],
        },
      ],
    });
    expect(changes.count).toBe(1);
  });

  it('should report rank, lead and a move to another track as level field changes', () => {
    const after = edit((doc) => {
      const [ic, mgmt] = doc.tracks;
      const moved = ic.levels.splice(1, 1)[0];
      mgmt.levels.push({ ...moved, rank: 5 });
      ic.levels[0].isLead = true;
    });
    const changes = compareFrameworkDocuments(base, after).levels.changed;
    expect(changes).toEqual([
      {
        key: 'pmm-1',
        name: 'PMM I',
        trackKey: 'pmm-ic',
        fields: [{ field: 'isLead', before: false, after: true }],
      },
      {
        key: 'pmm-2',
        name: 'PMM II',
        trackKey: 'pmm-mgmt',
        fields: [
          { field: 'rank', before: 2, after: 5 },
          { field: 'trackKey', before: 'pmm-ic', after: 'pmm-mgmt' },
        ],
      },
    ]);
  });

  it('should list added and removed levels with their track', () => {
    const after = edit((doc) => {
      doc.tracks[0].levels = [doc.tracks[0].levels[0], { key: 'lead-pmm', name: 'Lead PMM', rank: 3 }];
      doc.criteria[0].expectations = doc.criteria[0].expectations.filter((e) => e.level !== 'pmm-2');
    });
    const changes = compareFrameworkDocuments(base, after);
    expect(changes.levels.added).toEqual([{ key: 'lead-pmm', name: 'Lead PMM', trackKey: 'pmm-ic' }]);
    expect(changes.levels.removed).toEqual([{ key: 'pmm-2', name: 'PMM II', trackKey: 'pmm-ic' }]);
    // The expectations of a removed level go with it; those of a new one come with it.
    expect(changes.expectations).toEqual([]);
  });

  it('should report track and criterion field changes, and added or removed ones', () => {
    const after = edit((doc) => {
      doc.tracks[1].name = 'PMM Management';
      doc.criteria[0].theme = 'Delivery';
      doc.criteria[0].description = 'Ships on time.';
      doc.criteria.pop();
      doc.criteria.push({
        key: 'data',
        name: 'Data-informed',
        theme: 'Craft',
        description: '',
        expectations: [],
      });
    });
    const changes = compareFrameworkDocuments(base, after);
    expect(changes.tracks.changed).toEqual([
      {
        key: 'pmm-mgmt',
        name: 'PMM Management',
        fields: [{ field: 'name', before: 'PMM (Management)', after: 'PMM Management' }],
      },
    ]);
    expect(changes.criteria).toEqual({
      added: [{ key: 'data', name: 'Data-informed' }],
      removed: [{ key: 'empathy', name: 'Customer empathy' }],
      changed: [
        {
          key: 'execution',
          name: 'Execution',
          fields: [
            { field: 'theme', before: 'Craft', after: 'Delivery' },
            { field: 'description', before: 'Ships.', after: 'Ships on time.' },
          ],
        },
      ],
    });
    expect(changes.count).toBe(4);
  });

  it('should report expectation changes with before and after, in ladder order', () => {
    const after = edit((doc) => {
      const [execution, empathy] = doc.criteria;
      execution.expectations[2].proficiency = 4;
      execution.expectations[0].description = 'Ships small things.';
      empathy.expectations = [{ level: 'pmm-2', proficiency: 2, description: 'Interviews customers.' }];
    });
    expect(compareFrameworkDocuments(base, after).expectations).toEqual([
      {
        criterionKey: 'execution',
        criterionName: 'Execution',
        levelKey: 'pmm-1',
        levelName: 'PMM I',
        change: 'changed',
        before: { proficiency: 1, description: 'Ships with help.' },
        after: { proficiency: 1, description: 'Ships small things.' },
      },
      {
        criterionKey: 'execution',
        criterionName: 'Execution',
        levelKey: 'pmm-manager',
        levelName: 'Manager',
        change: 'changed',
        before: { proficiency: 3, description: 'Helps the team ship.' },
        after: { proficiency: 4, description: 'Helps the team ship.' },
      },
      {
        criterionKey: 'empathy',
        criterionName: 'Customer empathy',
        levelKey: 'pmm-1',
        levelName: 'PMM I',
        change: 'removed',
        before: { proficiency: 1, description: 'Listens.' },
        after: null,
      },
      {
        criterionKey: 'empathy',
        criterionName: 'Customer empathy',
        levelKey: 'pmm-2',
        levelName: 'PMM II',
        change: 'added',
        before: null,
        after: { proficiency: 2, description: 'Interviews customers.' },
      },
    ]);
  });

  it('should report added and removed paths between tracks', () => {
    const after = edit((doc) => {
      doc.paths = [{ from: 'pmm-mgmt', to: 'pmm-ic', kind: 'track_switch' }];
    });
    expect(compareFrameworkDocuments(base, after).paths).toEqual({
      added: [{ from: 'pmm-mgmt', to: 'pmm-ic', kind: 'track_switch' }],
      removed: [{ from: 'pmm-ic', to: 'pmm-mgmt', kind: 'track_switch' }],
    });
  });

  it('should not modify its inputs', () => {
    const before = structuredClone(base);
    const after = edit((doc) => {
      doc.tracks[0].name = 'Changed';
    });
    const afterCopy = structuredClone(after);
    compareFrameworkDocuments(before, after);
    expect(before).toEqual(base);
    expect(after).toEqual(afterCopy);
  });
});

describe('describeLevelInUse', () => {
  it('should say how many people, aspirations and open positions hold a removed level', () => {
    expect(
      describeLevelInUse({ key: 'pmm-2', name: 'PMM II', people: 1, aspirations: 2, positions: 0 }),
    ).toEqual({
      path: '/levels/pmm-2',
      message:
        '"PMM II" (pmm-2) is removed but still in use: 1 person sits on it, 2 aspirations target it, 0 open positions are at it',
    });
  });
});
