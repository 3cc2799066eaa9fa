import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength } from '@trellis/domain';

import commonPasswordList from './common-passwords.json';
import { PasswordPolicy } from './password-policy';

describe('PasswordPolicy with the shipped common-password list', () => {
  const policy = new PasswordPolicy();
  const person = { email: 'priya@acme.test', name: 'Priya Raman' };

  it('should ship at least the 3,000 most common passwords the length rule lets through (ASVS 5.0 6.2.4)', () => {
    expect(policy.commonPasswordCount).toBeGreaterThanOrEqual(3000);
    expect(commonPasswordList.license).toMatch(/MIT/);
  });

  it('should hold lower-case entries of an acceptable length only, without duplicates', () => {
    const entries = commonPasswordList.passwords;
    expect(new Set(entries).size).toBe(entries.length);
    for (const entry of entries) {
      expect(entry).toBe(entry.normalize('NFKC').toLowerCase().trim());
      expect(passwordLength(entry)).toBeGreaterThanOrEqual(PASSWORD_MIN_LENGTH);
      expect(passwordLength(entry)).toBeLessThanOrEqual(PASSWORD_MAX_LENGTH);
    }
  });

  it.each(['123qweasdzxc', 'Qwerty123456', 'iloveyou1234', 'passwordpassword'])(
    'should refuse the common password %j',
    (password) => {
      expect(policy.check(password, person)).toBe('common');
    },
  );

  it('should accept an ordinary passphrase and the demo password', () => {
    expect(policy.check('plum tractor lantern', person)).toBeNull();
    expect(policy.check('trellis-demo', person)).toBeNull();
  });
});
