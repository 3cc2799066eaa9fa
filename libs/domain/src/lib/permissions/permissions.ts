import type { Role } from '../people/person';

// One vocabulary of rights: the API's guards check these names and the web
// hides the actions a user lacks (CONVENTIONS.md). Two sources grant them:
// - system roles, for role-wide rights (an IC calling an HR endpoint gets 403);
// - the viewer's relation to the person whose record it is, for everything
//   scoped (outside your scope a record does not exist: 404, decided by the
//   scope check, not here).
// Deliberately absent: any permission to read someone else's private notes.

export const PERMISSIONS = [
  'frameworks:read',
  'frameworks:edit',
  'people:import',
  'mobility:read',
  'positions:read',
  'positions:manage',
  'readiness-summaries:read',
  'conversation-coverage:read',
  'audit:read',
  'users:manage',
  'org-data:export',
  'person-data:erase',
  'own-data:export',
  'aspiration:read',
  'aspiration:write',
  'growth-plan:read',
  'growth-plan:write',
  'evidence:read',
  'evidence:write',
  'evidence:review',
  'readiness:read',
  'conversation:request',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  member: ['frameworks:read', 'own-data:export'],
  hr: [
    'frameworks:edit',
    'people:import',
    'mobility:read',
    'positions:read',
    'positions:manage',
    'readiness-summaries:read',
    'conversation-coverage:read',
  ],
  admin: ['people:import', 'audit:read', 'users:manage', 'org-data:export', 'person-data:erase'],
};

// How the viewer stands to the person whose record is at stake.
export const RELATIONS = ['self', 'direct_manager', 'indirect_manager'] as const;
export type Relation = (typeof RELATIONS)[number];

export const RELATION_PERMISSIONS: Readonly<Record<Relation, readonly Permission[]>> = {
  self: [
    'aspiration:read',
    'aspiration:write',
    'growth-plan:read',
    'growth-plan:write',
    'evidence:read',
    'evidence:write',
    'readiness:read',
    'conversation:request',
  ],
  // Only the direct manager reviews evidence and holds career conversations.
  direct_manager: [
    'aspiration:read',
    'growth-plan:read',
    'evidence:read',
    'evidence:review',
    'readiness:read',
    'conversation:request',
  ],
  indirect_manager: ['aspiration:read', 'growth-plan:read', 'evidence:read', 'readiness:read'],
};

export const permissionsOf = (roles: readonly Role[], relation?: Relation): ReadonlySet<Permission> =>
  new Set([
    ...roles.flatMap((role) => ROLE_PERMISSIONS[role]),
    ...(relation ? RELATION_PERMISSIONS[relation] : []),
  ]);

export const hasPermission = (roles: readonly Role[], permission: Permission, relation?: Relation): boolean =>
  permissionsOf(roles, relation).has(permission);
