import type { GrowthPlanSeed } from '../seed-model';

export const ACME_TEAM_PLANS: GrowthPlanSeed[] = [
  {
    person: 'daniela',
    goals: [
      {
        criterion: 'servant-leadership',
        title: 'Take on one-to-ones for the two newest engineers',
        status: 'in_progress',
        actions: [
          {
            kind: 'stretch_assignment',
            title: 'Run weekly one-to-ones with Nia and Felix until the manager seat is filled',
            status: 'in_progress',
            due: '2027-01-31',
          },
        ],
      },
      {
        criterion: 'execution',
        title: 'Run Q1 planning for Payments',
        status: 'planned',
        actions: [
          {
            key: 'shadow-sofia',
            kind: 'shadowing',
            title: 'Shadow Sofia’s quarterly planning on Mobile',
            status: 'planned',
            due: '2026-12-15',
          },
        ],
      },
    ],
  },
  {
    person: 'marcus',
    goals: [
      {
        criterion: 'servant-leadership',
        title: 'Grow the newer engineers on Growth',
        status: 'in_progress',
        actions: [
          {
            kind: 'teach_or_document',
            title: 'Run the on-call onboarding for new Growth engineers',
            status: 'done',
            due: '2026-07-31',
          },
        ],
      },
      {
        criterion: 'leadership-without-authority',
        title: 'Learn what the first year as a manager is really like',
        status: 'in_progress',
        actions: [
          {
            kind: 'informational_interview',
            title: 'Informational interview with Sofia Marquez about her first year as a manager',
            status: 'done',
            due: '2026-08-07',
            followUpOn: '2026-10-07',
            thankYouSent: true,
          },
        ],
      },
    ],
  },
  {
    person: 'sophie',
    goals: [
      {
        criterion: 'leadership-without-authority',
        title: 'Lead a project that spans more than Platform',
        status: 'planned',
        actions: [
          {
            kind: 'cross_functional_project',
            title: 'Propose and lead storage tiering across Platform and Payments',
            status: 'planned',
            due: '2027-03-31',
          },
        ],
      },
      {
        criterion: 'beyond-your-swim-lane',
        title: 'Leave playbooks behind',
        status: 'in_progress',
        actions: [
          {
            kind: 'teach_or_document',
            title: 'Write the Platform incident-review playbook',
            status: 'done',
            due: '2026-06-30',
          },
        ],
      },
    ],
  },
  {
    person: 'mateo',
    goals: [
      {
        criterion: 'customer-empathy',
        title: 'Hear customers first-hand',
        status: 'in_progress',
        actions: [
          {
            kind: 'shadowing',
            title: 'Join five customer calls with the Growth PM',
            status: 'in_progress',
            due: '2026-12-31',
          },
        ],
      },
    ],
  },
  {
    person: 'zara',
    goals: [
      {
        criterion: 'execution',
        title: 'Own a feature from design to rollout',
        status: 'in_progress',
        actions: [
          {
            key: 'pricing-test',
            kind: 'stretch_assignment',
            title: 'Own the pricing-page A/B test from design to rollout',
            status: 'in_progress',
            due: '2026-12-18',
          },
        ],
      },
    ],
  },
  {
    person: 'yuki',
    goals: [
      {
        criterion: 'strategic-thinking',
        title: 'Write the analytics product-line strategy',
        status: 'done',
        actions: [
          {
            kind: 'course',
            title: 'Product strategy course (four weeks)',
            status: 'done',
            due: '2026-07-31',
          },
        ],
      },
      {
        criterion: 'leadership-without-authority',
        title: 'Align the three analytics teams on one roadmap',
        status: 'in_progress',
        actions: [
          {
            kind: 'cross_functional_project',
            title: 'Run the joint roadmap review for the analytics teams',
            status: 'in_progress',
            due: '2027-01-15',
          },
        ],
      },
    ],
  },
  {
    person: 'tomas',
    goals: [
      {
        criterion: 'data-informed-decisions',
        title: 'Back every roadmap bet with a number',
        status: 'in_progress',
        actions: [
          {
            kind: 'side_project',
            title: 'Build a churn-signal notebook',
            status: 'dropped',
            due: '2026-09-30',
            notes: 'Superseded by the data team’s churn model; I use theirs now.',
          },
        ],
      },
    ],
  },
  {
    person: 'lucia',
    goals: [
      {
        criterion: 'customer-empathy',
        title: 'Spend time with customers outside of research sessions',
        status: 'done',
        actions: [
          {
            kind: 'volunteer_project',
            title: 'Volunteer as note-taker at the customer advisory board',
            status: 'done',
            due: '2026-10-01',
          },
        ],
      },
    ],
  },
  {
    person: 'ben',
    goals: [
      {
        criterion: 'servant-leadership',
        title: 'Practise managing before asking for a team',
        status: 'in_progress',
        actions: [
          {
            kind: 'find_mentor',
            title: 'Find a mentor among the product managers of other companies',
            status: 'done',
            due: '2026-09-15',
          },
          {
            kind: 'stretch_assignment',
            title: 'Act as interim manager for Hyun-woo during Mariana’s leave',
            status: 'planned',
            due: '2027-02-28',
          },
        ],
      },
    ],
  },
  {
    person: 'isaac',
    goals: [
      {
        criterion: 'servant-leadership',
        title: 'Find out whether management is for me',
        status: 'planned',
        actions: [
          {
            kind: 'shadowing',
            title: 'Shadow Sofia in hiring loops and a planning cycle',
            status: 'planned',
            due: '2027-02-28',
          },
        ],
      },
    ],
  },
  {
    person: 'ana',
    goals: [
      {
        criterion: 'beyond-your-swim-lane',
        title: 'Become the accessibility reference on Mobile',
        status: 'in_progress',
        actions: [
          {
            kind: 'teach_or_document',
            title: 'Write the mobile accessibility checklist',
            status: 'done',
            due: '2026-08-31',
          },
        ],
      },
    ],
  },
  {
    person: 'hannah',
    goals: [
      {
        criterion: 'execution',
        title: 'Lead a platform upgrade end to end',
        status: 'in_progress',
        actions: [
          {
            kind: 'stretch_assignment',
            title: 'Lead the Postgres 17 upgrade of the shared clusters',
            status: 'in_progress',
            due: '2027-02-27',
          },
        ],
      },
      {
        criterion: 'beyond-your-swim-lane',
        title: 'Make on-call easier for the next person',
        status: 'in_progress',
        actions: [
          {
            kind: 'teach_or_document',
            title: 'Write runbooks for the five noisiest alerts',
            status: 'done',
            due: '2026-09-30',
          },
        ],
      },
    ],
  },
  {
    person: 'tariq',
    goals: [
      {
        criterion: 'beyond-your-swim-lane',
        title: 'Build something other teams use',
        status: 'planned',
        actions: [
          {
            kind: 'volunteer_project',
            title: 'Join the internal tools guild and take one deployment-tooling issue',
            status: 'planned',
            due: '2027-01-31',
          },
        ],
      },
    ],
  },
  {
    person: 'hamza',
    goals: [
      {
        criterion: 'strategic-thinking',
        title: 'Set the direction of the billing architecture',
        status: 'in_progress',
        actions: [
          {
            kind: 'cross_functional_project',
            title: 'Run the billing architecture review with Finance',
            status: 'in_progress',
            due: '2027-01-29',
          },
        ],
      },
    ],
  },
  {
    person: 'julia',
    goals: [
      {
        criterion: 'execution',
        title: 'Own the reconciliation service',
        status: 'in_progress',
        actions: [
          {
            kind: 'course',
            title: 'Designing data-intensive systems study group',
            status: 'in_progress',
            due: '2027-02-26',
          },
        ],
      },
    ],
  },
];
