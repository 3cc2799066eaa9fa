import type { Role } from '@trellis/domain';

export const DEMO_PASSWORD = 'trellis-demo';

export interface DemoPerson {
  readonly key: string;
  readonly name: string;
  readonly email: string;
  readonly title: string;
  readonly team: string;
  readonly manager?: string;
  readonly roles: Role[];
  readonly hireDate: string;
}

export interface DemoOrganization {
  readonly key: string;
  readonly name: string;
  readonly slug: string;
  readonly teams: string[];
  /** Managers come before their reports. */
  readonly people: DemoPerson[];
}

// The personas of DESIGN.md; other clients and the README rely on these logins.
export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    key: 'acme',
    name: 'Acme',
    slug: 'acme',
    teams: ['Product Marketing', 'Growth', 'People', 'Operations'],
    people: [
      {
        key: 'morgan',
        name: 'Morgan Blake',
        email: 'morgan@acme.test',
        title: 'Director of Product Marketing',
        team: 'Product Marketing',
        roles: ['member'],
        hireDate: '2019-03-04',
      },
      {
        key: 'priya',
        name: 'Priya Raman',
        email: 'priya@acme.test',
        title: 'Senior Product Marketing Manager',
        team: 'Product Marketing',
        manager: 'morgan',
        roles: ['member'],
        hireDate: '2021-06-14',
      },
      {
        key: 'sam',
        name: 'Sam Okafor',
        email: 'sam@acme.test',
        title: 'Product Marketing Manager II',
        team: 'Product Marketing',
        manager: 'morgan',
        roles: ['member'],
        hireDate: '2022-09-05',
      },
      {
        key: 'jordan',
        name: 'Jordan Ellis',
        email: 'jordan@acme.test',
        title: 'Engineering Manager, Growth',
        team: 'Growth',
        roles: ['member'],
        hireDate: '2020-01-13',
      },
      {
        key: 'lee',
        name: 'Lee Park',
        email: 'lee@acme.test',
        title: 'Senior Engineer',
        team: 'Growth',
        manager: 'jordan',
        roles: ['member'],
        hireDate: '2021-02-01',
      },
      {
        key: 'harper',
        name: 'Harper Quinn',
        email: 'harper@acme.test',
        title: 'HR Business Partner',
        team: 'People',
        roles: ['member', 'hr'],
        hireDate: '2020-08-17',
      },
      {
        key: 'avery',
        name: 'Avery Stone',
        email: 'avery@acme.test',
        title: 'Organization Administrator',
        team: 'Operations',
        roles: ['member', 'admin'],
        hireDate: '2019-11-25',
      },
    ],
  },
  {
    key: 'globex',
    name: 'Globex',
    slug: 'globex',
    teams: ['People', 'Platform'],
    people: [
      {
        key: 'hana',
        name: 'Hana Sato',
        email: 'hana@globex.test',
        title: 'HR Partner',
        team: 'People',
        roles: ['member', 'hr'],
        hireDate: '2021-04-12',
      },
      {
        key: 'diego',
        name: 'Diego Alvarez',
        email: 'diego@globex.test',
        title: 'Engineering Manager, Platform',
        team: 'Platform',
        roles: ['member'],
        hireDate: '2020-05-18',
      },
      {
        key: 'mei',
        name: 'Mei Chen',
        email: 'mei@globex.test',
        title: 'Software Engineer II',
        team: 'Platform',
        manager: 'diego',
        roles: ['member'],
        hireDate: '2023-01-09',
      },
    ],
  },
];
