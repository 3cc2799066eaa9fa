import fc from 'fast-check';

import { csvField, parseCsv, serializeCsv } from './csv';

const fieldsOf = (text: string) => parseCsv(text).records.map((record) => record.fields);

describe('parseCsv', () => {
  it.each([
    ['plain fields', 'a,b,c', [['a', 'b', 'c']]],
    [
      'LF between records',
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'CRLF between records',
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['a lone CR between records', 'a\rb', [['a'], ['b']]],
    ['a trailing newline adds no record', 'a,b\n', [['a', 'b']]],
    ['empty fields', ',a,,', [['', 'a', '', '']]],
    ['a quoted comma', '"a,b",c', [['a,b', 'c']]],
    ['doubled quotes', '"say ""hi""",x', [['say "hi"', 'x']]],
    ['an empty quoted field', '"",x', [['', 'x']]],
    [
      'a newline inside quotes',
      '"line 1\nline 2",x\r\ny,z',
      [
        ['line 1\nline 2', 'x'],
        ['y', 'z'],
      ],
    ],
    ['a CRLF inside quotes is kept', '"a\r\nb"', [['a\r\nb']]],
    ['a byte order mark is ignored', '\uFEFFemail,name\r\n', [['email', 'name']]],
    ['a blank line is an empty record', 'a\n\nb', [['a'], [''], ['b']]],
    ['spaces are kept', ' a , b ', [[' a ', ' b ']]],
  ])('should read %s', (_, text, expected) => {
    expect(parseCsv(text)).toEqual({
      records: expected.map((fields) => expect.objectContaining({ fields, line: expect.any(Number) })),
      errors: [],
    });
    expect(fieldsOf(text)).toEqual(expected);
  });

  it('should read an empty text as no records', () => {
    expect(parseCsv('')).toEqual({ records: [], errors: [] });
    expect(parseCsv('\uFEFF')).toEqual({ records: [], errors: [] });
  });

  it('should number each record by the line it starts on, counting line breaks inside quotes', () => {
    const { records } = parseCsv('h1,h2\r\n"multi\r\nline\nfield",x\r\nlast,y\r\n');
    expect(records.map((record) => record.line)).toEqual([1, 2, 5]);
  });

  it('should report an unterminated quoted field at the line where it opened', () => {
    const result = parseCsv('a,b\nc,"never\nclosed\n');
    expect(result.errors).toEqual([{ line: 2, reason: expect.stringContaining('never closed') }]);
    expect(result.records.map((record) => record.fields)).toEqual([['a', 'b']]);
  });

  it('should report a quote inside an unquoted field and keep reading', () => {
    const result = parseCsv('a,b\nx"y,z\nlast,one');
    expect(result.errors).toEqual([{ line: 2, reason: expect.stringContaining('quote inside') }]);
    expect(fieldsOf('a,b\nx"y,z\nlast,one')).toEqual([
      ['a', 'b'],
      ['x"y', 'z'],
      ['last', 'one'],
    ]);
  });

  it('should report text after a closing quote and keep it in the field', () => {
    const result = parseCsv('"ab"cd,e\nf,g');
    expect(result.errors).toEqual([{ line: 1, reason: expect.stringContaining('after a closing quote') }]);
    expect(result.records.map((record) => record.fields)).toEqual([
      ['abcd', 'e'],
      ['f', 'g'],
    ]);
  });

  it('should report every malformed line, not only the first', () => {
    const result = parseCsv('a"1\nb"2\n"c"3');
    expect(result.errors.map((error) => error.line)).toEqual([1, 2, 3]);
  });
});

describe('serializeCsv', () => {
  it('should quote only the fields that need it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(
      serializeCsv([
        ['a', 'b,c'],
        ['', 'd'],
      ]),
    ).toBe('a,"b,c"\r\n,d\r\n');
  });

  // Fields drawn from the characters that matter to CSV, and any others.
  const field = fc.oneof(
    fc.string(),
    fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ', '\uFEFF', 'é') }),
  );
  const records = fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { maxLength: 8 });

  it('should read back exactly what it wrote (serialize → parse roundtrip)', () => {
    fc.assert(
      fc.property(records, (input) => {
        const result = parseCsv(serializeCsv(input));
        expect(result.errors).toEqual([]);
        expect(result.records.map((record) => record.fields)).toEqual(input);
      }),
    );
  });

  it('should read back the same with LF line ends, a BOM and no final line break', () => {
    fc.assert(
      fc.property(records, (input) => {
        const text = input.map((fields) => fields.map(csvField).join(',')).join('\n');
        // One record of one empty field is written as nothing at all: it cannot survive without a line break.
        fc.pre(!(input.length > 0 && input.at(-1)?.length === 1 && input.at(-1)?.[0] === ''));
        expect(parseCsv(`\uFEFF${text}`).records.map((record) => record.fields)).toEqual(input);
      }),
    );
  });

  it('should number records so that every line break before a record is counted', () => {
    fc.assert(
      fc.property(records, (input) => {
        const text = serializeCsv(input);
        const { records: parsed } = parseCsv(text);
        let line = 1;
        parsed.forEach((record, index) => {
          expect(record.line).toBe(line);
          const written = `${(input[index] ?? []).map(csvField).join(',')}\r\n`;
          line += (written.match(/\r\n|\r|\n/g) ?? []).length;
        });
      }),
    );
  });

  it('should never throw, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', '\uFEFF') }), (text) => {
        const result = parseCsv(text);
        for (const error of result.errors) expect(error.line).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});
