import type { ConversationSeed } from '../seed-model';

// Morgan's and Jordan's conversations with their reports. Sam's last held one
// was in April and Zara's in June, and Noah has never had one: the nudges have
// something to find.
export const ACME_PERSONA_CONVERSATIONS: ConversationSeed[] = [
  {
    key: 'priya-aspiration',
    report: 'priya',
    requestedBy: 'report',
    topic: 'aspiration',
    agenda:
      'I would like to talk about the Manager, Product Marketing opening. I have shared my aspiration with HR and would value your honest view of where my evidence stands, especially on strategy and data, and what a realistic timeline looks like.',
    status: 'requested',
    requestedAt: '2026-11-20T09:12:00Z',
    proposedTimes: ['2026-11-25T15:00:00Z', '2026-11-26T17:30:00Z', '2026-12-01T14:00:00Z'],
  },
  {
    key: 'priya-plan-review',
    report: 'priya',
    requestedBy: 'manager',
    topic: 'growth_plan_review',
    agenda: 'Mid-year review of your growth plan toward Manager, Product Marketing.',
    status: 'held',
    requestedAt: '2026-08-24T10:00:00Z',
    proposedTimes: ['2026-09-03T15:00:00Z'],
    scheduledAt: '2026-09-03T15:00:00Z',
    heldAt: '2026-09-03T15:45:00Z',
    notes: {
      sharedBy: 'manager',
      shared:
        'Reviewed Priya’s plan toward Manager, Product Marketing.\n- Launch council and playbook: strong, both accepted.\n- Gaps: strategy (the mid-market narrative was below the bar) and data (no accepted evidence yet).\n- Agreed: Priya chairs the Insights 2.0 launch council through February and starts the launch-to-pipeline dashboard with RevOps in Q1.\n- Morgan finds out whether a manager seat opens in PMM next year.',
      managerPrivate:
        'Closer than she thinks on execution, further than she thinks on strategy. If the seat opens I would back her, but I want one piece of real strategic work first, not a deck. Check timing with Harper before saying anything about an opening.',
      reportPrivate:
        'Stop calling the mid-market work strategy: Morgan is right that it was tactics. Ask Nadia how she made the jump. Do not promise the dashboard before RevOps has agreed to it.',
    },
    actionItems: [
      {
        owner: 'report',
        title: 'Keep chairing the Insights 2.0 launch council through February',
        due: '2027-02-26',
        done: false,
        growthAction: 'priya:launch-council',
      },
      {
        owner: 'report',
        title: 'Informational interview with Nadia about moving from IC to manager',
        due: '2026-11-06',
        done: true,
        growthAction: 'priya:nadia-interview',
      },
      {
        owner: 'manager',
        title: 'Ask Harper whether a PMM manager seat opens next year',
        due: '2026-09-30',
        done: true,
      },
    ],
  },
  {
    key: 'sam-aspiration',
    report: 'sam',
    requestedBy: 'report',
    topic: 'aspiration',
    agenda: 'Something I have been thinking about for a while: product management.',
    status: 'held',
    requestedAt: '2026-04-07T13:30:00Z',
    proposedTimes: ['2026-04-14T16:00:00Z'],
    scheduledAt: '2026-04-14T16:00:00Z',
    heldAt: '2026-04-14T16:40:00Z',
    notes: {
      sharedBy: 'report',
      shared:
        'Sam wants to move from product marketing to product management.\n- Morgan supports exploring it; Tomás and Aisha took the same path.\n- Sam writes the aspiration in Trellis and decides himself whether to share it with HR.\n- Next: shadow discovery work with a PM and take the SQL course.',
      managerPrivate:
        'I will lose a good PMM if this works, and it should work. Do not build the team plan on Sam staying. Talk to Nadia about a PM opening in H2 without naming him until he shares it.',
      reportPrivate:
        'Relieved: Morgan did not take it personally. Not sharing with HR yet; I want a few months of evidence first.',
    },
    actionItems: [
      { owner: 'report', title: 'Write my aspiration in Trellis', due: '2026-04-24', done: true },
      {
        owner: 'report',
        title: 'Set up shadowing with Tomás on the onboarding discovery calls',
        due: '2026-12-18',
        done: false,
        growthAction: 'sam:shadow-tomas',
      },
      { owner: 'manager', title: 'Introduce Sam to Aisha Bello', due: '2026-05-01', done: true },
    ],
  },
  {
    key: 'sam-feedback',
    report: 'sam',
    requestedBy: 'manager',
    topic: 'feedback',
    agenda: 'Feedback on the Q2 launches, both ways.',
    status: 'cancelled',
    requestedAt: '2026-06-29T09:00:00Z',
    proposedTimes: ['2026-07-09T15:00:00Z', '2026-07-10T15:00:00Z'],
  },
  {
    key: 'sam-lateral-move',
    report: 'sam',
    requestedBy: 'report',
    topic: 'lateral_move',
    agenda:
      'What a move to Product Management would look like in practice: timing, which team, and what happens to my launches.',
    status: 'scheduled',
    requestedAt: '2026-11-09T11:00:00Z',
    proposedTimes: ['2026-12-02T16:00:00Z', '2026-12-03T10:00:00Z'],
    scheduledAt: '2026-12-02T16:00:00Z',
  },
  {
    key: 'lee-aspiration',
    report: 'lee',
    requestedBy: 'manager',
    topic: 'aspiration',
    agenda: 'Your aspiration: staff or management, and what the next six months should look like.',
    status: 'held',
    requestedAt: '2026-10-12T08:00:00Z',
    proposedTimes: ['2026-10-20T10:00:00Z'],
    scheduledAt: '2026-10-20T10:00:00Z',
    heldAt: '2026-10-20T10:50:00Z',
    notes: {
      sharedBy: 'report',
      shared:
        'Lee’s target is Staff Engineer (IC track), not management.\n- Accepted so far: the experiment platform and mentoring Keiko (both meet the bar); the incident review is below the staff bar.\n- Gap: leadership across teams. The event-pipeline RFC is the chance.\n- Jordan gets Platform’s time for the RFC review.',
      managerPrivate:
        'Lee is the obvious internal candidate for staff. Platform keeps hiring staff from outside: push Viktor to consider Lee for the open Platform staff seat before it is posted externally.',
      reportPrivate:
        'Jordan seems to expect me to want management eventually. I do not. I said so clearly and I think it landed.',
    },
    actionItems: [
      {
        owner: 'report',
        title: 'Send the event-pipeline RFC to Growth, Platform and Data',
        due: '2026-11-13',
        done: true,
        growthAction: 'lee:pipeline-rfc',
      },
      { owner: 'manager', title: 'Book the RFC review with Platform', due: '2026-10-30', done: true },
      {
        owner: 'report',
        title: 'Finish the experiment platform guide',
        due: '2026-12-11',
        done: false,
        growthAction: 'lee:platform-guide',
      },
    ],
  },
  {
    key: 'lee-promotion',
    report: 'lee',
    requestedBy: 'report',
    topic: 'promotion_readiness',
    agenda:
      'Where do I stand against the staff bar now that the RFC is approved? And is the Platform staff opening realistic for me?',
    status: 'scheduled',
    requestedAt: '2026-11-16T14:00:00Z',
    proposedTimes: ['2026-12-04T10:00:00Z', '2026-12-07T15:00:00Z'],
    scheduledAt: '2026-12-04T10:00:00Z',
  },
  {
    key: 'zara-plan-review',
    report: 'zara',
    requestedBy: 'report',
    topic: 'growth_plan_review',
    agenda: 'My plan toward Senior Engineer, and the declined performance-budget evidence.',
    status: 'held',
    requestedAt: '2026-06-10T12:00:00Z',
    proposedTimes: ['2026-06-18T13:00:00Z'],
    scheduledAt: '2026-06-18T13:00:00Z',
    heldAt: '2026-06-18T13:30:00Z',
    notes: {
      sharedBy: 'manager',
      shared:
        'Zara’s plan toward Senior Engineer: own the pricing-page test from design to rollout.\n- Zara writes up her own part of the performance-budget work as a new piece.\n- Check in again when the test results are in.',
      managerPrivate:
        'Zara undersells herself: she did the hard part of the performance work and let Mateo present it. Coach her on visibility.',
      reportPrivate: 'Stop saying "we" when it was me.',
    },
    actionItems: [
      {
        owner: 'report',
        title: 'Write up the bundle analysis as my own evidence',
        due: '2026-07-03',
        done: false,
      },
      {
        owner: 'report',
        title: 'Own the pricing-page A/B test',
        due: '2026-12-18',
        done: false,
        growthAction: 'zara:pricing-test',
      },
    ],
  },
  {
    key: 'marcus-aspiration',
    report: 'marcus',
    requestedBy: 'report',
    topic: 'aspiration',
    agenda: 'I would like to try engineering management.',
    status: 'held',
    requestedAt: '2026-05-04T09:00:00Z',
    proposedTimes: ['2026-05-12T15:00:00Z'],
    scheduledAt: '2026-05-12T15:00:00Z',
    heldAt: '2026-05-12T15:45:00Z',
    notes: {
      sharedBy: 'report',
      shared:
        'Marcus wants to try engineering management within a year.\n- Good signs: the on-call course, mentoring Zara and Keiko.\n- Next: an informational interview with Sofia about her first year as a manager; Marcus runs the Growth retros in Q3.',
      managerPrivate:
        'Growth has no second manager seat in sight. If he wants this within a year it may have to be on another team; be honest with him about that.',
      reportPrivate: 'Jordan was supportive but vague about where a seat would come from.',
    },
    actionItems: [
      { owner: 'report', title: 'Informational interview with Sofia Marquez', due: '2026-08-07', done: true },
      { owner: 'manager', title: 'Hand the Q3 Growth retros to Marcus', due: '2026-06-30', done: true },
    ],
  },
  {
    key: 'marcus-promotion',
    report: 'marcus',
    requestedBy: 'report',
    topic: 'promotion_readiness',
    agenda: 'Am I ready for the Payments manager seat?',
    status: 'declined',
    requestedAt: '2026-10-28T16:20:00Z',
    proposedTimes: ['2026-11-03T15:00:00Z'],
    declineReason:
      'Let us not do this separately: the Payments seat is Rafael’s decision and he wants to talk to you himself. I have asked him to set that up this week.',
  },
];
