import { ROLES, type Role } from '../people/person';
import {
  hasPermission,
  PERMISSIONS,
  permissionsOf,
  RELATION_PERMISSIONS,
  RELATIONS,
  ROLE_PERMISSIONS,
  type Permission,
  type Relation,
} from './permissions';

describe('permissions', () => {
  it.each<[Role[], Permission, Relation | undefined, boolean]>([
    [['member'], 'frameworks:read', undefined, true],
    // Role-wide denials: an IC calling an HR or admin endpoint.
    [['member'], 'mobility:read', undefined, false],
    [['member'], 'audit:read', undefined, false],
    [['member', 'hr'], 'mobility:read', undefined, true],
    [['member', 'hr'], 'positions:manage', undefined, true],
    [['member', 'hr'], 'audit:read', undefined, false],
    [['member', 'admin'], 'audit:read', undefined, true],
    [['member', 'admin'], 'mobility:read', undefined, false],
    [['member', 'hr'], 'people:import', undefined, true],
    [['member', 'admin'], 'people:import', undefined, true],
    // Relationship rights.
    [['member'], 'aspiration:write', 'self', true],
    [['member'], 'aspiration:write', 'direct_manager', false],
    [['member'], 'evidence:review', 'direct_manager', true],
    [['member'], 'evidence:review', 'indirect_manager', false],
    [['member'], 'evidence:review', 'self', false],
    [['member'], 'readiness:read', 'indirect_manager', true],
    // HR reads summaries, not the evidence of people they do not manage.
    [['member', 'hr'], 'evidence:read', undefined, false],
  ])('should give %j the right %s as %s: %s', (roles, permission, relation, allowed) => {
    expect(hasPermission(roles, permission, relation)).toBe(allowed);
  });

  it('should grant only known permissions', () => {
    const granted = [
      ...ROLES.flatMap((role) => ROLE_PERMISSIONS[role]),
      ...RELATIONS.flatMap((relation) => RELATION_PERMISSIONS[relation]),
    ];
    expect(granted.every((permission) => PERMISSIONS.includes(permission))).toBe(true);
  });

  it('should merge role and relation rights', () => {
    expect([...permissionsOf(['member', 'hr'], 'self')]).toEqual(
      expect.arrayContaining(['mobility:read', 'evidence:write']),
    );
  });

  it('should let no role or relation read private notes: there is no such permission', () => {
    expect(PERMISSIONS.some((permission) => permission.includes('private'))).toBe(false);
  });
});
