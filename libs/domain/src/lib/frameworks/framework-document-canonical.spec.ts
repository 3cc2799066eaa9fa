import fc from 'fast-check';

import {
  DOCUMENT_PATH_KINDS,
  DOCUMENT_TRACK_KINDS,
  FRAMEWORK_DOCUMENT_FORMAT,
  parseFrameworkDocument,
  type FrameworkDocument,
  type FrameworkDocumentCriterion,
  type FrameworkDocumentTrack,
} from './framework-document';
import { canonicalizeFrameworkDocument, serializeFrameworkDocument } from './framework-document-canonical';

// Small alphabets on purpose: they make ties (same theme, same rank, even the same
// key) likely, which is where a sort that leans on input order would show.
const word = fc.constantFrom('a', 'b', 'c', 'Craft', 'craft', 'Zeta', 'Ä');
const key = fc.constantFrom('a', 'b', 'c', 'pmm-1', 'pm-ic');

// Any document of the right type, valid or not.
const anyDocument: fc.Arbitrary<FrameworkDocument> = fc.record(
  {
    $schema: fc.constant('./framework-document.schema.json'),
    format: fc.constant(FRAMEWORK_DOCUMENT_FORMAT),
    name: word,
    version: fc.integer({ min: 1, max: 3 }),
    disciplines: fc.array(word, { maxLength: 4 }),
    tracks: fc.array(
      fc.record({
        key,
        name: word,
        kind: fc.constantFrom(...DOCUMENT_TRACK_KINDS),
        discipline: word,
        levels: fc.array(
          fc.record(
            { key, name: word, rank: fc.integer({ min: 0, max: 3 }), isLead: fc.boolean() },
            { requiredKeys: ['key', 'name', 'rank'] },
          ),
          { maxLength: 4 },
        ),
      }),
      { maxLength: 4 },
    ),
    paths: fc.array(fc.record({ from: key, to: key, kind: fc.constantFrom(...DOCUMENT_PATH_KINDS) }), {
      maxLength: 4,
    }),
    criteria: fc.array(
      fc.record({
        key,
        name: word,
        theme: word,
        description: word,
        expectations: fc.array(
          fc.record({ level: key, proficiency: fc.integer({ min: 0, max: 4 }), description: word }),
          { maxLength: 5 },
        ),
      }),
      { maxLength: 4 },
    ),
  },
  { requiredKeys: ['format', 'name', 'version', 'disciplines', 'tracks', 'paths', 'criteria'] },
);

// A valid document: unique keys and names by construction, an expectation per level.
const validDocument: fc.Arbitrary<FrameworkDocument> = fc
  .record({
    disciplines: fc.uniqueArray(fc.constantFrom('Engineering', 'Product Management', 'Product Marketing'), {
      minLength: 1,
    }),
    ranks: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 4 }), {
      minLength: 2,
      maxLength: 4,
    }),
    themes: fc.array(fc.constantFrom('Craft', 'Impact', 'Leadership'), { maxLength: 5 }),
    leads: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
    proficiencies: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 80, maxLength: 80 }),
  })
  .map(({ disciplines, ranks, themes, leads, proficiencies }): FrameworkDocument => {
    const tracks = ranks.map((trackRanks, t): FrameworkDocumentTrack => {
      const kind = DOCUMENT_TRACK_KINDS[t % 2];
      return {
        key: `track-${t}`,
        name: `Track ${t}`,
        kind,
        discipline: disciplines[t % disciplines.length],
        levels: trackRanks.map((rank, l) => ({
          key: `level-${t}-${l}`,
          name: `Level ${rank}`,
          rank,
          ...(kind === 'ic' && leads[t * 4 + l] ? { isLead: true } : {}),
        })),
      };
    });
    const used = new Set(tracks.map((track) => track.discipline));
    const levels = tracks.flatMap((track) => track.levels);
    return {
      format: FRAMEWORK_DOCUMENT_FORMAT,
      name: 'Generated ladder',
      version: 1,
      disciplines: disciplines.filter((discipline) => used.has(discipline)),
      tracks,
      paths: tracks.slice(1).map((track, t) => ({
        from: tracks[t].key,
        to: track.key,
        kind: tracks[t].kind === track.kind ? 'lateral' : 'track_switch',
      })),
      criteria: themes.map((theme, c): FrameworkDocumentCriterion => ({
        key: `criterion-${c}`,
        name: `Criterion ${c % 2}-${c}`,
        theme,
        description: `What criterion ${c} means.`,
        expectations: levels.map((level, l) => ({
          level: level.key,
          proficiency: proficiencies[(c * levels.length + l) % proficiencies.length],
          description: `Criterion ${c} at ${level.name}.`,
        })),
      })),
    };
  });

// Every array of a framework document is a set under the canonical order, so any
// permutation of any of them (and any order of object fields) is the same document.
const mulberry32 = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const shuffleDeep = <T>(value: T, random: () => number): T => {
  if (Array.isArray(value)) {
    const items = value.map((item) => shuffleDeep(item, random));
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items as T;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([field, item]) => [field, shuffleDeep(item, random)] as const);
    return Object.fromEntries(random() < 0.5 ? entries.reverse() : entries) as T;
  }
  return value;
};

