import {
  DOCUMENT_TRACK_KINDS,
  type FrameworkDocument,
  type FrameworkDocumentCriterion,
  type FrameworkDocumentExpectation,
  type FrameworkDocumentLevel,
  type FrameworkDocumentPath,
  type FrameworkDocumentTrack,
} from './framework-document';

// The one order of a framework document, so that export → import → export is
// byte-identical whatever order a database or an editor hands things back in.
// It depends on content only, never on input order or on the locale:
// - disciplines by name;
// - tracks by discipline, then kind (IC first), then name;
// - levels by rank;
// - paths by their tracks' order (from, then to);
// - criteria by theme, then name;
// - expectations by their level's order (tracks as above, then rank).
// Keys break ties, then the whole entry, so that even an invalid document has one
// canonical form. Objects are rebuilt with a fixed field order, and `isLead` is
// written only when true.

type Comparator<T> = (a: T, b: T) => number;

// Code-unit order: the same on every machine, unlike localeCompare.
const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const compareNumbers = (a: number, b: number): number => a - b;

const by =
  <T>(...comparators: Comparator<T>[]): Comparator<T> =>
  (a, b) => {
    for (const compare of comparators) {
      const order = compare(a, b);
      if (order !== 0) return order;
    }
    return compareStrings(JSON.stringify(a), JSON.stringify(b));
  };

const sorted = <T>(items: readonly T[], comparator: Comparator<T>): T[] => [...items].sort(comparator);

// Unknown keys (an invalid document) sort after the known ones.
const positionIn =
  (order: ReadonlyMap<string, number>) =>
  (key: string): number =>
    order.get(key) ?? Number.MAX_SAFE_INTEGER;

const canonicalLevel = ({ key, name, rank, isLead }: FrameworkDocumentLevel): FrameworkDocumentLevel =>
  isLead ? { key, name, rank, isLead } : { key, name, rank };

const canonicalTrack = (track: FrameworkDocumentTrack): FrameworkDocumentTrack => ({
  key: track.key,
  name: track.name,
  kind: track.kind,
  discipline: track.discipline,
  levels: sorted(
    track.levels.map(canonicalLevel),
    by(
      (a, b) => compareNumbers(a.rank, b.rank),
      (a, b) => compareStrings(a.key, b.key),
    ),
  ),
});

export const canonicalizeFrameworkDocument = (doc: FrameworkDocument): FrameworkDocument => {
  const disciplines = sorted(doc.disciplines, by(compareStrings));

  const tracks = sorted(
    doc.tracks.map(canonicalTrack),
    by(
      (a, b) => compareStrings(a.discipline, b.discipline),
      (a, b) => compareNumbers(DOCUMENT_TRACK_KINDS.indexOf(a.kind), DOCUMENT_TRACK_KINDS.indexOf(b.kind)),
      (a, b) => compareStrings(a.name, b.name),
      (a, b) => compareStrings(a.key, b.key),
    ),
  );
  const trackAt = positionIn(new Map(tracks.map((track, index) => [track.key, index])));
  const levelAt = positionIn(
    new Map(tracks.flatMap((track) => track.levels).map((level, index) => [level.key, index])),
  );

  const paths = sorted(
    doc.paths.map(({ from, to, kind }): FrameworkDocumentPath => ({ from, to, kind })),
    by(
      (a, b) => compareNumbers(trackAt(a.from), trackAt(b.from)),
      (a, b) => compareNumbers(trackAt(a.to), trackAt(b.to)),
      (a, b) => compareStrings(a.from, b.from),
      (a, b) => compareStrings(a.to, b.to),
    ),
  );

  const criteria = sorted(
    doc.criteria.map((criterion): FrameworkDocumentCriterion => ({
      key: criterion.key,
      name: criterion.name,
      theme: criterion.theme,
      description: criterion.description,
      expectations: sorted(
        criterion.expectations.map(({ level, proficiency, description }): FrameworkDocumentExpectation => ({
          level,
          proficiency,
          description,
        })),
        by(
          (a, b) => compareNumbers(levelAt(a.level), levelAt(b.level)),
          (a, b) => compareStrings(a.level, b.level),
        ),
      ),
    })),
    by(
      (a, b) => compareStrings(a.theme, b.theme),
      (a, b) => compareStrings(a.name, b.name),
      (a, b) => compareStrings(a.key, b.key),
    ),
  );

  return {
    ...(doc.$schema === undefined ? {} : { $schema: doc.$schema }),
    format: doc.format,
    name: doc.name,
    version: doc.version,
    disciplines,
    tracks,
    paths,
    criteria,
  };
};

// The bytes of an export: canonical order, two-space indentation, final newline.
export const serializeFrameworkDocument = (doc: FrameworkDocument): string =>
  JSON.stringify(canonicalizeFrameworkDocument(doc), null, 2) + '\n';
