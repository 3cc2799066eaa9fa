import type { ConversationSeed } from '../seed-model';

export const ACME_TEAM_CONVERSATIONS: ConversationSeed[] = [
  {
    key: 'daniela-promotion',
    report: 'daniela',
    requestedBy: 'report',
    topic: 'promotion_readiness',
    agenda: 'The Engineering Manager, Payments seat: am I a candidate, and what would you need to see?',
    status: 'held',
    requestedAt: '2026-10-19T08:30:00Z',
    proposedTimes: ['2026-10-29T14:00:00Z'],
    scheduledAt: '2026-10-29T14:00:00Z',
    heldAt: '2026-10-29T14:50:00Z',
    notes: {
      sharedBy: 'manager',
      shared:
        'Daniela wants the Payments manager seat.\n- The reconciliation incident is accepted evidence for execution and servant leadership.\n- Rafael posts the seat internally first; Daniela is on the bench.\n- Daniela shadows Sofia’s Q1 planning on Mobile.',
      managerPrivate:
        'Ready for the people side. Less sure about her appetite for roadmap fights with Product. Ask Sofia for a second opinion before deciding.',
      reportPrivate:
        'Not a yes, but "internal first". Write a Q1 planning draft for Payments to show I can run a roadmap.',
    },
    actionItems: [
      {
        owner: 'manager',
        title: 'Post the Engineering Manager, Payments seat internally before externally',
        due: '2026-11-06',
        done: true,
      },
      {
        owner: 'report',
        title: 'Shadow Sofia’s Q1 planning',
        due: '2026-12-15',
        done: false,
        growthAction: 'daniela:shadow-sofia',
      },
    ],
  },
  {
    key: 'hannah-aspiration',
    report: 'hannah',
    requestedBy: 'report',
    topic: 'aspiration',
    agenda:
      'I have been an Engineer II for four years. I would like to talk about what is missing for Senior and whether it can happen on Platform.',
    status: 'requested',
    requestedAt: '2026-11-18T10:05:00Z',
    proposedTimes: ['2026-11-24T13:00:00Z', '2026-11-27T09:30:00Z'],
  },
  {
    key: 'tariq-lateral-move',
    report: 'tariq',
    requestedBy: 'report',
    topic: 'lateral_move',
    agenda: 'Could I move to Payments? I would like more ownership than I have on Platform.',
    status: 'declined',
    requestedAt: '2026-09-01T07:45:00Z',
    proposedTimes: ['2026-09-08T14:00:00Z'],
    declineReason:
      'A move to Payments is not mine to offer while they have no manager. Let us talk again once their new manager is in place; I will set it up with them.',
  },
  {
    key: 'yuki-promotion',
    report: 'yuki',
    requestedBy: 'manager',
    topic: 'promotion_readiness',
    agenda: 'Where your case for Lead PM stands after the strategy work.',
    status: 'held',
    requestedAt: '2026-10-26T15:00:00Z',
    proposedTimes: ['2026-11-05T16:00:00Z'],
    scheduledAt: '2026-11-05T16:00:00Z',
    heldAt: '2026-11-05T16:40:00Z',
    notes: {
      sharedBy: 'manager',
      shared:
        'Yuki toward Lead PM.\n- The analytics strategy is accepted and above the bar.\n- Remaining gap: leading across the three analytics teams; the joint roadmap review is the test.\n- Revisit in January after the review.',
      managerPrivate:
        'Strong case. The constraint is budget for a lead seat, not Yuki. Raise it with Nadia at calibration.',
      reportPrivate:
        'In January, ask Ethan straight out whether there is a lead seat at all, or whether I am preparing for a role that does not exist.',
    },
    actionItems: [
      {
        owner: 'manager',
        title: 'Raise a Lead PM seat for analytics at calibration',
        due: '2026-12-10',
        done: false,
      },
      {
        owner: 'report',
        title: 'Run the joint roadmap review for the analytics teams',
        due: '2027-01-15',
        done: false,
      },
    ],
  },
  {
    key: 'ben-aspiration',
    report: 'ben',
    requestedBy: 'report',
    topic: 'aspiration',
    agenda: 'I would like to manage the integrations PMs one day. How do I get there?',
    status: 'held',
    requestedAt: '2026-08-11T11:00:00Z',
    proposedTimes: ['2026-08-20T10:00:00Z'],
    scheduledAt: '2026-08-20T10:00:00Z',
    heldAt: '2026-08-20T10:45:00Z',
    notes: {
      sharedBy: 'report',
      shared:
        'Ben wants to manage the integrations PMs.\n- Mariana suggests practising first: interim manager for Hyun-woo during her leave.\n- Ben finds an outside mentor.',
      managerPrivate:
        'Ben would be a good manager. Nadia may not want a third manager in PM; have the headcount conversation early.',
      reportPrivate: 'Interim managing is a fair test. Make sure it is written down so that it counts.',
    },
    actionItems: [
      { owner: 'report', title: 'Find an outside mentor', due: '2026-09-15', done: true },
      {
        owner: 'manager',
        title: 'Confirm the interim-manager arrangement with Nadia',
        due: '2026-12-01',
        done: false,
      },
    ],
  },
  {
    key: 'isaac-aspiration',
    report: 'isaac',
    requestedBy: 'report',
    topic: 'aspiration',
    agenda: 'Whether management is for me.',
    status: 'cancelled',
    requestedAt: '2026-09-10T12:00:00Z',
    proposedTimes: ['2026-09-17T14:00:00Z'],
  },
  {
    key: 'ana-plan-review',
    report: 'ana',
    requestedBy: 'manager',
    topic: 'growth_plan_review',
    agenda: 'Review your plan toward Senior Engineer and pick the next stretch project.',
    status: 'scheduled',
    requestedAt: '2026-11-17T09:00:00Z',
    proposedTimes: ['2026-12-08T09:00:00Z'],
    scheduledAt: '2026-12-08T09:00:00Z',
  },
];
