import { deflateSync, gzipSync } from 'node:zlib';

import fc from 'fast-check';

import type { JsonSchema, OpenApiCatalog } from './routes';

// Generated request bodies for the write-endpoint fuzzing (fuzz.int-spec.ts): junk
// of every JSON type, near-valid bodies with at least one guaranteed defect, huge and
// deeply nested bodies, prototype-pollution keys, malformed JSON, wrong content types
// and encodings. None of them is a valid request, except where a case says so
// (`document`: a framework document the domain parser may accept).

export const BODY_LIMIT_BYTES = 256 * 1024;

export interface FuzzCase {
  readonly kind: string;
  readonly body: string | Buffer;
  /** Content-Type; JSON when absent. */
  readonly contentType?: string;
  readonly contentEncoding?: string;
  readonly forwardedFor?: string;
  /** For framework-document cases: the document, whose version may still be a placeholder. */
  readonly document?: Record<string, unknown>;
}

// Strings that have broken real systems: NUL, lone surrogates, bidi overrides,
// zero-width characters, emoji sequences, combining marks, case-mapping expanders,
// line separators, injection payloads.
export const NASTY_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'x\uDBFFy',
  '\u202Egnp.exe',
  '\u200B\u200C\u200D\u2060\uFEFF',
  '\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627',
  '👩‍👩‍👧‍👦',
  '🏳️‍🌈',
  'Z\u0364\u0351\u0313a\u0308\u0356l\u036Eg\u030C\u0317o\u0319',
  'İstanbul',
  'ß',
  'ﬃ',
  '\u0085\u2028\u2029',
  '\r\n\t\v\f\b',
  "' OR '1'='1",
  '"; DROP TABLE people; --',
  '{{7*7}}',
  '${7*7}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00',
  '\\u0000',
  'null',
  'undefined',
  'NaN',
  '1e309',
  '__proto__',
  'constructor',
  'priya@acme.test',
  ' '.repeat(2000),
];

const codeUnit: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 5 },
  // Lone surrogate halves: fast-check's 'binary' unit never produces them on its own.
  { arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)), weight: 1 },
  {
    arbitrary: fc.constantFrom('\u0000', '\u202E', '\u200B', '\uFEFF', '👩‍👩‍👧', '\u0301', 'İ', '"', '\\', '\n'),
    weight: 2,
  },
);

export const weirdString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: codeUnit, maxLength: 48 }),
  fc.constantFrom(...NASTY_STRINGS),
);

const DANGEROUS_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'id',
  'organizationId',
  'personId',
  'managerId',
  'authorId',
  'roles',
  'status',
  'version',
  'isAdmin',
  'sharedWithHr',
] as const;

const key: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...DANGEROUS_KEYS), weirdString);

const BOUNDARY_NUMBERS = [
  0,
  -1,
  1.5,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e308,
  5e-324,
];

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(...BOUNDARY_NUMBERS),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  weirdString,
);

/** Own properties even for `__proto__` (Object.fromEntries defines, it does not assign). */
const objectOf = (entries: readonly (readonly [string, unknown])[]): Record<string, unknown> =>
  Object.fromEntries(entries);

export const junkValue: fc.Arbitrary<unknown> = fc.letrec<{
  value: unknown;
  array: unknown[];
  object: unknown;
}>((tie) => ({
  value: fc.oneof({ depthSize: 'small', maxDepth: 4 }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.array(fc.tuple(key, tie('value')), { maxLength: 5 }).map(objectOf),
})).value;

const junkObject: fc.Arbitrary<Record<string, unknown>> = fc
  .array(fc.tuple(key, junkValue), { maxLength: 5 })
  .map(objectOf);

// --- Bodies from the route's JSON Schema -------------------------------------------

const typeOf = (schema: JsonSchema): string | undefined =>
  Array.isArray(schema.type)
    ? schema.type.find((type) => type !== 'null')
    : (schema.type as string | undefined);

const nullable = (schema: JsonSchema): boolean =>
  (Array.isArray(schema.type) && schema.type.includes('null')) ||
  (schema.anyOf ?? []).some((option) => option.type === 'null');

const stringFor = (schema: JsonSchema): fc.Arbitrary<string> => {
  switch (schema.format) {
    case 'email':
      // Unknown people only: a fuzzed sign-in must never be a real one.
      return fc.stringMatching(/^[a-z0-9]{1,16}$/).map((local) => `fuzz-${local}@unknown.test`);
    case 'uuid':
      return fc.uuid();
    case 'date':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10));
    case 'date-time':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((date) => date.toISOString());
    case 'uri':
    case 'url':
      return fc.stringMatching(/^[a-z]{1,12}$/).map((path) => `https://example.test/${path}`);
    default: {
      const min = schema.minLength ?? 0;
      return fc.string({
        unit: codeUnit,
        minLength: min,
        maxLength: Math.max(min, Math.min(schema.maxLength ?? 48, 48)),
      });
    }
  }
};

