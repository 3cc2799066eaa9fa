import type { AdminPerson, Role } from '@trellis/domain';

export const ROLE_LABELS: Readonly<Record<Role, string>> = { member: 'Member', hr: 'HR', admin: 'Admin' };

export const statusOf = (person: Pick<AdminPerson, 'active' | 'erased'>): string =>
  person.erased ? 'Erased' : person.active ? 'Active' : 'Deactivated';
