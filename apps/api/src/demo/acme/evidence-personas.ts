import type { EvidenceSeed } from '../seed-model';

// Priya's case toward Manager, Product Marketing is partial on purpose: launch
// execution and cross-functional work exceed the bar, coaching and playbooks
// meet it, strategy is below it, and leadership without authority, customer
// empathy and data-informed decisions have no accepted evidence yet.
const PRIYA: EvidenceSeed[] = [
  {
    key: 'priya-insights-launch',
    person: 'priya',
    title: 'Insights 2.0 launch: one plan for five teams',
    kind: 'cross_functional_project',
    occurredOn: '2026-05-20',
    challenge:
      'Insights 2.0 touched Product, Sales, Support, Docs and Customer Success. The previous major launch slipped three weeks because each team worked from its own plan and its own date.',
    actions:
      'Set up a weekly launch council with one owner per team. Wrote a single launch plan with a dated checklist and clear owners. Ran two dry runs of the sales demo. Moved Support training two weeks earlier so launch-week tickets could be answered without Product.',
    outcome:
      'Shipped on the planned date with every team ready. Sales had the new deck and demo a week before launch; Support handled launch week on its own.',
    metrics:
      'Launched on 20 May as planned (previous major launch: three weeks late). 41 qualified opportunities mentioning Insights in the first 30 days, against a target of 25. Escalations to Product in launch week: 2 (previous launch: 17).',
    links: [
      'https://wiki.acme.test/pmm/launches/insights-2-0',
      'https://drive.acme.test/decks/insights-2-0-sales',
    ],
    criteria: ['cross-functional-impact', 'execution'],
    status: 'accepted',
    review: {
      on: '2026-06-03',
      strength: 'exceeds',
      comment:
        'This is the bar for how we launch. You ran five teams to one date without authority over any of them, and the numbers back it up.',
    },
  },
  {
    key: 'priya-playbook',
    person: 'priya',
    title: 'The launch playbook, now used by three teams',
    kind: 'artifact_playbook',
    occurredOn: '2026-07-15',
    challenge:
      'Every launch started from a blank page, and what we learned from Insights 2.0 lived in my head and in a Slack channel.',
    actions:
      'Turned the Insights plan into a reusable playbook: tiers of launch, a checklist per tier, templates for the brief, the FAQ and the sales one-pager, and a retro format. Walked Product Management and Customer Success through it.',
    outcome:
      'Product Management and Customer Success use it for their own releases; two launches ran on it without me in the room.',
    metrics:
      'Used by 3 teams for 5 launches since July. Time to write a launch brief: from about 2 days to half a day.',
    links: ['https://wiki.acme.test/pmm/launch-playbook'],
    criteria: ['beyond-your-swim-lane'],
    status: 'accepted',
    review: {
      on: '2026-07-22',
      strength: 'meets',
      comment:
        'Solid and genuinely reused. To exceed, I would want it to live without you: give it an owner rota and a changelog.',
    },
  },
  {
    key: 'priya-workshop',
    person: 'priya',
    title: 'Positioning in a day: a workshop for new PMs and sales engineers',
    kind: 'teaching',
    occurredOn: '2026-09-24',
    challenge:
      'New PMs and sales engineers kept asking PMM to "do the positioning" late in a project, when it was too late to change the product.',
    actions:
      'Designed a one-day workshop on positioning with real Acme examples, ran it for nine people, and paired with Sam on the exercises so he could run the next one.',
    outcome:
      'Two PMs brought positioning drafts to their kick-offs the following month. Sam ran the second session in November on his own.',
    metrics:
      '9 attendees, average rating 4.7 of 5. 2 of 4 new projects since started with a positioning draft.',
    links: ['https://wiki.acme.test/pmm/workshops/positioning-in-a-day'],
    criteria: ['servant-leadership'],
    status: 'accepted',
    review: {
      on: '2026-10-01',
      strength: 'meets',
      comment: 'Exactly what I mean by teaching. Handing the second session to Sam was the best part.',
    },
  },
  {
    key: 'priya-sales-feedback',
    person: 'priya',
    title: 'Feedback from Sales leadership after the EMEA kickoff',
    kind: 'feedback_received',
    occurredOn: '2026-08-28',
    challenge:
      'The EMEA sales kickoff needed a story for Insights that worked for buyers who do not have a data team.',
    actions:
      'Rewrote the pitch around three customer stories from EMEA, rehearsed it with two account executives, and presented it at the kickoff.',
    outcome:
      'The VP of Sales for EMEA asked for the story to become the default first-call deck for the region.',
    metrics:
      'Deck adopted by 14 account executives; first-call to demo conversion in EMEA up from 31% to 38% in Q3.',
    links: ['https://drive.acme.test/decks/emea-first-call'],
    criteria: ['exceptional-work'],
    status: 'accepted',
    review: {
      on: '2026-09-04',
      strength: 'meets',
      comment: 'Strong work and strong feedback. Keep the conversion numbers coming for Q4.',
    },
  },
  {
    key: 'priya-mid-market',
    person: 'priya',
    title: 'Competitive narrative for the mid-market segment',
    kind: 'project_case_study',
    occurredOn: '2026-03-18',
    challenge:
      'We were losing mid-market deals to two cheaper competitors and Sales had no answer beyond discounts.',
    actions:
      'Reviewed 30 call recordings, wrote battlecards for both competitors and a mid-market narrative built on time to value.',
    outcome: 'Sales uses the battlecards; discounting in head-to-head deals went down slightly.',
    metrics: 'Average discount in competitive mid-market deals: 18% to 15% over two quarters.',
    links: ['https://wiki.acme.test/pmm/competitive/mid-market'],
    criteria: ['strategic-thinking'],
    status: 'accepted',
    review: {
      on: '2026-03-30',
      strength: 'below',
      comment:
        'Good research, but it answers how to win the deals we are already in, not where we should play. At manager level I need the segment choice argued, including what we stop doing.',
    },
  },
  {
    key: 'priya-win-loss',
    person: 'priya',
    title: 'Win-loss interviews: what 20 lost deals told us',
    kind: 'project_case_study',
    occurredOn: '2026-10-09',
    challenge: 'Nobody could say with evidence why we lost deals; every team had its own theory.',
    actions:
      'Interviewed 20 buyers from lost deals and 8 from won deals, tagged every reason, and shared three themes.',
    outcome: 'The themes were presented at the product review.',
    metrics: '28 interviews; three themes.',
    links: ['https://wiki.acme.test/pmm/research/win-loss-2026'],
    criteria: ['customer-empathy', 'data-informed-decisions'],
    status: 'needs_more',
    review: {
      on: '2026-10-16',
      comment:
        'Great raw material. It needs the "so what": which decisions changed because of it, and how often each theme came up. Add that and resubmit.',
    },
  },
  {
    key: 'priya-conference',
    person: 'priya',
    title: 'Attended the Product Marketing Summit',
    kind: 'course',
    occurredOn: '2026-04-22',
    challenge: 'I wanted to learn how other companies structure PMM teams as they grow.',
    actions: 'Attended two days of talks, mostly on team design and launch tiers.',
    outcome: 'Came back with notes and ideas for our launch tiers.',
    metrics: '',
    links: ['https://wiki.acme.test/pmm/notes/pm-summit-2026'],
    criteria: ['strategic-thinking'],
    status: 'declined',
    review: {
      on: '2026-04-29',
      comment:
        'Going to a conference is not evidence on its own. The launch tiers you built from it are: log those as a new piece and link these notes.',
    },
  },
  {
    key: 'priya-escalation-path',
    person: 'priya',
    title: 'One escalation path for Sales and Support',
    kind: 'project_case_study',
    occurredOn: '2026-11-10',
    challenge:
      'Sales and Support each had their own way of escalating customer issues to Product, and neither team trusted the other’s queue.',
    actions:
      'Brought both team leads to three working sessions, mapped the 40 escalations of the last quarter, and proposed one intake form with a shared triage rota. Neither team reports to me; I got both leads to co-own the proposal.',
    outcome: 'Both teams switched to the shared intake on 2 November.',
    metrics:
      'First three weeks: 12 escalations, all triaged within one working day (before: 3.5 days on average).',
    links: ['https://wiki.acme.test/ops/escalations/shared-intake'],
    criteria: ['leadership-without-authority', 'cross-functional-impact'],
    status: 'submitted',
  },
];

