import { membersOf, type PersonSeed } from '../seed-model';

// Engineering: Rafael was hired from outside in 2023 to lead it; Ingrid is the
// long-standing architect.
const ENGINEERING: PersonSeed[] = [
  membersOf('Engineering')('rafael', 'Rafael Mendes', ['2023-12-04', 'hire', 'director-of-engineering']),
  {
    ...membersOf('Engineering', 'rafael')(
      'ingrid',
      'Ingrid Solberg',
      ['2017-10-02', 'hire', 'senior-engineer'],
      ['2021-03-01', 'promotion', 'staff-engineer'],
    ),
    title: 'Staff Engineer, Architecture',
  },
];

// Growth promotes from within: seven promotions in three years, its staff
// seat went to Amara, and Jordan switched from Senior Engineer to manager.
const growthByJordan = membersOf('Growth', 'jordan');
const GROWTH: PersonSeed[] = [
  {
    key: 'jordan',
    name: 'Jordan Ellis',
    email: 'jordan@acme.test',
    title: 'Engineering Manager, Growth',
    team: 'Growth',
    roles: ['member'],
    login: true,
    career: [
      ['2020-01-13', 'hire', 'engineer-2'],
      ['2021-07-01', 'promotion', 'senior-engineer'],
      ['2024-02-05', 'track_switch', 'engineering-manager'],
    ],
  },
  {
    key: 'lee',
    name: 'Lee Park',
    email: 'lee@acme.test',
    title: 'Senior Engineer',
    team: 'Growth',
    manager: 'jordan',
    roles: ['member'],
    login: true,
    career: [
      ['2021-02-01', 'hire', 'engineer-2'],
      ['2025-03-03', 'promotion', 'senior-engineer'],
    ],
  },
  growthByJordan(
    'amara',
    'Amara Nwosu',
    ['2019-08-05', 'hire', 'engineer-2'],
    ['2021-09-01', 'promotion', 'senior-engineer'],
    ['2024-06-03', 'promotion', 'staff-engineer'],
  ),
  growthByJordan(
    'marcus',
    'Marcus Johnson',
    ['2020-10-19', 'hire', 'engineer-1'],
    ['2022-04-01', 'promotion', 'engineer-2'],
    ['2024-10-01', 'promotion', 'senior-engineer'],
  ),
  growthByJordan(
    'mateo',
    'Mateo Rossi',
    ['2022-01-10', 'hire', 'engineer-1'],
    ['2023-12-04', 'promotion', 'engineer-2'],
    ['2026-03-02', 'promotion', 'senior-engineer'],
  ),
  growthByJordan(
    'oscar',
    'Oscar Martínez',
    ['2021-06-07', 'hire', 'engineer-1'],
    ['2023-11-27', 'promotion', 'engineer-2'],
  ),
  growthByJordan(
    'chen',
    'Chen Wei',
    ['2022-06-06', 'hire', 'engineer-1', 'Platform'],
    ['2023-10-02', 'promotion', 'engineer-2'],
    ['2024-11-04', 'lateral', 'engineer-2', 'Growth'],
  ),
  growthByJordan(
    'zara',
    'Zara Ahmed',
    ['2024-01-15', 'hire', 'engineer-1'],
    ['2025-07-01', 'promotion', 'engineer-2'],
  ),
  growthByJordan('noah', 'Noah Fischer', ['2023-04-03', 'hire', 'engineer-2']),
  growthByJordan('keiko', 'Keiko Yamamoto', ['2025-02-17', 'hire', 'engineer-1']),
  growthByJordan('leila', 'Leila Farahani', ['2025-09-08', 'hire', 'engineer-2']),
];

// Platform hires its leads from outside: every manager and staff seat went to
// an external hire, one promotion in three years, and three engineers left
// after more than three years at the same level.
const platformByViktor = membersOf('Platform', 'viktor');
const platformByGrace = membersOf('Platform', 'grace');
const PLATFORM: PersonSeed[] = [
  {
    ...membersOf('Platform', 'rafael')('viktor', 'Viktor Lindqvist', [
      '2024-01-08',
      'hire',
      'senior-engineering-manager',
    ]),
    title: 'Senior Engineering Manager, Platform',
  },
  {
    ...platformByViktor('grace', 'Grace Oyelaran', ['2024-06-17', 'hire', 'engineering-manager']),
    title: 'Engineering Manager, Platform',
  },
  platformByViktor('arjun', 'Arjun Mehta', ['2025-02-10', 'hire', 'staff-engineer']),
  platformByViktor('paulo', 'Paulo Santos', ['2020-11-02', 'hire', 'senior-engineer']),
  platformByViktor(
    'stefan',
    'Stefan Kowalski',
    ['2022-05-09', 'hire', 'engineering-manager'],
    ['2024-04-30', 'exit'],
  ),
  membersOf('Platform', 'stefan')(
    'ravi',
    'Ravi Shankar',
    ['2019-06-03', 'hire', 'engineer-2'],
    ['2024-03-29', 'exit'],
  ),
  platformByGrace('sophie', 'Sophie Laurent', ['2019-05-06', 'hire', 'senior-engineer']),
  platformByGrace('tariq', 'Tariq Aziz', ['2021-03-15', 'hire', 'engineer-2']),
  platformByGrace('dmitri', 'Dmitri Volkov', ['2022-01-24', 'hire', 'engineer-2']),
  platformByGrace('hannah', 'Hannah Schmidt', ['2022-08-01', 'hire', 'engineer-2']),
  platformByGrace(
    'jonas',
    'Jonas Berg',
    ['2023-02-13', 'hire', 'engineer-1'],
    ['2025-04-01', 'promotion', 'engineer-2'],
  ),
  platformByGrace('emeka', 'Emeka Obi', ['2024-09-16', 'hire', 'engineer-1']),
  platformByGrace('lina', 'Lina Petrova', ['2025-05-05', 'hire', 'senior-engineer']),
  platformByGrace('kavya', 'Kavya Reddy', ['2025-10-06', 'hire', 'engineer-1']),
  platformByGrace('victor', 'Victor Chukwu', ['2026-06-01', 'hire', 'engineer-1']),
  platformByGrace(
    'elena',
    'Elena Popescu',
    ['2020-09-14', 'hire', 'senior-engineer'],
    ['2024-09-27', 'exit'],
  ),
  {
    ...platformByGrace(
      'michael',
      "Michael O'Brien",
      ['2021-11-01', 'hire', 'engineer-2'],
      ['2026-02-27', 'exit'],
    ),
    email: 'michael.obrien@acme.test',
  },
];

