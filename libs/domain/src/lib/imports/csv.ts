// RFC 4180 CSV, as spreadsheets export it: comma-separated fields, fields in
// double quotes may hold commas, line breaks and doubled quotes (""), records end
// with CRLF or LF (a lone CR too), a final line break is optional and a UTF-8 byte
// order mark at the start is ignored. Pure: text in, records and errors out.

/** One record, with the 1-based line of the file it starts on (a quoted field may span lines). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvError {
  readonly line: number;
  readonly reason: string;
}

export interface CsvParseResult {
  readonly records: readonly CsvRecord[];
  readonly errors: readonly CsvError[];
}

const BOM = '\uFEFF';

/**
 * Parses the whole text. Malformed quoting is reported with its line and the
 * parser carries on, so that one upload shows every problem; an unterminated
 * quoted field swallows the rest of the file and is reported at the line where
 * it opened.
 */
export const parseCsv = (input: string): CsvParseResult => {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  const errors: CsvError[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  // Whether the current record has begun (an empty text has no record; a line break ends one).
  let inRecord = false;

  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push({ line: recordLine, fields });
    fields = [];
    inRecord = false;
  };
  // Consumes a line break at i (CRLF, LF or CR); returns whether there was one.
  const lineBreak = (): boolean => {
    const char = text[i];
    if (char === '\r') {
      i += text[i + 1] === '\n' ? 2 : 1;
    } else if (char === '\n') {
      i += 1;
    } else {
      return false;
    }
    line++;
    return true;
  };

  while (i < text.length) {
    if (!inRecord) {
      inRecord = true;
      recordLine = line;
    }
    const char = text[i];
    if (char === '"' && field === '' && !fieldHasContent(text, i)) {
      // A quoted field: up to the closing quote; "" is a quote inside it.
      const openedOn = line;
      i++;
      let closed = false;
      while (i < text.length) {
        const quote = text.indexOf('"', i);
        const chunk = text.slice(i, quote < 0 ? text.length : quote);
        field += chunk;
        line += lineBreaksIn(chunk);
        if (quote < 0) {
          i = text.length;
          break;
        }
        if (text[quote + 1] === '"') {
          field += '"';
          i = quote + 2;
          continue;
        }
        i = quote + 1;
        closed = true;
        break;
      }
      if (!closed) {
        errors.push({ line: openedOn, reason: 'A quoted field is never closed (a missing ")' });
        // The broken record is dropped: its fields cannot be told apart.
        inRecord = false;
        break;
      }
      // After the closing quote: a comma, a line break or the end of the text.
      if (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        errors.push({ line, reason: 'Unexpected text after a closing quote' });
        while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') field += text[i++];
      }
      continue;
    }
    if (char === ',') {
      endField();
      i++;
      continue;
    }
    if (char === '\r' || char === '\n') {
      lineBreak();
      endRecord();
      continue;
    }
    if (char === '"') {
      errors.push({
        line,
        reason: 'A quote inside an unquoted field (quote the whole field and double the ")',
      });
      field += char;
      i++;
      continue;
    }
    // The rest of an unquoted field, in one slice.
    SPECIAL.lastIndex = i;
    const next = SPECIAL.exec(text)?.index ?? text.length;
    field += text.slice(i, next);
    i = next;
  }
  if (inRecord) endRecord();
  return { records, errors };
};

const SPECIAL = /[,\r\n"]/g;

// CRLF, LF and a lone CR each count as one line break.
const lineBreaksIn = (chunk: string): number => {
  let count = 0;
  for (let j = 0; j < chunk.length; j++) {
    const c = chunk.charCodeAt(j);
    if (c === 10 || (c === 13 && chunk.charCodeAt(j + 1) !== 10)) count++;
  }
  return count;
};

// A quote opens a quoted field only at the very start of a field.
const fieldHasContent = (text: string, i: number): boolean =>
  i > 0 && text[i - 1] !== ',' && text[i - 1] !== '\n' && text[i - 1] !== '\r';

const NEEDS_QUOTES = /[",\r\n]/;

/** Quotes a field when it must be (a comma, quote or line break in it). */
export const csvField = (value: string): string =>
  NEEDS_QUOTES.test(value) || value.startsWith(BOM) ? `"${value.replace(/"/g, '""')}"` : value;

/** Writes records as RFC 4180 CSV: CRLF between records and after the last. */
export const serializeCsv = (records: readonly (readonly string[])[]): string =>
  records.map((fields) => `${fields.map(csvField).join(',')}\r\n`).join('');