const SAM: EvidenceSeed[] = [
  {
    key: 'sam-onboarding-interviews',
    person: 'sam',
    title: 'Customer interviews for the onboarding revamp',
    kind: 'project_case_study',
    occurredOn: '2026-07-30',
    challenge:
      'Product needed to know why new accounts stalled in their first week before redesigning onboarding.',
    actions:
      'Recruited and ran 12 interviews with new admins, wrote a synthesis with quotes and a journey map, and presented it to the onboarding squad.',
    outcome: 'The squad changed the first-run checklist based on two of the findings.',
    metrics: '12 interviews in three weeks; 2 of 5 findings shipped in the August release.',
    links: ['https://wiki.acme.test/research/onboarding-2026'],
    criteria: ['customer-empathy'],
    status: 'accepted',
    review: {
      on: '2026-08-06',
      strength: 'meets',
      comment: 'Careful, useful research. This is the discovery side of PM work done well.',
    },
  },
  {
    key: 'sam-release-notes',
    person: 'sam',
    title: 'Release notes people actually read',
    kind: 'artifact_playbook',
    occurredOn: '2026-04-22',
    challenge:
      'Our release notes were a list of ticket titles, and customers asked Support about features that had shipped.',
    actions:
      'Rewrote the format around customer outcomes, agreed a weekly process with the PMs, and wrote the template and the guide.',
    outcome: 'Release notes now ship every week in the new format; Support links to them in replies.',
    metrics: 'Open rate of the release email: 22% to 41%. "Is this available yet?" tickets down by a third.',
    links: ['https://wiki.acme.test/pmm/release-notes-guide'],
    criteria: ['execution', 'cross-functional-impact'],
    status: 'accepted',
    review: {
      on: '2026-05-04',
      strength: 'meets',
      comment: 'Clear improvement with numbers to show for it. Nice work bringing the PMs along.',
    },
  },
  {
    key: 'sam-funnel-analysis',
    person: 'sam',
    title: 'Where trials drop off: first analysis',
    kind: 'side_project',
    occurredOn: '2026-10-20',
    challenge:
      'I wanted to practise sizing an opportunity with product data, on a question Growth cares about.',
    actions: 'Wrote the queries for the trial funnel and drafted a recommendation to shorten the setup step.',
    outcome: 'Shared the draft with Morgan and the Growth PM.',
    metrics: 'Largest drop: 46% of trials never connect a data source.',
    links: ['https://wiki.acme.test/growth/analysis/trial-drop-off-draft'],
    criteria: ['data-informed-decisions'],
    status: 'needs_more',
    review: {
      on: '2026-10-27',
      comment:
        'The query is right, but the recommendation jumps ahead of the data. Check whether the drop is the same for every acquisition channel before concluding, then resubmit.',
    },
  },
  {
    key: 'sam-aisha-interview',
    person: 'sam',
    title: 'Informational interview with Aisha Bello on moving from PMM to PM',
    kind: 'informational_interview',
    occurredOn: '2026-11-12',
    challenge: 'I did not know what changes day to day when a PMM becomes a PM, or what skills I am missing.',
    actions:
      'Prepared questions, spent an hour with Aisha, and wrote up what she said about specs and prioritisation.',
    outcome: 'I now have a list of three gaps to close, and Aisha offered to review my first spec.',
    metrics: '',
    links: ['https://wiki.acme.test/people/sam/notes/pmm-to-pm'],
    criteria: ['cross-functional-impact'],
    status: 'submitted',
  },
];

