import { z } from 'zod';

// System roles. "Manager" is deliberately not a role: a person manages whoever
// reports to them (DESIGN.md, Person).
export const ROLES = ['member', 'hr', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const PersonSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.email(),
    title: z.string(),
    teamId: z.uuid().nullable(),
    managerId: z.uuid().nullable(),
    levelId: z.uuid().nullable(),
  })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof PersonSchema>;

export const MeSchema = PersonSchema.extend({
  roles: z.array(RoleSchema),
  manager: PersonSchema.nullable(),
  directReports: z.array(PersonSchema),
});
export type Me = z.infer<typeof MeSchema>;
