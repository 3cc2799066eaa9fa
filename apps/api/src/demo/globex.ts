import { membersOf, type OrganizationSeed } from './seed-model';

const platformByDiego = membersOf('Platform', 'diego');

/** Globex: a second, small tenant, so that isolation tests have real rows on both sides. */
export const GLOBEX: OrganizationSeed = {
  key: 'globex',
  name: 'Globex',
  slug: 'globex',
  teams: [
    { name: 'People', lead: 'hana' },
    { name: 'Platform', lead: 'diego' },
    { name: 'Product', lead: 'imran' },
  ],
  people: [
    {
      key: 'hana',
      name: 'Hana Sato',
      email: 'hana@globex.test',
      title: 'HR Partner',
      team: 'People',
      roles: ['member', 'hr'],
      login: true,
      hireDate: '2021-04-12',
      career: [],
    },
    {
      key: 'diego',
      name: 'Diego Alvarez',
      email: 'diego@globex.test',
      title: 'Engineering Manager, Platform',
      team: 'Platform',
      roles: ['member'],
      login: true,
      career: [
        ['2020-05-18', 'hire', 'senior-engineer'],
        ['2024-03-04', 'track_switch', 'engineering-manager'],
      ],
    },
    {
      key: 'mei',
      name: 'Mei Chen',
      email: 'mei@globex.test',
      title: 'Software Engineer II',
      team: 'Platform',
      manager: 'diego',
      roles: ['member'],
      login: true,
      career: [
        ['2023-01-09', 'hire', 'engineer-1'],
        ['2025-01-06', 'promotion', 'engineer-2'],
      ],
    },
    platformByDiego('kofi', 'Kofi Mensah', ['2021-09-13', 'hire', 'senior-engineer']),
    platformByDiego('laura', 'Laura Becker', ['2025-08-04', 'hire', 'engineer-1']),
    platformByDiego('sipho', 'Sipho Dlamini', ['2020-02-03', 'hire', 'engineer-2'], ['2024-07-31', 'exit']),
    membersOf('Product')('imran', 'Imran Sheikh', ['2022-06-13', 'hire', 'pm-manager']),
    membersOf('Product', 'imran')('nora', 'Nora Haugen', ['2024-10-14', 'hire', 'pm']),
  ],
  aspirations: [
    {
      person: 'mei',
      target: 'senior-engineer',
      statement: 'Senior Engineer on Platform, owning the messaging infrastructure.',
      motivations:
        'I want to be the person other teams come to about queues, not the person who forwards the question.',
      strengths: 'Careful migrations, good tests, patient code reviews.',
      horizon: '2027-12-31',
      sharedWithHr: true,
      since: '2026-03-09',
    },
  ],
  growthPlans: [
    {
      person: 'mei',
      goals: [
        {
          criterion: 'execution',
          title: 'Own the queue-service migration end to end',
          status: 'in_progress',
          actions: [
            {
              key: 'queue-migration',
              kind: 'stretch_assignment',
              title: 'Lead phase two of the queue-service migration',
              status: 'in_progress',
              due: '2027-01-29',
            },
          ],
        },
      ],
    },
  ],
  evidence: [
    {
      key: 'mei-queue-migration',
      person: 'mei',
      title: 'Queue-service migration, phase one',
      kind: 'project_case_study',
      occurredOn: '2026-09-11',
      challenge:
        'Three services still published to the old message broker, which goes out of support in March.',
      actions:
        'Planned the cut-over, added dual publishing behind a flag and moved the three services one at a time.',
      outcome: 'All three services run on the new broker; the old one has no producers left.',
      metrics: 'No lost messages during the cut-over; publish latency p99 down from 120 ms to 35 ms.',
      links: ['https://wiki.globex.test/platform/queue-migration'],
      criteria: ['execution', 'exceptional-work'],
      status: 'accepted',
      review: {
        on: '2026-09-21',
        strength: 'meets',
        comment: 'Clean, careful and well communicated. Phase two is yours.',
      },
    },
  ],
  conversations: [
    {
      key: 'mei-aspiration',
      report: 'mei',
      requestedBy: 'report',
      topic: 'aspiration',
      agenda: 'What is missing for Senior Engineer?',
      status: 'held',
      requestedAt: '2026-10-05T08:00:00Z',
      proposedTimes: ['2026-10-15T13:00:00Z'],
      scheduledAt: '2026-10-15T13:00:00Z',
      heldAt: '2026-10-15T13:40:00Z',
      notes: {
        sharedBy: 'manager',
        shared:
          'Mei toward Senior Engineer.\n- Phase one of the queue migration is accepted.\n- Next: lead phase two, including the plan review with the consuming teams.',
        managerPrivate:
          'Ready sooner than she thinks. Make sure phase two has a visible review with other teams.',
        reportPrivate: 'Ask for the design review slot early; do not wait to be invited.',
      },
      actionItems: [
        {
          owner: 'report',
          title: 'Lead phase two of the queue-service migration',
          due: '2027-01-29',
          done: false,
          growthAction: 'mei:queue-migration',
        },
      ],
    },
  ],
  positions: [
    {
      key: 'platform-senior',
      team: 'Platform',
      level: 'senior-engineer',
      title: 'Senior Engineer, Platform',
      openedOn: '2026-09-14',
    },
  ],
  notifications: [
    {
      person: 'hana',
      kind: 'aspiration_shared',
      title: 'Mei Chen shared her aspiration with HR: Senior Engineer',
      at: '2026-03-09T10:00:00Z',
      subject: { person: 'mei' },
      area: 'hr',
    },
    {
      person: 'diego',
      kind: 'conversation_nudge',
      title: 'You have never held a career conversation with Laura Becker',
      at: '2026-11-16T07:00:00Z',
      subject: { person: 'laura' },
      area: 'team',
    },
    {
      person: 'mei',
      kind: 'evidence_reviewed',
      title: 'Diego Alvarez accepted “Queue-service migration, phase one”',
      at: '2026-09-21T15:00:00Z',
      subject: { evidence: 'mei-queue-migration' },
      area: 'me',
    },
  ],
};
