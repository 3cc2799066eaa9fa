import { hasNulCharacter, isStorableText, MAX_STORED_INTEGER, storableDate } from './storable';

describe('storable limits', () => {
  it('should match the largest Postgres integer', () => {
    expect(MAX_STORED_INTEGER).toBe(2 ** 31 - 1);
  });

  it.each([
    ['plain text', false],
    ['emoji 🌱 and RTL ‮', false],
    ['nul \u0000 inside', true],
  ])('should tell whether %j holds a NUL character', (text, expected) => {
    expect(hasNulCharacter(text)).toBe(expected);
  });

  it.each([
    ['plain text', true],
    ['a whole emoji 🌱', true],
    ['nul \u0000', false],
    ['lone high \uD800 surrogate', false],
    ['lone low \uDC00 surrogate', false],
    ['trailing high \uD83C', false],
  ])('should judge %j storable: %s', (text, expected) => {
    expect(isStorableText(text)).toBe(expected);
  });
});

describe('storableDate', () => {
  const date = storableDate('A date (YYYY-MM-DD)');

  it('should accept calendar dates from 1900 on', () => {
    expect(date.safeParse('1900-01-01').success).toBe(true);
    expect(date.safeParse('2026-11-22').success).toBe(true);
  });

  it('should refuse year 0000, which Postgres cannot store, and dates before 1900', () => {
    expect(date.safeParse('0000-06-01').success).toBe(false);
    expect(date.safeParse('1899-12-31').success).toBe(false);
  });

  it('should refuse what is not a date with the given message', () => {
    expect(date.safeParse('22/11/2026').error?.issues[0]?.message).toBe('A date (YYYY-MM-DD)');
  });
});
