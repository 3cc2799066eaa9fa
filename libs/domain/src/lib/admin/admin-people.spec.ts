import {
  adminChangeProblem,
  AdminPersonPatchSchema,
  erasedEmailOf,
  isErasedEmail,
  normalizeRoles,
  type AdminChange,
} from './admin-people';

const ME = 'me';
const admin = { id: 'a', roles: ['member', 'admin'] as const, active: true };

describe('adminChangeProblem', () => {
  const change = (overrides: Partial<AdminChange>): AdminChange => ({
    actorId: ME,
    target: { ...admin, roles: [...admin.roles] },
    after: { roles: ['member'], active: true },
    otherActiveAdmins: 1,
    ...overrides,
  });

  it.each([
    [
      'remove their own admin role',
      {
        target: { ...admin, id: ME, roles: ['member', 'admin'] },
        after: { roles: ['member'], active: true },
      },
      'You cannot remove your own admin role. Ask another admin.',
    ],
    [
      'deactivate themselves',
      {
        target: { ...admin, id: ME, roles: ['member', 'admin'] },
        after: { roles: ['member', 'admin'], active: false },
      },
      'You cannot deactivate yourself. Ask another admin.',
    ],
    [
      'erase themselves',
      { target: { ...admin, id: ME, roles: ['member', 'admin'] }, after: null },
      'You cannot erase yourself. Ask another admin.',
    ],
    [
      'demote the last active admin',
      { otherActiveAdmins: 0 },
      'This is the last active admin of the organization. Make someone else an admin first.',
    ],
    [
      'erase the last active admin',
      { otherActiveAdmins: 0, after: null },
      'This is the last active admin of the organization. Make someone else an admin first.',
    ],
  ] as const)('should not let an admin %s', (_, overrides, problem) => {
    expect(adminChangeProblem(change(overrides as Partial<AdminChange>))).toBe(problem);
  });

  it.each([
    ['demote another admin while one remains', {}],
    ['change a member', { target: { id: 'b', roles: ['member'], active: true }, otherActiveAdmins: 0 }],
    [
      'keep their own admin role while adding hr',
      {
        target: { ...admin, id: ME, roles: ['member', 'admin'] },
        after: { roles: ['member', 'hr', 'admin'], active: true },
      },
    ],
    [
      'demote an inactive last admin',
      { target: { ...admin, roles: ['member', 'admin'], active: false }, otherActiveAdmins: 0 },
    ],
  ] as const)('should let an admin %s', (_, overrides) => {
    expect(adminChangeProblem(change(overrides as Partial<AdminChange>))).toBeNull();
  });
});

describe('normalizeRoles', () => {
  it('should always hold member, in one order, without repeats', () => {
    expect(normalizeRoles([])).toEqual(['member']);
    expect(normalizeRoles(['admin', 'hr', 'admin'])).toEqual(['member', 'hr', 'admin']);
  });
});

describe('erased emails', () => {
  it('should be unique per person and unroutable', () => {
    expect(erasedEmailOf('123')).toBe('erased-123@erased.invalid');
    expect(isErasedEmail(erasedEmailOf('123'))).toBe(true);
    expect(isErasedEmail('sam@acme.test')).toBe(false);
  });
});

describe('AdminPersonPatchSchema', () => {
  it('should refuse unknown fields and unknown roles', () => {
    expect(AdminPersonPatchSchema.safeParse({ roles: ['hr'], active: false }).success).toBe(true);
    expect(AdminPersonPatchSchema.safeParse({ roles: ['owner'] }).success).toBe(false);
    expect(AdminPersonPatchSchema.safeParse({ active: true, name: 'x' }).success).toBe(false);
  });
});
