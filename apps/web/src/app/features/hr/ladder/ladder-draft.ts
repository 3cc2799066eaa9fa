import type {
  FieldChange,
  FrameworkChanges,
  FrameworkDocument,
  FrameworkDocumentCriterion,
  FrameworkDocumentExpectation,
  FrameworkDocumentLevel,
  FrameworkDocumentTrack,
} from '@trellis/domain';

// Pure edits of a trellis.framework/v1 document, for the ladder editor. Each
// returns a new document; keys are stable once given (people on a level move to
// the level with the same key when the draft is published).

export const PROFICIENCY_LABELS = [
  '0 · Not expected',
  '1 · Developing',
  '2 · Independent',
  '3 · Leads others in it',
  '4 · Sets the bar',
] as const;

/** A key in the format's shape (`lead-pmm`) from a name, unique among `taken`. */
export const keyFor = (name: string, taken: Iterable<string>): string => {
  const used = new Set(taken);
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56) || 'item';
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
};

export const levelKeysOf = (document: FrameworkDocument): string[] =>
  document.tracks.flatMap((track) => track.levels.map((level) => level.key));

// Disciplines follow the tracks: the format wants each listed once, and each used.
const withDisciplines = (document: FrameworkDocument): FrameworkDocument => ({
  ...document,
  disciplines: [...new Set(document.tracks.map((track) => track.discipline))],
});

const mapTrack = (
  document: FrameworkDocument,
  trackKey: string,
  change: (track: FrameworkDocumentTrack) => FrameworkDocumentTrack,
): FrameworkDocument => ({
  ...document,
  tracks: document.tracks.map((track) => (track.key === trackKey ? change(track) : track)),
});

export const updateTrack = (
  document: FrameworkDocument,
  trackKey: string,
  fields: Partial<Pick<FrameworkDocumentTrack, 'name' | 'kind' | 'discipline'>>,
): FrameworkDocument =>
  withDisciplines(
    mapTrack(document, trackKey, (track) => {
      const next = { ...track, ...fields };
      // A management level is always a lead seat: the format keeps isLead for IC levels.
      return next.kind === 'management'
        ? { ...next, levels: next.levels.map(({ isLead: _lead, ...level }) => level) }
        : next;
    }),
  );

export const addTrack = (
  document: FrameworkDocument,
  name: string,
  discipline: string,
): FrameworkDocument => {
  const trackKey = keyFor(
    name,
    document.tracks.map((track) => track.key),
  );
  const levelKey = keyFor(`${trackKey}-1`, levelKeysOf(document));
  return withDisciplines({
    ...document,
    tracks: [
      ...document.tracks,
      {
        key: trackKey,
        name,
        kind: 'ic',
        discipline,
        levels: [{ key: levelKey, name: `${name} 1`, rank: 1 }],
      },
    ],
    // Every criterion gets an expectation at the new level, so that none is missing.
    criteria: document.criteria.map((criterion) => ({
      ...criterion,
      expectations: [...criterion.expectations, { level: levelKey, proficiency: 0, description: '' }],
    })),
  });
};

export const removeTrack = (document: FrameworkDocument, trackKey: string): FrameworkDocument => {
  const gone = new Set(document.tracks.find((track) => track.key === trackKey)?.levels.map((l) => l.key));
  return withDisciplines({
    ...document,
    tracks: document.tracks.filter((track) => track.key !== trackKey),
    paths: document.paths.filter((path) => path.from !== trackKey && path.to !== trackKey),
    criteria: document.criteria.map((criterion) => ({
      ...criterion,
      expectations: criterion.expectations.filter((expectation) => !gone.has(expectation.level)),
    })),
  });
};

export const addLevel = (document: FrameworkDocument, trackKey: string, name: string): FrameworkDocument => {
  const key = keyFor(name, levelKeysOf(document));
  const withLevel = mapTrack(document, trackKey, (track) => ({
    ...track,
    levels: [...track.levels, { key, name, rank: Math.max(0, ...track.levels.map((l) => l.rank)) + 1 }],
  }));
  return {
    ...withLevel,
    criteria: withLevel.criteria.map((criterion) => ({
      ...criterion,
      expectations: [...criterion.expectations, { level: key, proficiency: 0, description: '' }],
    })),
  };
};

