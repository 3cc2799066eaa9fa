import { z } from 'zod';

// RFC 9457 problem details, as every error of the API is answered.
export const ProblemFieldErrorSchema = z.object({
  path: z.string(),
  message: z.string(),
});
export type ProblemFieldError = z.infer<typeof ProblemFieldErrorSchema>;

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    correlationId: z.string(),
    errors: z.array(ProblemFieldErrorSchema).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof ProblemSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const isProblem = (value: unknown): value is Problem => ProblemSchema.safeParse(value).success;