/** A body that follows the schema (as far as a generator can: patterns are not honoured). */
export const validFor = (schema: JsonSchema, api: OpenApiCatalog, depth = 0): fc.Arbitrary<unknown> => {
  const s = api.resolve(schema);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  const options = (s.anyOf ?? s.oneOf)?.filter((option) => option.type !== 'null');
  if (options?.length) return fc.oneof(...options.map((option) => validFor(option, api, depth + 1)));
  if (s.allOf?.[0]) return validFor(s.allOf[0], api, depth + 1);
  switch (typeOf(s)) {
    case 'string':
      return stringFor(s);
    case 'integer': {
      const min = s.minimum ?? 0;
      return fc.integer({ min, max: Math.max(min, s.maximum ?? min + 1000) });
    }
    case 'number': {
      const min = s.minimum ?? 0;
      return fc.double({ min, max: Math.max(min, s.maximum ?? min + 1000), noNaN: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const min = s.minItems ?? 0;
      return depth > 3 || !s.items
        ? fc.constant([])
        : fc.array(validFor(s.items, api, depth + 1), { minLength: min, maxLength: Math.max(min, 3) });
    }
    default: {
      const properties = s.properties ?? {};
      const model = Object.fromEntries(
        Object.entries(properties).map(([name, property]) => [name, validFor(property, api, depth + 1)]),
      );
      return fc.record(model, { requiredKeys: (s.required ?? []).filter((name) => name in properties) });
    }
  }
};

// A value of the wrong type for each JSON type, none of which zod would coerce into it.
const WRONG_FOR: Readonly<Record<string, readonly unknown[]>> = {
  string: [12345, false, { nested: 'x' }, ['x']],
  integer: ['not a number', { nested: 1 }, [1, 2], 1.5],
  number: ['not a number', { nested: 1 }, [1, 2]],
  boolean: ['yes', 2, { nested: true }, [true]],
  array: ['x', 1, { nested: [] }],
  object: ['x', 1, [{}], true],
};

type Defect = (body: Record<string, unknown>) => void;

/**
 * Bodies that follow the schema except for one to three defects, each of which alone
 * makes the body invalid (a required field removed, a wrong type, an enum value out
 * of range, a string too long or too short, an unknown field in a strict object), so
 * that a 2xx is always a failure. Undefined when the schema has no fields to break.
 */
export const brokenFor = (
  schema: JsonSchema,
  api: OpenApiCatalog,
): fc.Arbitrary<Record<string, unknown>> | undefined => {
  const s = api.resolve(schema);
  const properties = Object.entries(s.properties ?? {}).map(
    ([name, property]) => [name, api.resolve(property)] as const,
  );
  if (typeOf(s) !== 'object' || properties.length === 0) return undefined;
  const defects: fc.Arbitrary<Defect>[] = [];
  const required = (s.required ?? []).filter((name) => properties.some(([property]) => property === name));
  if (required.length > 0) {
    defects.push(
      fc.constantFrom(...required).map(
        (name): Defect =>
          (body) =>
            void delete body[name],
      ),
    );
  }
  const typed = properties.filter(([, property]) => WRONG_FOR[typeOf(property) ?? ''] && !property.enum);
  if (typed.length > 0) {
    defects.push(
      fc.tuple(fc.constantFrom(...typed), fc.nat()).map(([[name, property], pick]): Defect => (body) => {
        const wrong = (WRONG_FOR[typeOf(property) ?? ''] ?? []).filter(
          (v) => !(v === null && nullable(property)),
        );
        body[name] = wrong[pick % wrong.length];
      }),
    );
  }
  const enums = properties.filter(([, property]) => property.enum?.length);
  if (enums.length > 0) {
    defects.push(
      fc.constantFrom(...enums).map(
        ([name]): Defect =>
          (body) =>
            void (body[name] = 'not-an-option\u0000'),
      ),
    );
  }
  const bounded = properties.filter(
    ([, property]) => typeOf(property) === 'string' && property.maxLength !== undefined,
  );
  if (bounded.length > 0) {
    defects.push(
      fc.tuple(fc.constantFrom(...bounded), fc.integer({ min: 1, max: 500 })).map(
        ([[name, property], extra]): Defect =>
          (body) =>
            void (body[name] = 'x'.repeat((property.maxLength ?? 0) + extra)),
      ),
    );
  }
  const nonEmpty = properties.filter(
    ([, property]) => typeOf(property) === 'string' && (property.minLength ?? 0) > 0,
  );
  if (nonEmpty.length > 0) {
    defects.push(
      fc.constantFrom(...nonEmpty).map(
        ([name]): Defect =>
          (body) =>
            void (body[name] = ''),
      ),
    );
  }
  if (s.additionalProperties === false) {
    const known = new Set(properties.map(([name]) => name));
    const unknown = [...DANGEROUS_KEYS, 'organization_id', 'unknownField'].filter((name) => !known.has(name));
    defects.push(
      fc.tuple(fc.constantFrom(...unknown), junkValue).map(
        ([name, value]): Defect =>
          (body) =>
            void Object.defineProperty(body, name, {
              value,
              enumerable: true,
              writable: true,
              configurable: true,
            }),
      ),
    );
  }
  if (defects.length === 0) return undefined;
  return fc
    .tuple(validFor(s, api), fc.array(fc.oneof(...defects), { minLength: 1, maxLength: 3 }))
    .map(([valid, apply]) => {
      const body = { ...(valid as Record<string, unknown>) };
      apply.forEach((defect) => defect(body));
      return body;
    });
};

// --- Framework documents ---------------------------------------------------------

export const VERSION_PLACEHOLDER = '__fuzz_fresh_version__';

type JsonPath = readonly (string | number)[];

// Every path of a document, grouped by field name (`name`, `rank`, `disciplines[]`…),
// so that a rare field (the top-level `version`) is edited as often as a frequent one.
const pathsByField = (
  value: unknown,
  path: JsonPath = [],
  into = new Map<string, JsonPath[]>(),
): JsonPath[][] => {
  if (path.length > 0) {
    const last = path.at(-1);
    const field = typeof last === 'number' ? `${String(path.at(-2))}[]` : String(last);
    into.set(field, [...(into.get(field) ?? []), path]);
  }
  if (Array.isArray(value)) value.forEach((item, index) => pathsByField(item, [...path, index], into));
  else if (value && typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) pathsByField(item, [...path, name], into);
  }
  return [...into.values()];
};

// A nastier value of the same type: the document often stays valid, so that the
// value travels on to the database (NUL characters, integers beyond 32 bits…).
const sameTypeNasty = (current: unknown, value: unknown, nasty: string, number: number): unknown => {
  if (typeof current === 'string') return nasty;
  if (typeof current === 'number') return number;
  if (typeof current === 'boolean') return !current;
  return value;
};

const edit = fc.record({
  field: fc.nat(),
  pick: fc.nat(),
  operation: fc.constantFrom(
    'same-type',
    'same-type',
    'same-type',
    'same-type',
    'replace',
    'delete',
    'add-field',
  ),
  value: fc.oneof(
    junkValue,
    weirdString,
    fc.constantFrom(...BOUNDARY_NUMBERS),
    fc.integer({ min: 4001, max: 6000 }).map((length) => 'd'.repeat(length)),
  ),
  nasty: fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 1, arbitrary: weirdString },
  ),
  number: fc.oneof(fc.constantFrom(...BOUNDARY_NUMBERS, 2 ** 32, 2 ** 40), fc.integer({ min: 0, max: 10 })),
  key,
});