const bytes = (doc: FrameworkDocument) => JSON.stringify(canonicalizeFrameworkDocument(doc));

describe('canonicalizeFrameworkDocument', () => {
  it('should be idempotent', () => {
    fc.assert(
      fc.property(anyDocument, (doc) => {
        const once = canonicalizeFrameworkDocument(doc);
        expect(JSON.stringify(canonicalizeFrameworkDocument(once))).toBe(JSON.stringify(once));
      }),
    );
  });

  it('should not depend on the order of any list or field', () => {
    fc.assert(
      fc.property(anyDocument, fc.integer(), (doc, seed) => {
        expect(bytes(shuffleDeep(doc, mulberry32(seed)))).toBe(bytes(doc));
      }),
    );
  });

  it('should keep every entry, only reordered', () => {
    fc.assert(
      fc.property(anyDocument, (doc) => {
        const canonical = canonicalizeFrameworkDocument(doc);
        const count = (d: FrameworkDocument) => [
          d.disciplines.length,
          d.tracks.length,
          d.tracks.flatMap((track) => track.levels).length,
          d.paths.length,
          d.criteria.length,
          d.criteria.flatMap((criterion) => criterion.expectations).length,
        ];
        expect(count(canonical)).toEqual(count(doc));
      }),
    );
  });

  it('should round-trip a valid document byte for byte: export → import → export', () => {
    fc.assert(
      fc.property(validDocument, fc.integer(), (doc, seed) => {
        const exported = serializeFrameworkDocument(shuffleDeep(doc, mulberry32(seed)));
        const imported = parseFrameworkDocument(JSON.parse(exported), { requireAllExpectations: true });
        if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
        expect(serializeFrameworkDocument(imported.document)).toBe(exported);
      }),
    );
  });

  it('should order tracks by discipline then IC before management, levels by rank, criteria by theme then name', () => {
    const level = (key: string, rank: number) => ({ key, name: key, rank });
    const criterion = (key: string, theme: string, name: string) => ({
      key,
      name,
      theme,
      description: '',
      expectations: [
        { level: 'pm-m1', proficiency: 2, description: '' },
        { level: 'eng-2', proficiency: 2, description: '' },
        { level: 'eng-1', proficiency: 1, description: '' },
      ],
    });
    const canonical = canonicalizeFrameworkDocument({
      format: FRAMEWORK_DOCUMENT_FORMAT,
      name: 'Ladder',
      version: 1,
      disciplines: ['Product Management', 'Engineering'],
      tracks: [
        {
          key: 'pm-mgmt',
          name: 'PM (M)',
          kind: 'management',
          discipline: 'Product Management',
          levels: [level('pm-m1', 1)],
        },
        {
          key: 'eng-ic',
          name: 'Eng (IC)',
          kind: 'ic',
          discipline: 'Engineering',
          levels: [level('eng-2', 2), level('eng-1', 1)],
        },
        {
          key: 'pm-ic',
          name: 'PM (IC)',
          kind: 'ic',
          discipline: 'Product Management',
          levels: [level('pm-1', 1)],
        },
      ],
      paths: [
        { from: 'pm-ic', to: 'pm-mgmt', kind: 'track_switch' },
        { from: 'eng-ic', to: 'pm-ic', kind: 'lateral' },
      ],
      criteria: [
        criterion('z', 'Leadership', 'Servant leadership'),
        criterion('b', 'Craft', 'Execution'),
        criterion('a', 'Craft', 'Exceptional work'),
      ],
    });

    expect(canonical.disciplines).toEqual(['Engineering', 'Product Management']);
    expect(canonical.tracks.map((track) => track.key)).toEqual(['eng-ic', 'pm-ic', 'pm-mgmt']);
    expect(canonical.tracks[0].levels.map((l) => l.key)).toEqual(['eng-1', 'eng-2']);
    expect(canonical.paths.map((path) => path.from)).toEqual(['eng-ic', 'pm-ic']);
    expect(canonical.criteria.map((c) => c.name)).toEqual([
      'Exceptional work',
      'Execution',
      'Servant leadership',
    ]);
    expect(canonical.criteria[0].expectations.map((e) => e.level)).toEqual(['eng-1', 'eng-2', 'pm-m1']);
  });

  it('should write isLead only when it is true', () => {
    const doc = fc.sample(validDocument, { seed: 7, numRuns: 1 })[0];
    doc.tracks[0].levels[0].isLead = false;
    expect(canonicalizeFrameworkDocument(doc).tracks[0].levels.some((l) => 'isLead' in l && !l.isLead)).toBe(
      false,
    );
  });
});

describe('serializeFrameworkDocument', () => {
  it('should write two-space JSON with a final newline', () => {
    const doc = fc.sample(validDocument, { seed: 1, numRuns: 1 })[0];
    const text = serializeFrameworkDocument(doc);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "format": "trellis.framework/v1",\n')).toBe(true);
  });
});
