import { membersOf, type PersonSeed, type TeamSeed } from '../seed-model';

export const ACME_TEAMS: TeamSeed[] = [
  { name: 'Product Marketing', lead: 'morgan' },
  { name: 'Product Management', lead: 'nadia' },
  { name: 'Engineering', lead: 'rafael' },
  { name: 'Growth', parent: 'Engineering', lead: 'jordan' },
  { name: 'Platform', parent: 'Engineering', lead: 'viktor' },
  { name: 'Mobile', parent: 'Engineering', lead: 'sofia' },
  // Its manager left in September; the seat is open (see positions-notifications.ts).
  { name: 'Payments', parent: 'Engineering' },
  { name: 'People', lead: 'harper' },
  { name: 'Operations', lead: 'avery' },
];

// Product Marketing: a mix. Morgan, Priya and Sam were promoted from within,
// but the one Lead PMM seat went to an outside hire who left, two PMMs left
// after sitting more than three years at one level, and two moved to Product
// Management, the path Sam wants to take.
const pmmByMorgan = membersOf('Product Marketing', 'morgan');
const PRODUCT_MARKETING: PersonSeed[] = [
  {
    key: 'morgan',
    name: 'Morgan Blake',
    email: 'morgan@acme.test',
    title: 'Director of Product Marketing',
    team: 'Product Marketing',
    roles: ['member'],
    login: true,
    career: [
      ['2019-03-04', 'hire', 'pmm-manager'],
      ['2022-02-01', 'promotion', 'pmm-senior-manager'],
      ['2025-01-06', 'promotion', 'pmm-director'],
    ],
  },
  {
    key: 'priya',
    name: 'Priya Raman',
    email: 'priya@acme.test',
    title: 'Senior Product Marketing Manager',
    team: 'Product Marketing',
    manager: 'morgan',
    roles: ['member'],
    login: true,
    career: [
      ['2021-06-14', 'hire', 'pmm-2'],
      ['2024-04-01', 'promotion', 'senior-pmm'],
    ],
  },
  {
    key: 'sam',
    name: 'Sam Okafor',
    email: 'sam@acme.test',
    title: 'Product Marketing Manager II',
    team: 'Product Marketing',
    manager: 'morgan',
    roles: ['member'],
    login: true,
    career: [
      ['2022-09-05', 'hire', 'pmm-1'],
      ['2024-09-02', 'promotion', 'pmm-2'],
    ],
  },
  pmmByMorgan('greta', 'Greta Lindholm', ['2019-09-09', 'hire', 'senior-pmm'], ['2023-12-15', 'exit']),
  pmmByMorgan('daniel', 'Daniel Hofmann', ['2020-02-10', 'hire', 'pmm-2'], ['2024-05-31', 'exit']),
  pmmByMorgan('renata', 'Renata Oliveira', ['2024-02-05', 'hire', 'lead-pmm'], ['2025-10-17', 'exit']),
];

// Product Management: Nadia grew from Senior PM to Director here; Mariana
// switched from IC to manager; Ethan's manager seat was filled from outside;
// two PMMs joined laterally; one PM left after four years at the same level.
const pmByNadia = membersOf('Product Management', 'nadia');
const pmByEthan = membersOf('Product Management', 'ethan');
const pmByMariana = membersOf('Product Management', 'mariana');
const PRODUCT_MANAGEMENT: PersonSeed[] = [
  membersOf('Product Management')(
    'nadia',
    'Nadia Haddad',
    ['2018-05-14', 'hire', 'senior-pm'],
    ['2020-06-01', 'track_switch', 'pm-manager'],
    ['2022-04-01', 'promotion', 'pm-senior-manager'],
    ['2024-09-02', 'promotion', 'director-of-product'],
  ),
  pmByNadia('ethan', 'Ethan Brooks', ['2024-03-11', 'hire', 'pm-manager']),
  pmByNadia(
    'mariana',
    'Mariana Costa',
    ['2021-08-16', 'hire', 'pm'],
    ['2023-06-01', 'promotion', 'senior-pm'],
    ['2025-02-03', 'track_switch', 'pm-manager'],
  ),
  pmByEthan(
    'tomas',
    'Tomás Ribeiro',
    ['2021-10-04', 'hire', 'pmm-1', 'Product Marketing'],
    ['2023-05-01', 'promotion', 'pmm-2'],
    ['2024-06-03', 'lateral', 'pm', 'Product Management'],
  ),
  pmByEthan('yuki', 'Yuki Tanaka', ['2022-11-07', 'hire', 'pm'], ['2025-04-01', 'promotion', 'senior-pm']),
  pmByEthan('sara', 'Sara Lindgren', ['2022-05-02', 'hire', 'apm'], ['2024-02-01', 'promotion', 'pm']),
  pmByEthan('elif', 'Elif Demir', ['2023-03-20', 'hire', 'pm']),
  pmByEthan('camille', 'Camille Martin', ['2024-10-07', 'hire', 'senior-pm']),
  pmByEthan('samuel', 'Samuel Mwangi', ['2025-07-14', 'hire', 'apm']),
  pmByEthan('owen', 'Owen Gallagher', ['2020-04-06', 'hire', 'pm'], ['2024-08-30', 'exit']),
  pmByMariana(
    'ben',
    'Ben Carter',
    ['2019-02-04', 'hire', 'senior-pm'],
    ['2023-12-04', 'promotion', 'lead-pm'],
  ),
  pmByMariana(
    'aisha',
    'Aisha Bello',
    ['2022-03-07', 'hire', 'pmm-2', 'Product Marketing'],
    ['2024-01-08', 'promotion', 'senior-pmm'],
    ['2025-08-04', 'lateral', 'senior-pm', 'Product Management'],
  ),
  pmByMariana('lucia', 'Lucía Fernández', ['2023-07-10', 'hire', 'apm'], ['2025-01-13', 'promotion', 'pm']),
  pmByMariana('hyunwoo', 'Hyun-woo Kim', ['2024-08-19', 'hire', 'pm']),
  pmByMariana('jamal', 'Jamal Wright', ['2026-01-12', 'hire', 'apm']),
];

// People and Operations sit outside the career ladder: no level, no moves.
export const ACME_PEOPLE_AND_OPERATIONS: PersonSeed[] = [
  {
    key: 'harper',
    name: 'Harper Quinn',
    email: 'harper@acme.test',
    title: 'HR Business Partner',
    team: 'People',
    roles: ['member', 'hr'],
    login: true,
    hireDate: '2020-08-17',
    career: [],
  },
  {
    key: 'rosa',
    name: 'Rosa Delgado',
    title: 'People Operations Specialist',
    team: 'People',
    manager: 'harper',
    hireDate: '2022-01-10',
    career: [],
  },
  {
    key: 'kenji',
    name: 'Kenji Watanabe',
    title: 'Talent Acquisition Partner',
    team: 'People',
    manager: 'harper',
    hireDate: '2023-05-15',
    career: [],
  },
  {
    key: 'avery',
    name: 'Avery Stone',
    email: 'avery@acme.test',
    title: 'Organization Administrator',
    team: 'Operations',
    roles: ['member', 'admin'],
    login: true,
    hireDate: '2019-11-25',
    career: [],
  },
  {
    key: 'bilal',
    name: 'Bilal Hussain',
    title: 'IT Operations Specialist',
    team: 'Operations',
    manager: 'avery',
    hireDate: '2021-09-20',
    career: [],
  },
];

export const ACME_PRODUCT_PEOPLE: PersonSeed[] = [...PRODUCT_MARKETING, ...PRODUCT_MANAGEMENT];