const LEE: EvidenceSeed[] = [
  {
    key: 'lee-experiment-platform',
    person: 'lee',
    title: 'Experiment platform: from Growth-only to three teams',
    kind: 'project_case_study',
    occurredOn: '2026-06-26',
    challenge:
      'Only Growth could run experiments; other teams filed tickets with us and waited two weeks for a test to be set up.',
    actions:
      'Split experiment definitions out of the Growth codebase, added a self-serve config with guardrail metrics, and paired with Mobile and Payments on their first tests.',
    outcome: 'Mobile and Payments run their own experiments; Growth no longer sets them up by hand.',
    metrics:
      'Experiments run by teams outside Growth: 0 to 14 in one quarter. Set-up time: 2 weeks to 1 day.',
    links: ['https://github.acme.test/growth/experiments/pull/812', 'https://wiki.acme.test/eng/experiments'],
    criteria: ['beyond-your-swim-lane', 'exceptional-work'],
    status: 'accepted',
    review: {
      on: '2026-07-06',
      strength: 'meets',
      comment: 'Real leverage for other teams. This is the staff-level shape of work; keep going.',
    },
  },
  {
    key: 'lee-mentoring-keiko',
    person: 'lee',
    title: 'Mentoring Keiko through her first quarter',
    kind: 'mentoring',
    occurredOn: '2026-05-29',
    challenge: 'Keiko joined as a new graduate during a busy quarter with no onboarding buddy assigned.',
    actions:
      'Paired with her twice a week, reviewed every pull request within a day, and wrote down our service map.',
    outcome: 'Keiko shipped her first feature in week five and joined the on-call rota in month three.',
    metrics: '',
    links: ['https://wiki.acme.test/eng/growth/service-map'],
    criteria: ['servant-leadership'],
    status: 'accepted',
    review: {
      on: '2026-06-08',
      strength: 'meets',
      comment: 'Generous and well done. The service map helps everyone, not only Keiko.',
    },
  },
  {
    key: 'lee-duplicate-events',
    person: 'lee',
    title: 'Incident review: duplicated purchase events',
    kind: 'project_case_study',
    occurredOn: '2026-02-11',
    challenge: 'A retry bug double-counted purchases in the revenue dashboard for two days.',
    actions: 'Led the incident review, fixed the retry logic and backfilled the dashboard.',
    outcome: 'Figures corrected within a day of the review.',
    metrics: '1,180 duplicated events removed.',
    links: ['https://wiki.acme.test/eng/incidents/2026-02-duplicate-purchases'],
    criteria: ['execution'],
    status: 'accepted',
    review: {
      on: '2026-02-20',
      strength: 'below',
      comment:
        'Well-run review. At staff level I would expect the fix to remove this class of bug for every producer, not only ours.',
    },
  },
  {
    key: 'lee-pipeline-rfc',
    person: 'lee',
    title: 'Event-pipeline migration RFC',
    kind: 'cross_functional_project',
    occurredOn: '2026-11-13',
    challenge:
      'Growth and Platform each maintain half of the event pipeline, and every schema change needs both teams and a week of coordination.',
    actions:
      'Wrote the RFC for a single schema registry owned by Platform, ran two review sessions with both teams and Data, and changed the plan after Platform’s capacity concerns.',
    outcome: 'Both teams approved the RFC; Platform has the first phase in its Q1 plan.',
    metrics: '',
    links: ['https://wiki.acme.test/eng/rfcs/0042-event-schema-registry'],
    criteria: ['leadership-without-authority', 'strategic-thinking'],
    status: 'submitted',
  },
];

export const ACME_PERSONA_EVIDENCE: EvidenceSeed[] = [...PRIYA, ...SAM, ...LEE];
