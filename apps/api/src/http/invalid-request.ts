import { ZodValidationException } from 'nestjs-zod';
import { ZodError } from 'zod';

import type { ProblemFieldError } from '@trellis/domain';

/**
 * A 400 validation problem for checks a schema cannot make alone (they need the
 * database or a secret), shaped exactly like the global pipe's.
 */
export const invalidRequest = (errors: readonly ProblemFieldError[]): ZodValidationException =>
  new ZodValidationException(
    new ZodError(
      errors.map(({ path, message }) => ({
        code: 'custom' as const,
        path: path.split('.'),
        message,
        input: undefined,
      })),
    ),
  );
