import { hasNulCharacter, MAX_STORED_INTEGER } from './storable';

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
});
