import type { Me, Person } from '@trellis/domain';

// Test data shaped like the demo organization (DESIGN.md).
let sequence = 0;
const nextId = () => `00000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;

export const aPerson = (overrides: Partial<Person> = {}): Person => ({
  id: nextId(),
  name: 'Sam Okafor',
  email: 'sam@acme.test',
  title: 'Product Marketing Manager II',
  teamId: null,
  managerId: null,
  levelId: null,
  ...overrides,
});

export const aMe = (overrides: Partial<Me> = {}): Me => ({
  ...aPerson({ name: 'Priya Raman', email: 'priya@acme.test', title: 'Senior Product Marketing Manager' }),
  roles: ['member'],
  manager: null,
  directReports: [],
  ...overrides,
});
