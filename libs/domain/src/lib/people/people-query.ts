import { z } from 'zod';

import { PageQuerySchema } from '../pagination/page';

/** GET /api/people: the directory within your scope, by name. */
export const PeopleQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().min(1).max(100).optional(),
  teamId: z.uuid({ error: 'teamId must be a team id' }).optional(),
});
export type PeopleQuery = z.infer<typeof PeopleQuerySchema>;