/**
 * A real framework document with one or two random edits, of a field name picked
 * uniformly first; most edits keep the type (a nastier string or number), so that
 * the document often stays valid and its values reach the database. Half of them
 * get a fresh version, so that a still-valid document gets imported rather than
 * stopped by the name-and-version clash.
 */
export const mutatedDocument = (document: Record<string, unknown>): fc.Arbitrary<FuzzCase> => {
  const byField = pathsByField(document);
  return fc.tuple(fc.boolean(), fc.array(edit, { minLength: 1, maxLength: 2 })).map(([fresh, edits]) => {
    const copy = JSON.parse(JSON.stringify(document)) as Record<string, unknown>;
    if (fresh) copy['version'] = VERSION_PLACEHOLDER;
    for (const { field, pick, operation, value, nasty, number, key: name } of edits) {
      const bucket = byField[field % byField.length] ?? [];
      const path = bucket[pick % bucket.length];
      if (!path) continue;
      const parent = path
        .slice(0, -1)
        .reduce<unknown>((at, step) => (at as Record<string, unknown>)?.[step], copy);
      if (!parent || typeof parent !== 'object') continue;
      const last = path.at(-1) ?? '';
      const target = parent as Record<string | number, unknown>;
      if (operation === 'delete') {
        if (Array.isArray(parent)) parent.splice(Number(last), 1);
        else delete target[last];
      } else if (operation === 'add-field' && !Array.isArray(parent)) {
        Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
      } else if (operation === 'same-type') {
        target[last] = sameTypeNasty(target[last], value, nasty, number);
      } else {
        target[last] = value;
      }
    }
    return { kind: 'document', body: '', document: copy };
  });
};

