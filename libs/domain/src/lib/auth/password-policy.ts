import { z } from 'zod';

// OWASP ASVS 5.0 level 2 (V6.2): at least 12 characters, at least 64 allowed, no
// composition rules (no "one digit, one symbol"), and the password is checked
// against common passwords and the person's own details.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Length as a person counts it: in Unicode code points, so an emoji is one character. */
export const passwordLength = (password: string): number => [...password].length;

export interface PasswordContext {
  readonly email: string;
  readonly name: string;
  /** Common passwords, lower-case. Data handed in, so that the rule stays pure. */
  readonly commonPasswords: ReadonlySet<string>;
}

export type PasswordRejection = 'too_short' | 'too_long' | 'common' | 'personal' | 'repetitive';

export const PASSWORD_REJECTION_MESSAGES: Record<PasswordRejection, string> = {
  too_short: `Use at least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a good password.`,
  too_long: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  common: 'This password is one of the most common ones. Choose one that is harder to guess.',
  personal: 'Do not use your name or email address as your password.',
  repetitive: 'This password only repeats a few characters. Choose one that is harder to guess.',
};

const comparable = (text: string): string => text.normalize('NFKC').toLowerCase().trim();
const withoutSpaces = (text: string): string => text.replace(/\s+/gu, '');

const personalVariants = (context: PasswordContext): Set<string> => {
  const email = comparable(context.email);
  const name = comparable(context.name);
  return new Set([email, email.split('@')[0] ?? '', name, withoutSpaces(name)].filter(Boolean));
};

/** Why a new password is refused, or null when it is acceptable. Checks length first. */
export const checkPassword = (password: string, context: PasswordContext): PasswordRejection | null => {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  const lowered = password.normalize('NFKC').toLowerCase();
  const candidate = lowered.trim();
  if (context.commonPasswords.has(candidate) || context.commonPasswords.has(withoutSpaces(candidate))) {
    return 'common';
  }
  const personal = personalVariants(context);
  if (personal.has(candidate) || personal.has(withoutSpaces(candidate))) return 'personal';
  // "aaaaaaaaaaaa", "abababababab", "abcdabcdabcd": one short unit, repeated.
  if (/^(.{1,4})\1+$/su.test(lowered)) return 'repetitive';
  return null;
};

// The part of the policy that needs no context, so that a request body is checked
// (and every field reported) before the current password is verified.
export const NewPasswordSchema = z
  .string()
  .superRefine((password, ctx) => {
    const length = passwordLength(password);
    if (length < PASSWORD_MIN_LENGTH) {
      ctx.addIssue({ code: 'custom', message: PASSWORD_REJECTION_MESSAGES.too_short });
    } else if (length > PASSWORD_MAX_LENGTH) {
      ctx.addIssue({ code: 'custom', message: PASSWORD_REJECTION_MESSAGES.too_long });
    }
  })
  .describe(
    `${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters, any characters; common passwords and your own name or email are refused`,
  );

export const PasswordChangeRequestSchema = z.strictObject({
  currentPassword: z.string().min(1, { error: 'Enter your current password' }).max(1024),
  newPassword: NewPasswordSchema,
});
export type PasswordChangeRequest = z.infer<typeof PasswordChangeRequestSchema>;
