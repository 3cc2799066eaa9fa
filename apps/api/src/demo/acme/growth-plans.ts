import type { GrowthPlanSeed } from '../seed-model';

// One active plan per aspiring person, with goals on criteria of the target
// level. Across them: every action kind and every status.
export const ACME_PERSONA_PLANS: GrowthPlanSeed[] = [
  {
    person: 'priya',
    goals: [
      {
        criterion: 'leadership-without-authority',
        title: 'Lead the Insights 2.0 launch council without being anyone’s manager',
        status: 'in_progress',
        actions: [
          {
            key: 'launch-council',
            kind: 'stretch_assignment',
            title: 'Chair the weekly launch council for Insights 2.0 (Product, Sales, Support, Docs)',
            status: 'in_progress',
            due: '2027-02-26',
          },
          {
            kind: 'shadowing',
            title: 'Shadow Morgan in two quarterly planning sessions',
            status: 'done',
            due: '2026-10-15',
            notes: 'Sat in on Q3 and Q4 planning. Biggest lesson: say no to launches early and in writing.',
          },
        ],
      },
      {
        criterion: 'servant-leadership',
        title: 'Coach Sam and the newest PMs through their first launches',
        status: 'in_progress',
        actions: [
          {
            kind: 'teach_or_document',
            title: 'Run the “Positioning in a day” workshop for new PMs and sales engineers',
            status: 'done',
            due: '2026-09-24',
          },
          {
            kind: 'find_mentor',
            title: 'Find a mentor who manages a product marketing team outside Acme',
            status: 'done',
            due: '2026-07-31',
            notes: 'Monthly calls with a PMM director I met at the Product Marketing Alliance meetup.',
          },
          {
            key: 'nadia-interview',
            kind: 'informational_interview',
            title: 'Informational interview with Nadia Haddad about her move from IC to manager',
            status: 'done',
            due: '2026-11-06',
            followUpOn: '2026-12-10',
            thankYouSent: true,
            notes: 'Her advice: ask for one direct report before asking for a team.',
          },
        ],
      },
      {
        criterion: 'data-informed-decisions',
        title: 'Measure launches by pipeline, not by activity',
        status: 'planned',
        actions: [
          {
            key: 'pipeline-dashboard',
            kind: 'cross_functional_project',
            title: 'Build the launch-to-pipeline dashboard with Revenue Operations',
            status: 'planned',
            due: '2027-04-30',
          },
          {
            kind: 'course',
            title: 'Marketing analytics course (six weeks, evenings)',
            status: 'planned',
            due: '2027-03-31',
          },
        ],
      },
      {
        criterion: 'strategic-thinking',
        title: 'Own the pricing page redesign',
        status: 'dropped',
        notes: 'Dropped in October: pricing moved to the Growth team. Strategy goes into next year’s plan.',
        actions: [
          {
            kind: 'stretch_assignment',
            title: 'Draft the packaging options for the pricing page',
            status: 'dropped',
            due: '2026-11-30',
          },
        ],
      },
    ],
  },
  {
    person: 'sam',
    goals: [
      {
        criterion: 'customer-empathy',
        title: 'Do discovery the way a PM does it, not only launch research',
        status: 'in_progress',
        actions: [
          {
            key: 'shadow-tomas',
            kind: 'shadowing',
            title: 'Shadow Tomás in the discovery calls for the onboarding revamp',
            status: 'in_progress',
            due: '2026-12-18',
          },
          {
            kind: 'informational_interview',
            title: 'Informational interview with Aisha Bello on moving from PMM to PM',
            status: 'done',
            due: '2026-11-12',
            followUpOn: '2026-11-30',
            thankYouSent: false,
            notes: 'She offered to review my first spec. Send the thank-you and take her up on it.',
          },
        ],
      },
      {
        criterion: 'data-informed-decisions',
        title: 'Size an opportunity with product data on my own',
        status: 'in_progress',
        actions: [
          {
            kind: 'course',
            title: 'SQL for product analytics (Data Academy, internal)',
            status: 'in_progress',
            due: '2027-01-29',
          },
          {
            kind: 'side_project',
            title: 'Analyse where trials drop off in the self-serve funnel',
            status: 'planned',
            due: '2027-02-26',
          },
        ],
      },
      {
        criterion: 'execution',
        title: 'Write and ship one small spec end to end',
        status: 'planned',
        actions: [
          {
            kind: 'cross_functional_project',
            title: 'Own the spec for in-app release notes with the Growth squad',
            status: 'planned',
            due: '2027-04-30',
          },
        ],
      },
    ],
  },
  {
    person: 'lee',
    goals: [
      {
        criterion: 'beyond-your-swim-lane',
        title: 'Make the experiment platform self-serve for other teams',
        status: 'in_progress',
        actions: [
          {
            key: 'platform-guide',
            kind: 'teach_or_document',
            title: 'Write the experiment platform guide and run two onboarding sessions',
            status: 'in_progress',
            due: '2026-12-11',
          },
          {
            kind: 'volunteer_project',
            title: 'Volunteer as a reviewer for the engineering-wide RFC process',
            status: 'done',
            due: '2026-09-30',
          },
        ],
      },
      {
        criterion: 'leadership-without-authority',
        title: 'Lead the event-pipeline migration across Growth and Platform',
        status: 'in_progress',
        actions: [
          {
            key: 'pipeline-rfc',
            kind: 'cross_functional_project',
            title: 'Drive the event-pipeline migration RFC to a decision',
            status: 'in_progress',
            due: '2027-01-29',
          },
          {
            kind: 'find_mentor',
            title: 'Ask Ingrid Solberg to mentor me on technical strategy',
            status: 'done',
            due: '2026-10-31',
          },
        ],
      },
      {
        criterion: 'strategic-thinking',
        title: 'Write a two-year technical vision for Growth',
        status: 'planned',
        actions: [
          {
            kind: 'course',
            title: 'Staff-plus reading group: one chapter a fortnight',
            status: 'planned',
            due: '2027-03-31',
          },
        ],
      },
    ],
  },
];
