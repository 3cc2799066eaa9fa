import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  canonicalizeFrameworkDocument,
  parseFrameworkDocument,
  type FrameworkDocument,
} from '@trellis/domain';

// The seed ladder every demo organization starts from (trellis.framework/v1).
const raw: unknown = JSON.parse(readFileSync(join(__dirname, 'career-ladder.v1.json'), 'utf8'));

const load = (): FrameworkDocument => {
  const result = parseFrameworkDocument(raw, { requireAllExpectations: true });
  if (!result.ok)
    throw new Error(`career-ladder.v1.json is invalid:\n${JSON.stringify(result.errors, null, 2)}`);
  return result.document;
};

describe('the seed career ladder', () => {
  const ladder = load();
  const levels = ladder.tracks.flatMap((track) => track.levels);
  const expectations = ladder.criteria.flatMap((criterion) => criterion.expectations);

  it('should parse, with an expectation for every criterion at every level', () => {
    expect(ladder.format).toBe('trellis.framework/v1');
  });

  it('should have 3 disciplines, 6 tracks, 21 levels, 9 criteria and 189 expectations', () => {
    expect(ladder.disciplines).toEqual(['Engineering', 'Product Management', 'Product Marketing']);
    expect(ladder.tracks).toHaveLength(6);
    expect(levels).toHaveLength(21);
    expect(ladder.criteria).toHaveLength(9);
    expect(expectations).toHaveLength(189);
  });

  it('should give each discipline an IC and a management track', () => {
    for (const discipline of ladder.disciplines)
      expect(
        ladder.tracks
          .filter((track) => track.discipline === discipline)
          .map((track) => track.kind)
          .sort(),
      ).toEqual(['ic', 'management']);
  });

  it('should mark the top IC level of each discipline as a lead seat, and only that', () => {
    const leads = ladder.tracks.flatMap((track) =>
      track.levels.filter((level) => level.isLead).map((level) => level.name),
    );
    expect(leads.sort()).toEqual([
      'Lead Product Manager',
      'Lead Product Marketing Manager',
      'Staff Engineer',
    ]);
  });

  it('should link each IC track to its management track and back, and PMM ↔ PM sideways', () => {
    const path = (from: string, to: string) => ladder.paths.find((p) => p.from === from && p.to === to)?.kind;
    for (const discipline of ['pmm', 'pm', 'eng']) {
      expect(path(`${discipline}-ic`, `${discipline}-mgmt`)).toBe('track_switch');
      expect(path(`${discipline}-mgmt`, `${discipline}-ic`)).toBe('track_switch');
    }
    expect(path('pmm-ic', 'pm-ic')).toBe('lateral');
    expect(path('pm-ic', 'pmm-ic')).toBe('lateral');
    expect(path('eng-ic', 'pm-ic')).toBe('lateral');
  });

  it('should never lower a proficiency from one level to the next within a track', () => {
    for (const criterion of ladder.criteria)
      for (const track of ladder.tracks) {
        const byLevel = new Map(criterion.expectations.map((e) => [e.level, e.proficiency]));
        const proficiencies = track.levels.map((level) => byLevel.get(level.key) ?? -1);
        expect({ criterion: criterion.key, track: track.key, proficiencies }).toEqual({
          criterion: criterion.key,
          track: track.key,
          proficiencies: [...proficiencies].sort((a, b) => a - b),
        });
      }
  });

  it('should ask for more at the top of each track than at its bottom', () => {
    for (const track of ladder.tracks) {
      const first = track.levels[0].key;
      const last = track.levels[track.levels.length - 1].key;
      const total = (level: string) =>
        expectations.filter((e) => e.level === level).reduce((sum, e) => sum + e.proficiency, 0);
      expect(total(last)).toBeGreaterThan(total(first));
    }
  });

  it('should be written for real: a distinct, concrete description everywhere', () => {
    const texts = [...ladder.criteria.map((c) => c.description), ...expectations.map((e) => e.description)];
    expect(new Set(texts).size).toBe(texts.length);
    for (const text of texts) {
      expect(text.length).toBeGreaterThan(60);
      expect(text).not.toMatch(/lorem|ipsum|TODO|TBD|placeholder|\.\.\./i);
    }
  });

  it('should describe management levels through the team they build or run', () => {
    const managementLevels = new Set(
      ladder.tracks.filter((t) => t.kind === 'management').flatMap((t) => t.levels.map((l) => l.key)),
    );
    const managerTexts = expectations.filter((e) => managementLevels.has(e.level)).map((e) => e.description);
    const throughTheTeam = managerTexts.filter((text) =>
      /team|group|organization|function|managers/i.test(text),
    );
    expect(throughTheTeam).toHaveLength(managerTexts.length);
  });

  it('should be stored in canonical form, so an export of it is byte-identical', () => {
    expect(canonicalizeFrameworkDocument(ladder)).toEqual(raw);
    expect(JSON.stringify(canonicalizeFrameworkDocument(ladder))).toBe(JSON.stringify(raw));
  });
});
