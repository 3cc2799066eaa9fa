import { isErasedEmail, normalizeRoles, type AdminPerson } from '@trellis/domain';

import type { AdminPersonRow } from './admin-people.repository';

/** Row → AdminPerson, field by field: a column added to the query never leaks by being there. */
export const toAdminPerson = (row: AdminPersonRow): AdminPerson => ({
  id: row.id,
  name: row.name,
  email: row.email,
  title: row.title,
  roles: normalizeRoles(row.roles),
  active: row.active,
  erased: isErasedEmail(row.email),
  team: row.team_id ? { id: row.team_id, name: row.team_name ?? '' } : null,
  level: row.level_id ? { id: row.level_id, name: row.level_name ?? '' } : null,
  manager: row.manager_id ? { id: row.manager_id, name: row.manager_name ?? '' } : null,
  hireDate: row.hire_date,
  lastSignInAt: row.last_sign_in_at ? new Date(row.last_sign_in_at).toISOString() : null,
});
