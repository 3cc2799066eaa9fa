import type {
  Evidence,
  EvidenceWithHistory,
  HandoverNote,
  Notes,
  PendingReview,
  TeamMember,
  TeamOverview,
} from '@trellis/domain';

import { LEVEL } from './career-ladder';

// Test data for the "Team" area, shaped like the demo organization.
let sequence = 0;
const nextId = () => `70000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;

export const CRITERION = {
  crossFunctional: '60000000-0000-4000-8000-000000000001',
  leadership: '60000000-0000-4000-8000-000000000002',
} as const;

export const aTeamMember = (
  overrides: Partial<Omit<TeamMember, 'person'>> & { person?: Partial<TeamMember['person']> } = {},
): TeamMember => {
  const { person, ...rest } = overrides;
  return {
    person: {
      id: nextId(),
      name: 'Priya Raman',
      title: 'Senior Product Marketing Manager',
      teamId: null,
      levelId: LEVEL.seniorPmm,
      levelName: 'Senior Product Marketing Manager',
      track: null,
      ...person,
    },
    manager: { id: '00000000-0000-4000-8000-0000000000aa', name: 'Morgan Blake' },
    depth: 1,
    aspiration: {
      targetLevelId: LEVEL.pmmManager,
      targetLevelName: 'Manager, Product Marketing',
      track: {
        id: '10000000-0000-4000-8000-000000000102',
        name: 'Product Marketing (Management)',
        kind: 'management',
        discipline: 'Product Marketing',
      },
      updatedAt: '2026-02-09T09:00:00.000Z',
    },
    readiness: 0.556,
    evidenceAwaitingReview: 1,
    lastConversationAt: '2026-09-03T15:45:00.000Z',
    conversationDueAt: '2099-12-02T15:45:00.000Z',
    openRequests: 1,
    flags: [],
    ...rest,
  };
};

export const aTeamOverview = (items: TeamMember[], overrides: Partial<TeamOverview> = {}): TeamOverview => ({
  items,
  nextCursor: null,
  total: items.length,
  conversationIntervalDays: 90,
  ...overrides,
});

export const anEvidence = (overrides: Partial<EvidenceWithHistory> = {}): EvidenceWithHistory => ({
  id: nextId(),
  personId: '00000000-0000-4000-8000-0000000000bb',
  title: 'One escalation path for Sales and Support',
  kind: 'project_case_study',
  occurredOn: '2026-11-10',
  challenge: 'Sales and Support each had their own way of escalating.',
  actions: 'Brought both team leads to three working sessions.',
  outcome: 'Both teams switched to the shared intake.',
  metrics: '12 escalations, all triaged within one day.',
  links: ['https://wiki.acme.test/ops/escalations'],
  criterionIds: [CRITERION.crossFunctional, CRITERION.leadership],
  status: 'submitted',
  review: null,
  version: 1,
  createdAt: '2026-11-10T17:00:00.000Z',
  updatedAt: '2026-11-10T17:00:00.000Z',
  reviews: [],
  ...overrides,
});

export const aPendingReview = (
  evidence: Partial<Evidence> = {},
  overrides: Partial<PendingReview> = {},
): PendingReview => {
  const { reviews: _reviews, ...piece } = anEvidence(evidence);
  return {
    evidence: piece,
    person: { id: piece.personId, name: 'Priya Raman', title: 'Senior Product Marketing Manager' },
    bar: { levelId: LEVEL.pmmManager, levelName: 'Manager, Product Marketing', source: 'target' },
    criteria: [
      {
        criterionId: CRITERION.crossFunctional,
        name: 'Cross-functional impact',
        theme: 'Impact',
        expectation: { proficiency: 3, description: 'Builds a team that partners trust.' },
      },
      {
        criterionId: CRITERION.leadership,
        name: 'Leadership without authority',
        theme: 'Leadership',
        expectation: { proficiency: 3, description: 'Leads through influence.' },
      },
    ],
    previousReview: null,
    ...overrides,
  };
};

export const aHandoverNote = (overrides: Partial<HandoverNote> = {}): HandoverNote => ({
  id: nextId(),
  personId: '00000000-0000-4000-8000-0000000000bb',
  authorId: '00000000-0000-4000-8000-0000000000aa',
  authorName: 'Morgan Blake',
  body: 'Priya is ready for a launch council of her own.',
  createdAt: '2026-10-01T10:00:00.000Z',
  ...overrides,
});

export const someNotes = (overrides: Partial<Notes> = {}): Notes => ({
  body: '',
  version: 0,
  updatedAt: null,
  updatedById: null,
  ...overrides,
});
