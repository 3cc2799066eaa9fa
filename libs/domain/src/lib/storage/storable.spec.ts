import { hasNulCharacter, isStorableText, MAX_STORED_INTEGER } from './storable';

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