/**
 * Still-valid documents (by the domain parser) carrying values that a text or an
 * integer column cannot hold: the API must refuse them with a 4xx, not let Postgres
 * fail with a 5xx.
 */
export const edgeDocuments = (document: Record<string, unknown>): FuzzCase[] => {
  const edited = (what: string, fresh: boolean, change: (copy: any) => void): FuzzCase => {
    const copy = JSON.parse(JSON.stringify(document));
    if (fresh) copy.version = VERSION_PLACEHOLDER;
    change(copy);
    return { kind: `document-edge: ${what}`, body: '', document: copy as Record<string, unknown> };
  };
  return [
    edited('NUL in name', false, (copy) => (copy.name = 'Ladder\u0000')),
    edited('version 2^31', false, (copy) => (copy.version = 2 ** 31)),
    edited('NUL in a criterion description, new version', true, (copy) => {
      copy.criteria[0].description = 'NUL \u0000 inside';
    }),
    edited('rank 2^31, new version', true, (copy) => (copy.tracks[0].levels[0].rank = 2 ** 31)),
  ];
};

// --- Everything else ---------------------------------------------------------------

const PROTO_PAYLOADS = [
  '"__proto__":{"polluted":"yes","isAdmin":true,"roles":["admin"]}',
  '"constructor":{"prototype":{"polluted":"yes"}}',
  '"prototype":{"polluted":"yes"}',
  '"__proto__":null',
  '"__proto__":[]',
  '"nested":{"__proto__":{"polluted":"yes"}}',
  '"__proto__":{"__proto__":{"polluted":"yes"}}',
];

const MALFORMED = [
  '{',
  '}',
  '{"a":}',
  "{'email':'x'}",
  '{"email":"x",}',
  '[1,2',
  'NaN',
  '{"a":NaN}',
  '{"a":Infinity}',
  '{"a":undefined}',
  '{"a":1}//comment',
  '/*c*/{}',
  '{"a":"\u0000"}',
  '{"a":"\\uD800"}',
  '{"a":"\\x41"}',
  '{"a":01}',
  '{"a":.5}',
  '{"a":1}{"b":2}',
  '{"a":1e999}',
  '\uFEFF{}',
  '',
  ' ',
  'null',
  'true',
  '"string"',
  '123',
  '[]',
  '[{}]',
  '{}',
];

const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----fuzz',
  'application/xml',
  'text/html',
  'application/octet-stream',
  'application/json; charset=latin1',
  'application/json; charset=utf-16le',
  'application/json; charset=utf-7',
  'application/json; charset=nonsense',
  'application/vnd.api+json',
  'application/merge-patch+json',
  'application/json-seq',
  'APPLICATION/JSON',
  'application/json;;;',
  '*/*',
];

const forwardedFor: fc.Arbitrary<string> = fc.oneof(
  fc.ipV4(),
  fc.ipV6(),
  fc.string({
    unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
    maxLength: 40,
  }),
);

const json = (value: unknown): string => JSON.stringify(value) ?? 'null';

