import type { FrameworkChanges, FrameworkDocument } from '@trellis/domain';

import {
  addCriterion,
  addLevel,
  addTrack,
  describeChanges,
  describePath,
  keyFor,
  removeLevel,
  removeTrack,
  setExpectation,
  updateLevel,
  updateTrack,
} from './ladder-draft';

const doc = (): FrameworkDocument => ({
  format: 'trellis.framework/v1',
  name: 'Ladder',
  version: 2,
  disciplines: ['Product Marketing'],
  tracks: [
    {
      key: 'pmm-ic',
      name: 'PMM (IC)',
      kind: 'ic',
      discipline: 'Product Marketing',
      levels: [
        { key: 'pmm-1', name: 'PMM I', rank: 1 },
        { key: 'pmm-2', name: 'PMM II', rank: 2, isLead: true },
      ],
    },
  ],
  paths: [],
  criteria: [
    {
      key: 'execution',
      name: 'Execution',
      theme: 'Craft',
      description: '',
      expectations: [
        { level: 'pmm-1', proficiency: 1, description: 'Ships with help.' },
        { level: 'pmm-2', proficiency: 2, description: 'Ships alone.' },
      ],
    },
  ],
});

const noChanges = (): FrameworkChanges => ({
  tracks: { added: [], removed: [], changed: [] },
  levels: { added: [], removed: [], changed: [] },
  criteria: { added: [], removed: [], changed: [] },
  expectations: [],
  paths: { added: [], removed: [] },
  count: 0,
});

describe('ladder draft edits', () => {
  it('should make keys in the format’s shape, unique among those taken', () => {
    expect(keyFor('Lead PMM', [])).toBe('lead-pmm');
    expect(keyFor('Lead PMM', ['lead-pmm', 'lead-pmm-2'])).toBe('lead-pmm-3');
    expect(keyFor('  !!  ', [])).toBe('item');
  });

  it('should add a level at the top rank, with an expectation of every criterion', () => {
    const next = addLevel(doc(), 'pmm-ic', 'Lead PMM');
    expect(next.tracks[0]?.levels.at(-1)).toEqual({ key: 'lead-pmm', name: 'Lead PMM', rank: 3 });
    expect(next.criteria[0]?.expectations.at(-1)).toEqual({
      level: 'lead-pmm',
      proficiency: 0,
      description: '',
    });
  });

  it('should carry a level’s new key to its expectations, and drop them with the level', () => {
    const renamed = updateLevel(doc(), 'pmm-2', { key: 'senior-pmm', name: 'Senior PMM' });
    expect(renamed.tracks[0]?.levels[1]).toEqual({
      key: 'senior-pmm',
      name: 'Senior PMM',
      rank: 2,
      isLead: true,
    });
    expect(renamed.criteria[0]?.expectations.map((e) => e.level)).toEqual(['pmm-1', 'senior-pmm']);
    const removed = removeLevel(renamed, 'senior-pmm');
    expect(removed.tracks[0]?.levels.map((l) => l.key)).toEqual(['pmm-1']);
    expect(removed.criteria[0]?.expectations.map((e) => e.level)).toEqual(['pmm-1']);
  });

  it('should keep "lead seat" for IC levels only, and omit it when false', () => {
    expect(updateLevel(doc(), 'pmm-2', { isLead: false }).tracks[0]?.levels[1]).toEqual({
      key: 'pmm-2',
      name: 'PMM II',
      rank: 2,
    });
    const management = updateTrack(doc(), 'pmm-ic', { kind: 'management' });
    expect(management.tracks[0]?.levels.some((l) => 'isLead' in l)).toBe(false);
  });

  it('should keep the disciplines in step with the tracks', () => {
    const added = addTrack(doc(), 'PM (IC)', 'Product Management');
    expect(added.disciplines).toEqual(['Product Marketing', 'Product Management']);
    expect(added.tracks[1]?.levels).toEqual([{ key: 'pm-ic-1', name: 'PM (IC) 1', rank: 1 }]);
    expect(added.criteria[0]?.expectations.map((e) => e.level)).toContain('pm-ic-1');
    const removed = removeTrack(added, 'pm-ic');
    expect(removed.disciplines).toEqual(['Product Marketing']);
    expect(removed.criteria[0]?.expectations.map((e) => e.level)).toEqual(['pmm-1', 'pmm-2']);
  });

  it('should add a criterion with an expectation at every level, and set one', () => {
    const added = addCriterion(doc(), 'Customer empathy', 'Craft');
    expect(added.criteria[1]).toMatchObject({ key: 'customer-empathy', theme: 'Craft' });
    expect(added.criteria[1]?.expectations).toHaveLength(2);
    const set = setExpectation(added, 'customer-empathy', 'pmm-2', {
      proficiency: 3,
      description: 'Leads research.',
    });
    expect(set.criteria[1]?.expectations[1]).toEqual({
      level: 'pmm-2',
      proficiency: 3,
      description: 'Leads research.',
    });
  });

  it('should not change the document it was given', () => {
    const original = doc();
    const copy = JSON.parse(JSON.stringify(original)) as FrameworkDocument;
    addLevel(original, 'pmm-ic', 'X');
    updateLevel(original, 'pmm-1', { name: 'Y' });
    setExpectation(original, 'execution', 'pmm-1', { proficiency: 4 });
    expect(original).toEqual(copy);
  });
});

describe('describeChanges', () => {
  it('should say nothing when nothing changed', () => {
    expect(describeChanges(noChanges())).toEqual([]);
  });

  it('should put each change in plain words, grouped', () => {
    const changes: FrameworkChanges = {
      ...noChanges(),
      levels: {
        added: [{ key: 'lead-pmm', name: 'Lead PMM', trackKey: 'pmm-ic' }],
        removed: [{ key: 'pmm-1', name: 'PMM I', trackKey: 'pmm-ic' }],
        changed: [
          {
            key: 'pmm-2',
            name: 'Senior PMM',
            trackKey: 'pmm-ic',
            fields: [
              { field: 'name', before: 'PMM II', after: 'Senior PMM' },
              { field: 'isLead', before: false, after: true },
            ],
          },
        ],
      },
      expectations: [
        {
          criterionKey: 'execution',
          criterionName: 'Execution',
          levelKey: 'pmm-2',
          levelName: 'Senior PMM',
          change: 'changed',
          before: { proficiency: 2, description: 'Ships alone.' },
          after: { proficiency: 3, description: 'Ships alone.' },
        },
      ],
      count: 4,
    };
    expect(describeChanges(changes)).toEqual([
      {
        heading: 'Levels',
        lines: [
          'Added the level “Lead PMM”.',
          'Removed the level “PMM I” (pmm-1): whoever is on it must move before publishing.',
          'Changed the level “Senior PMM”: name “PMM II” → “Senior PMM”; lead seat no → yes.',
        ],
      },
      { heading: 'Expectations', lines: ['“Execution” at Senior PMM: proficiency 2 → 3.'] },
    ]);
  });
});

describe('describePath', () => {
  it('should name the track, level, criterion or expectation a problem points at', () => {
    expect(describePath(doc(), '/document/tracks/0/levels/1/name')).toBe(
      'Track “PMM (IC)” › level “PMM II” › name',
    );
    expect(describePath(doc(), '/document/criteria/0/expectations/1/proficiency')).toBe(
      'Criterion “Execution” › expectation at “PMM II” › proficiency',
    );
    expect(describePath(doc(), '/document/name')).toBe('name');
    expect(describePath(null, '')).toBe('The document');
  });
});
