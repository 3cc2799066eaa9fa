import { z } from 'zod';

import { PageQuerySchema } from '../pagination/page';
import { ROLES, RoleSchema, type Role } from '../people/person';

// The organization admin's view of people (DESIGN.md, org admin: "users, roles,
// data export and erasure"; "boring and safe").

export const PERSON_STATUSES = ['active', 'deactivated'] as const;
export const PersonStatusSchema = z.enum(PERSON_STATUSES);
export type PersonStatus = z.infer<typeof PersonStatusSchema>;

/** GET /api/admin/people: search by name or email, filter by role and status. */
export const AdminPeopleQuerySchema = PageQuerySchema.extend({
  query: z.string().trim().min(1).max(100).optional(),
  role: RoleSchema.optional(),
  status: PersonStatusSchema.optional(),
});
export type AdminPeopleQuery = z.infer<typeof AdminPeopleQuerySchema>;

const RefSchema = z.object({ id: z.uuid(), name: z.string() });

export const AdminPersonSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.email(),
    title: z.string(),
    roles: z.array(RoleSchema),
    active: z.boolean(),
    // Erased people stay as anonymous rows so that moves and counts keep adding up.
    erased: z.boolean(),
    team: RefSchema.nullable(),
    level: RefSchema.nullable(),
    manager: RefSchema.nullable(),
    hireDate: z.iso.date().nullable(),
    // The start of their newest session (a sign-in with a password), if they ever signed in.
    lastSignInAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'AdminPerson' });
export type AdminPerson = z.infer<typeof AdminPersonSchema>;

/** PATCH /api/admin/people/:id: the roles to hold (member is always kept) and/or active (an empty patch is refused). */
export const AdminPersonPatchSchema = z
  .strictObject({
    roles: z.array(RoleSchema).max(ROLES.length).optional(),
    active: z.boolean().optional(),
  })
  .meta({ id: 'AdminPersonPatch' });
export type AdminPersonPatch = z.infer<typeof AdminPersonPatchSchema>;

/** POST /api/admin/people/:id/erase: typing the person's email is the confirmation. */
export const AdminEraseInputSchema = z
  .strictObject({ confirmEmail: z.string().trim().min(1).max(320) })
  .meta({ id: 'AdminEraseInput' });
export type AdminEraseInput = z.infer<typeof AdminEraseInputSchema>;

/** Every person holds `member`; roles come back in one canonical order, without repeats. */
export const normalizeRoles = (roles: readonly Role[]): Role[] =>
  ROLES.filter((role) => role === 'member' || roles.includes(role));

// An erased person's email: unique (it carries their id) and non-routable (.invalid
// is reserved by RFC 2606), so it can never receive mail nor be signed in with.
export const ERASED_EMAIL_DOMAIN = 'erased.invalid';
export const ERASED_PERSON_NAME = 'Erased person';
export const erasedEmailOf = (personId: string): string => `erased-${personId}@${ERASED_EMAIL_DOMAIN}`;
export const isErasedEmail = (email: string): boolean => email.endsWith(`@${ERASED_EMAIL_DOMAIN}`);

/** What an admin's change would do to a person, as the rules below need it. */
export interface AdminChange {
  readonly actorId: string;
  readonly target: { readonly id: string; readonly roles: readonly Role[]; readonly active: boolean };
  /** After the change: null when the person is being erased. */
  readonly after: { readonly roles: readonly Role[]; readonly active: boolean } | null;
  /** Active admins of the organization other than the target. */
  readonly otherActiveAdmins: number;
}

/**
 * Why an admin may not make this change, or null. An admin cannot lock themselves
 * out (remove their own admin role, deactivate or erase themselves), and an
 * organization never loses its last active admin.
 */
export const adminChangeProblem = (change: AdminChange): string | null => {
  const { actorId, target, after, otherActiveAdmins } = change;
  const self = target.id === actorId;
  if (self && after === null) return 'You cannot erase yourself. Ask another admin.';
  if (self && after && !after.active) return 'You cannot deactivate yourself. Ask another admin.';
  if (self && after && !after.roles.includes('admin')) {
    return 'You cannot remove your own admin role. Ask another admin.';
  }
  const wasActiveAdmin = target.active && target.roles.includes('admin');
  const staysActiveAdmin = after !== null && after.active && after.roles.includes('admin');
  if (wasActiveAdmin && !staysActiveAdmin && otherActiveAdmins === 0) {
    return 'This is the last active admin of the organization. Make someone else an admin first.';
  }
  return null;
};