/** The fuzz cases for one route: `broken` when its schema has fields, `document` for framework import. */
export const fuzzCases = (options: {
  broken?: fc.Arbitrary<Record<string, unknown>>;
  validShape?: fc.Arbitrary<unknown>;
  document?: Record<string, unknown>;
}): fc.Arbitrary<FuzzCase> => {
  const base: fc.Arbitrary<Record<string, unknown>> = options.broken ?? junkObject;
  const kinds: fc.WeightedArbitrary<FuzzCase>[] = [
    { weight: 3, arbitrary: junkValue.map((value) => ({ kind: 'junk', body: json(value) })) },
    {
      weight: 1,
      arbitrary: fc.tuple(base, fc.constantFrom(...PROTO_PAYLOADS)).map(([body, payload]) => {
        const rest = json(body).slice(1);
        return { kind: 'prototype-keys', body: `{${payload}${rest === '}' ? '' : ','}${rest}` };
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(base, fc.integer({ min: 1_000, max: 300_000 }), fc.constantFrom('a', 'é', '€', '😀'))
        .map(([body, bytes, char]) => ({
          kind: 'huge',
          body: json({ ...body, fuzzPadding: char.repeat(Math.ceil(bytes / Buffer.byteLength(char))) }),
        })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 50, max: 100_000 }), fc.constantFrom('array', 'object'), fc.boolean())
        .map(([depth, shape, inField]) => {
          const nested =
            shape === 'array'
              ? `${'['.repeat(depth)}${']'.repeat(depth)}`
              : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
          return { kind: 'deep', body: inField ? `{"name":${nested}}` : nested };
        }),
    },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.constantFrom(...MALFORMED).map((body) => ({ kind: 'malformed', body })),
        fc.tuple(base, fc.nat()).map(([body, cut]) => {
          const text = json(body);
          return { kind: 'malformed', body: text.slice(0, Math.max(1, cut % text.length)) };
        }),
      ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(base, fc.constantFrom(...CONTENT_TYPES))
        .map(([body, contentType]) => ({ kind: 'content-type', body: json(body), contentType })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(base, fc.constantFrom('gzip', 'deflate', 'br', 'compress', 'x-unknown'), fc.boolean())
        .map(([body, contentEncoding, compress]) => {
          const raw = Buffer.from(json(body));
          const encoded = !compress ? raw : contentEncoding === 'deflate' ? deflateSync(raw) : gzipSync(raw);
          return { kind: 'encoding', body: encoded, contentEncoding };
        }),
    },
  ];
  if (options.broken) {
    kinds.push({
      weight: 3,
      arbitrary: options.broken.map((body) => ({ kind: 'near-valid', body: json(body) })),
    });
  }
  if (options.validShape) {
    kinds.push({
      weight: 1,
      arbitrary: options.validShape.map((body) => ({ kind: 'valid-shape', body: json(body) })),
    });
  }
  if (options.document) {
    kinds.push({ weight: 12, arbitrary: mutatedDocument(options.document) });
  }
  return fc
    .tuple(fc.oneof(...kinds), fc.option(forwardedFor, { freq: 2 }))
    .map(([fuzzCase, address]) => (address === null ? fuzzCase : { ...fuzzCase, forwardedFor: address }));
};

/** The same handful of cases for every route: limits and encodings at their edges. */
export const fixedCases = (): FuzzCase[] => {
  const padded = (bytes: number): string => {
    const shell = '{"fuzzPadding":""}';
    return `{"fuzzPadding":"${'a'.repeat(bytes - shell.length)}"}`;
  };
  return [
    { kind: 'limit', body: padded(BODY_LIMIT_BYTES) },
    { kind: 'limit', body: padded(BODY_LIMIT_BYTES + 1) },
    { kind: 'limit', body: padded(BODY_LIMIT_BYTES * 4) },
    // 8 MB of spaces in 8 kB of gzip: the limit must apply to the inflated body.
    { kind: 'gzip-bomb', body: gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20)), contentEncoding: 'gzip' },
    { kind: 'encoding', body: Buffer.from('not gzip at all'), contentEncoding: 'gzip' },
    { kind: 'empty', body: '' },
    { kind: 'empty', body: '', contentType: 'text/plain' },
    { kind: 'content-type', body: '{}', contentType: 'application/json; charset=latin1' },
    { kind: 'malformed', body: Buffer.from([0x7b, 0xff, 0xfe, 0x22, 0x7d]) },
  ];
};
