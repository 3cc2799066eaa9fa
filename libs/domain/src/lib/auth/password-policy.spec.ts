import fc from 'fast-check';

import {
  checkPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PasswordChangeRequestSchema,
  PasswordContext,
  passwordLength,
} from './password-policy';

const context: PasswordContext = {
  email: 'priya.raman@acme.test',
  name: 'Priya Raman',
  commonPasswords: new Set(['qwertyuiopasdf', 'iloveyou12345', 'correct horse battery staple']),
};

describe('checkPassword', () => {
  it.each([
    ['eleven char', 'too_short'],
    ['a'.repeat(PASSWORD_MAX_LENGTH + 1), 'too_long'],
    ['QwertyUiopAsdf', 'common'],
    ['Correct Horse Battery Staple', 'common'],
    ['iloveyou 12345', 'common'],
    ['priya.raman@acme.test', 'personal'],
    ['PRIYA.RAMAN ', 'personal'],
    ['Priya  Raman', 'personal'],
    ['priyaraman', 'too_short'],
    ['aaaaaaaaaaaaaa', 'repetitive'],
    ['abcdabcdabcdabcd', 'repetitive'],
    ['ab ab ab ab ab ab ', 'repetitive'],
  ])('should refuse %j as %s', (password, rejection) => {
    expect(checkPassword(password, context)).toBe(rejection);
  });

  it.each([
    'twelve chars',
    'plum tractor lantern',
    '🌱🌱🌱 growing up the trellis',
    'x'.repeat(11) + 'y',
    'é'.repeat(6) + 'ü'.repeat(6),
  ])('should accept %j', (password) => {
    expect(checkPassword(password, context)).toBeNull();
  });

  it('should allow 64 and 128 characters of anything, spaces included', () => {
    expect(
      checkPassword('the quick brown fox jumps over the lazy dog, twice, '.padEnd(64, 'z'), context),
    ).toBeNull();
    expect(
      checkPassword('0123456789abcdefghij klmnopqrstuvwxyz'.repeat(4).slice(0, 128), context),
    ).toBeNull();
  });

  it('should count characters as people do, not UTF-16 units', () => {
    expect(passwordLength('🌱')).toBe(1);
    expect(checkPassword('🌱'.repeat(6) + 'abcde', context)).toBe('too_short');
  });

  it('should never refuse a long password of unrelated characters for its composition', () => {
    // No composition rules: any password of acceptable length that is not in the
    // list, not personal and not a short repeated unit passes, whatever it is made of.
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH }),
        (password) => {
          fc.pre(
            passwordLength(password) >= PASSWORD_MIN_LENGTH &&
              passwordLength(password) <= PASSWORD_MAX_LENGTH,
          );
          const rejection = checkPassword(password, context);
          expect(rejection === null || rejection === 'repetitive' || rejection === 'common').toBe(true);
        },
      ),
    );
  });
});

describe('PasswordChangeRequestSchema', () => {
  it('should name every bad field at once', () => {
    const result = PasswordChangeRequestSchema.safeParse({ currentPassword: '', newPassword: 'short' });
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'currentPassword',
      'newPassword',
    ]);
  });

  it('should refuse an over-long new password with one message', () => {
    const result = PasswordChangeRequestSchema.safeParse({
      currentPassword: 'trellis-demo',
      newPassword: 'x'.repeat(PASSWORD_MAX_LENGTH + 1),
    });
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.message).toMatch(/at most 128/);
  });

  it('should reject unknown fields', () => {
    const result = PasswordChangeRequestSchema.safeParse({
      currentPassword: 'trellis-demo',
      newPassword: 'plum tractor lantern',
      personId: 'someone else',
    });
    expect(result.success).toBe(false);
  });

  it('should accept a well-formed change', () => {
    expect(
      PasswordChangeRequestSchema.parse({
        currentPassword: 'trellis-demo',
        newPassword: 'plum tractor lantern',
      }),
    ).toEqual({ currentPassword: 'trellis-demo', newPassword: 'plum tractor lantern' });
  });
});
