import { z } from 'zod';

import { MeSchema } from '../people/person';

export const LoginRequestSchema = z.strictObject({
  email: z.email({ error: 'Enter a valid email address' }).max(254),
  password: z.string().min(1, { error: 'Enter your password' }).max(1024),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const LoginResponseSchema = z.object({
  accessToken: z.string(),
  user: MeSchema,
});
export type LoginResponse = z.infer<typeof LoginResponseSchema>;