export const updateLevel = (
  document: FrameworkDocument,
  levelKey: string,
  fields: Partial<FrameworkDocumentLevel>,
): FrameworkDocument => {
  const renamedKey = fields.key !== undefined && fields.key !== levelKey ? fields.key : null;
  const tracks = document.tracks.map((track) => ({
    ...track,
    levels: track.levels.map((level) => {
      if (level.key !== levelKey) return level;
      const { isLead, ...rest } = { ...level, ...fields };
      // Lead marks IC levels only; "false" is the format's absence.
      return isLead && track.kind === 'ic' ? { ...rest, isLead: true } : rest;
    }),
  }));
  return {
    ...document,
    tracks,
    criteria: renamedKey
      ? document.criteria.map((criterion) => ({
          ...criterion,
          expectations: criterion.expectations.map((e) =>
            e.level === levelKey ? { ...e, level: renamedKey } : e,
          ),
        }))
      : document.criteria,
  };
};

export const removeLevel = (document: FrameworkDocument, levelKey: string): FrameworkDocument => ({
  ...document,
  tracks: document.tracks.map((track) => ({
    ...track,
    levels: track.levels.filter((level) => level.key !== levelKey),
  })),
  criteria: document.criteria.map((criterion) => ({
    ...criterion,
    expectations: criterion.expectations.filter((expectation) => expectation.level !== levelKey),
  })),
});

export const addCriterion = (
  document: FrameworkDocument,
  name: string,
  theme: string,
): FrameworkDocument => ({
  ...document,
  criteria: [
    ...document.criteria,
    {
      key: keyFor(
        name,
        document.criteria.map((criterion) => criterion.key),
      ),
      name,
      theme,
      description: '',
      expectations: levelKeysOf(document).map((level) => ({ level, proficiency: 0, description: '' })),
    },
  ],
});

const mapCriterion = (
  document: FrameworkDocument,
  criterionKey: string,
  change: (criterion: FrameworkDocumentCriterion) => FrameworkDocumentCriterion,
): FrameworkDocument => ({
  ...document,
  criteria: document.criteria.map((criterion) =>
    criterion.key === criterionKey ? change(criterion) : criterion,
  ),
});

export const updateCriterion = (
  document: FrameworkDocument,
  criterionKey: string,
  fields: Partial<Pick<FrameworkDocumentCriterion, 'name' | 'theme' | 'description'>>,
): FrameworkDocument => mapCriterion(document, criterionKey, (criterion) => ({ ...criterion, ...fields }));

export const removeCriterion = (document: FrameworkDocument, criterionKey: string): FrameworkDocument => ({
  ...document,
  criteria: document.criteria.filter((criterion) => criterion.key !== criterionKey),
});

export const expectationOf = (
  criterion: FrameworkDocumentCriterion,
  levelKey: string,
): FrameworkDocumentExpectation | undefined => criterion.expectations.find((e) => e.level === levelKey);

/** Sets a criterion's expectation at a level, adding it when the criterion had none there. */
export const setExpectation = (
  document: FrameworkDocument,
  criterionKey: string,
  levelKey: string,
  fields: Partial<Pick<FrameworkDocumentExpectation, 'proficiency' | 'description'>>,
): FrameworkDocument =>
  mapCriterion(document, criterionKey, (criterion) => {
    const current = expectationOf(criterion, levelKey);
    return {
      ...criterion,
      expectations: current
        ? criterion.expectations.map((e) => (e.level === levelKey ? { ...e, ...fields } : e))
        : [...criterion.expectations, { level: levelKey, proficiency: 0, description: '', ...fields }],
    };
  });

// ── The changes in plain words ────────────────────────────────────────────────

const FIELD_WORDS: Record<string, string> = {
  name: 'name',
  kind: 'kind',
  discipline: 'discipline',
  rank: 'rank',
  isLead: 'lead seat',
  trackKey: 'track',
  theme: 'theme',
  description: 'description',
};

const shown = (value: FieldChange['before']): string =>
  value === null || value === ''
    ? 'nothing'
    : typeof value === 'boolean'
      ? value
        ? 'yes'
        : 'no'
      : `“${value}”`;

