import type {
  MobilityPathsReport,
  MobilityTeamsReport,
  MobilityTrends,
  Position,
  PositionBench,
  PositionBenchCandidate,
  TeamMobility,
} from '@trellis/domain';

import { LEVEL } from '../../../testing/career-ladder';

// Test data for the HR pages, shaped like the demo organization.
export const TEAM = {
  productMarketing: '20000000-0000-4000-8000-000000000001',
  growth: '20000000-0000-4000-8000-000000000002',
} as const;

export const aTeamMobility = (overrides: Partial<TeamMobility> = {}): TeamMobility => ({
  teamId: TEAM.productMarketing,
  teamName: 'Product Marketing',
  headcount: 3,
  promotions: 1,
  internalPromotionRate: 0.5,
  leadSeatsFilledInternally: 0,
  leadSeatsFilledExternally: 1,
  internalLeadShare: 0,
  medianDaysInLevel: 800,
  trackSwitches: 0,
  exits: 1,
  exitsAfterStall: 1,
  peopleWithRecentConversation: 1,
  conversationCoverage: 1 / 3,
  aspirationsSharedWithHr: 1,
  aspirationsWithoutPath: 0,
  levelsWithoutPath: [],
  ...overrides,
});

export const aTeamsReport = (teams: TeamMobility[] = [aTeamMobility()]): MobilityTeamsReport => ({
  asOf: '2026-12-07',
  window: { from: '2024-12-07', to: '2026-12-07' },
  conversationIntervalDays: 90,
  teams,
  definitions: [
    { figure: 'headcount', label: 'Headcount', definition: 'Active people whose team is this team today.' },
    {
      figure: 'internalPromotionRate',
      label: 'Internal promotion rate',
      definition: 'Promotions ÷ (promotions + external hires above entry level).',
    },
  ],
});

export const aPathsReport = (overrides: Partial<MobilityPathsReport> = {}): MobilityPathsReport => ({
  by: 'level',
  flows: [
    {
      from: 'external',
      to: LEVEL.seniorPmm,
      kind: 'hire',
      count: 3,
      fromLabel: 'Outside the company',
      toLabel: 'Senior PMM',
    },
    {
      from: LEVEL.seniorPmm,
      to: LEVEL.pmmManager,
      kind: 'promotion',
      count: 2,
      fromLabel: 'Senior PMM',
      toLabel: 'Manager, PMM',
    },
    {
      from: LEVEL.pmmManager,
      to: 'external',
      kind: 'exit',
      count: 1,
      fromLabel: 'Manager, PMM',
      toLabel: 'Outside the company',
    },
  ],
  total: 6,
  explanation: 'Each flow counts the moves from one level to another.',
  ...overrides,
});

const noMoves = { hire: 0, promotion: 0, lateral: 0, track_switch: 0, exit: 0 };

export const aTrendsReport = (overrides: Partial<MobilityTrends> = {}): MobilityTrends => ({
  bucket: 'quarter',
  from: '2026-05-15',
  to: '2026-09-30',
  periods: [
    { start: '2026-04-01', label: 'Q2 2026', counts: { ...noMoves, hire: 3, promotion: 2, exit: 1 } },
    { start: '2026-07-01', label: 'Q3 2026', counts: noMoves },
  ],
  ...overrides,
});

export const aPosition = (overrides: Partial<Position> = {}): Position => ({
  id: '30000000-0000-4000-8000-000000000001',
  teamId: TEAM.productMarketing,
  levelId: LEVEL.pmmManager,
  title: 'Manager, Product Marketing',
  status: 'open',
  openedOn: '2026-10-05',
  filledOn: null,
  filledById: null,
  createdAt: '2026-10-05T09:00:00.000Z',
  ...overrides,
});

export const aCandidate = (overrides: Partial<PositionBenchCandidate> = {}): PositionBenchCandidate => ({
  personId: '00000000-0000-4000-8000-000000000777',
  name: 'Priya Raman',
  title: 'Senior Product Marketing Manager',
  teamId: TEAM.productMarketing,
  levelId: LEVEL.seniorPmm,
  readiness: 0.62,
  criteriaDemonstrated: 5,
  criteriaRequired: 8,
  strongest: ['Exceptional work', 'Servant leadership'],
  weakest: ['Strategic thinking'],
  ...overrides,
});

export const aBench = (
  candidates: PositionBenchCandidate[] = [aCandidate()],
  position: Partial<Position> = {},
): PositionBench => {
  const seat = aPosition(position);
  return { positionId: seat.id, position: seat, candidates };
};