// Mobile: track switches both ways. Kwame, its manager since 2020, went back
// to IC work as a staff engineer and Sofia, a senior engineer, took his seat.
const mobileBySofia = membersOf('Mobile', 'sofia');
const MOBILE: PersonSeed[] = [
  {
    ...membersOf('Mobile', 'rafael')(
      'sofia',
      'Sofia Marquez',
      ['2020-06-15', 'hire', 'engineer-2'],
      ['2022-07-01', 'promotion', 'senior-engineer'],
      ['2025-04-07', 'track_switch', 'engineering-manager'],
    ),
    title: 'Engineering Manager, Mobile',
  },
  {
    ...membersOf('Mobile', 'rafael')(
      'kwame',
      'Kwame Asante',
      ['2020-03-02', 'hire', 'engineering-manager'],
      ['2025-04-07', 'track_switch', 'staff-engineer'],
    ),
    title: 'Staff Engineer, Mobile',
  },
  mobileBySofia(
    'isaac',
    'Isaac Levi',
    ['2021-01-11', 'hire', 'engineer-2'],
    ['2024-07-01', 'promotion', 'senior-engineer'],
  ),
  mobileBySofia(
    'ana',
    'Ana Lima',
    ['2023-09-04', 'hire', 'engineer-1'],
    ['2025-03-03', 'promotion', 'engineer-2'],
  ),
  mobileBySofia('mina', 'Mina Choi', ['2022-02-14', 'hire', 'engineer-2']),
  mobileBySofia('omar', 'Omar Khalil', ['2023-11-27', 'hire', 'senior-engineer']),
  mobileBySofia('tyler', 'Tyler Nguyen', ['2025-06-02', 'hire', 'engineer-1']),
  mobileBySofia('aaliyah', 'Aaliyah Robinson', ['2026-04-06', 'hire', 'engineer-1']),
];

// Payments: Astrid switched to manager in 2023 and left this autumn after
// more than three years in the seat; her reports sit with Rafael until the
// open Engineering Manager seat is filled (Daniela is the internal bench).
const paymentsByRafael = membersOf('Payments', 'rafael');
const PAYMENTS: PersonSeed[] = [
  {
    ...paymentsByRafael(
      'astrid',
      'Astrid Nilsson',
      ['2021-05-03', 'hire', 'senior-engineer'],
      ['2023-01-09', 'track_switch', 'engineering-manager'],
      ['2026-09-30', 'exit'],
    ),
    title: 'Engineering Manager, Payments',
  },
  paymentsByRafael(
    'daniela',
    'Daniela Vargas',
    ['2020-08-03', 'hire', 'engineer-2'],
    ['2023-03-01', 'promotion', 'senior-engineer'],
  ),
  paymentsByRafael('hamza', 'Hamza Qureshi', ['2022-10-10', 'hire', 'senior-engineer']),
  paymentsByRafael('clara', 'Clara Dubois', ['2024-11-11', 'hire', 'senior-engineer']),
  paymentsByRafael(
    'julia',
    'Julia Nowak',
    ['2022-03-21', 'hire', 'engineer-1'],
    ['2024-05-01', 'promotion', 'engineer-2'],
  ),
  paymentsByRafael(
    'rahul',
    'Rahul Iyer',
    ['2023-06-12', 'hire', 'engineer-1'],
    ['2025-06-02', 'promotion', 'engineer-2'],
  ),
  paymentsByRafael('felix', 'Felix Wagner', ['2024-04-15', 'hire', 'engineer-2']),
  paymentsByRafael('nia', 'Nia Thompson', ['2025-01-20', 'hire', 'engineer-1']),
];

export const ACME_ENGINEERING_PEOPLE: PersonSeed[] = [
  ...ENGINEERING,
  ...GROWTH,
  ...PLATFORM,
  ...MOBILE,
  ...PAYMENTS,
];