const fieldWords = (fields: readonly FieldChange[]): string =>
  fields.map((f) => `${FIELD_WORDS[f.field] ?? f.field} ${shown(f.before)} → ${shown(f.after)}`).join('; ');

export interface ChangeGroup {
  readonly heading: string;
  readonly lines: string[];
}

/** The changes as sentences, grouped: what the editor's "Changes" view lists. */
export const describeChanges = (changes: FrameworkChanges): ChangeGroup[] => {
  const groups: ChangeGroup[] = [
    {
      heading: 'Tracks',
      lines: [
        ...changes.tracks.added.map((t) => `Added the track “${t.name}”.`),
        ...changes.tracks.removed.map((t) => `Removed the track “${t.name}”.`),
        ...changes.tracks.changed.map((t) => `Changed the track “${t.name}”: ${fieldWords(t.fields)}.`),
      ],
    },
    {
      heading: 'Levels',
      lines: [
        ...changes.levels.added.map((l) => `Added the level “${l.name}”.`),
        ...changes.levels.removed.map(
          (l) => `Removed the level “${l.name}” (${l.key}): whoever is on it must move before publishing.`,
        ),
        ...changes.levels.changed.map((l) => `Changed the level “${l.name}”: ${fieldWords(l.fields)}.`),
      ],
    },
    {
      heading: 'Criteria',
      lines: [
        ...changes.criteria.added.map((c) => `Added the criterion “${c.name}”.`),
        ...changes.criteria.removed.map((c) => `Removed the criterion “${c.name}”.`),
        ...changes.criteria.changed.map((c) => `Changed the criterion “${c.name}”: ${fieldWords(c.fields)}.`),
      ],
    },
    {
      heading: 'Expectations',
      lines: changes.expectations.map((e) => {
        const where = `“${e.criterionName}” at ${e.levelName}`;
        if (e.change === 'added') return `${where} now expects proficiency ${e.after?.proficiency}.`;
        if (e.change === 'removed') return `${where} no longer has an expectation.`;
        const parts = [
          ...(e.before?.proficiency !== e.after?.proficiency
            ? [`proficiency ${e.before?.proficiency} → ${e.after?.proficiency}`]
            : []),
          ...(e.before?.description !== e.after?.description
            ? [`description ${shown(e.before?.description ?? null)} → ${shown(e.after?.description ?? null)}`]
            : []),
        ];
        return `${where}: ${parts.join('; ')}.`;
      }),
    },
    {
      heading: 'Paths between tracks',
      lines: [
        ...changes.paths.added.map((p) => `Added the path ${p.from} → ${p.to}.`),
        ...changes.paths.removed.map((p) => `Removed the path ${p.from} → ${p.to}.`),
      ],
    },
  ];
  return groups.filter((group) => group.lines.length > 0);
};

/** A problem's JSON pointer (`/document/tracks/0/levels/2/name`) in the editor's words. */
export const describePath = (document: FrameworkDocument | null, pointer: string): string => {
  const parts = pointer
    .replace(/^\/document/, '')
    .split('/')
    .filter(Boolean);
  const words: string[] = [];
  const [section, first, sub, second, field] = parts;
  const index = (value: string | undefined) =>
    value !== undefined && /^\d+$/.test(value) ? Number(value) : -1;
  if (section === 'tracks') {
    const track = document?.tracks[index(first)];
    words.push(track ? `Track “${track.name}”` : `Track ${index(first) + 1}`);
    if (sub === 'levels') {
      const level = track?.levels[index(second)];
      words.push(level ? `level “${level.name}”` : `level ${index(second) + 1}`);
      if (field) words.push(field);
    } else if (sub) words.push(sub);
  } else if (section === 'criteria') {
    const criterion = document?.criteria[index(first)];
    words.push(criterion ? `Criterion “${criterion.name}”` : `Criterion ${index(first) + 1}`);
    if (sub === 'expectations') {
      const levelKey = criterion?.expectations[index(second)]?.level;
      const level = document?.tracks.flatMap((t) => t.levels).find((l) => l.key === levelKey);
      words.push(level ? `expectation at “${level.name}”` : 'an expectation');
      if (field) words.push(field);
    } else if (sub) words.push(sub);
  } else if (section) words.push(parts.join(' › '));
  return words.length > 0 ? words.join(' › ') : 'The document';
};
