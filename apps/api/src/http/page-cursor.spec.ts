import { CursorPart, decodeCursorAs, encodeCursor } from './page-cursor';

const ID = '0b4a3e5e-8f3c-5d7a-9c1e-2f4b6d8a0c1e';
const instantAndId = [CursorPart.instant, CursorPart.uuid] as const;

describe('decodeCursorAs', () => {
  it('should give back the typed parts of a cursor the API issued', () => {
    const micro = encodeCursor(['2026-11-20T09:12:00.123456Z', ID]);
    expect(decodeCursorAs(micro, instantAndId)).toEqual(['2026-11-20T09:12:00.123456Z', ID]);
    const mixed = encodeCursor(['2026-11-20', 'Ada', 3, ID]);
    expect(
      decodeCursorAs(mixed, [CursorPart.date, CursorPart.text, CursorPart.integer, CursorPart.uuid]),
    ).toEqual(['2026-11-20', 'Ada', 3, ID]);
  });

  it.each([
    ['a day that does not exist', ['2026-02-31T00:00:00.000000Z', ID]],
    ['an hour that does not exist', ['2026-02-01T24:00:00.000000Z', ID]],
    ['year zero', ['0000-01-01T00:00:00.000000Z', ID]],
    ['a time without its zone', ['2026-02-01T00:00:00', ID]],
    ['a date where an instant belongs', ['2026-02-01', ID]],
    ['words', ['yesterday', ID]],
    ['a number for the time', [1_700_000_000, ID]],
    ['an id that is not a UUID', ['2026-02-01T00:00:00.000000Z', 'x']],
    ['a third part', ['2026-02-01T00:00:00.000000Z', ID, 'x']],
  ])('should refuse %s as a 422 naming the cursor', (_, key) => {
    expect(() => decodeCursorAs(encodeCursor(key), instantAndId)).toThrow(
      expect.objectContaining({ code: 'invalid', errors: [expect.objectContaining({ path: 'cursor' })] }),
    );
  });

  it('should refuse a date that does not exist and a fraction where a whole number belongs', () => {
    expect(() => decodeCursorAs(encodeCursor(['2026-02-30']), [CursorPart.date])).toThrow();
    expect(() => decodeCursorAs(encodeCursor([1.5]), [CursorPart.integer])).toThrow();
  });

  it('should refuse what is not a cursor at all', () => {
    expect(() => decodeCursorAs('not base64 json', instantAndId)).toThrow();
  });
});
