import type { EvidenceReview } from './evidence';
import {
  EvidenceQuerySchema,
  EvidenceWithHistorySchema,
  PendingReviewSchema,
  splitLatestReview,
} from './evidence-views';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const review: EvidenceReview = {
  decision: 'needs_more',
  comment: 'Add the numbers.',
  strength: null,
  reviewerId: id(2),
  reviewedAt: '2026-10-16T14:00:00.000Z',
};

const evidence = {
  id: id(10),
  personId: id(1),
  title: 'Win-loss interviews',
  kind: 'project_case_study',
  occurredOn: '2026-10-09',
  challenge: 'Nobody knew why we lost.',
  actions: 'Interviewed 28 buyers.',
  outcome: 'Three themes.',
  metrics: '',
  links: [],
  criterionIds: [id(101)],
  status: 'submitted',
  review: null,
  version: 2,
  createdAt: '2026-10-09T17:00:00.000Z',
  updatedAt: '2026-10-20T09:00:00.000Z',
} as const;

describe('EvidenceQuerySchema', () => {
  it('should default the page and accept the filters', () => {
    expect(EvidenceQuerySchema.parse({ status: 'accepted', kind: 'teaching', criterionId: id(101) })).toEqual(
      {
        limit: 25,
        status: 'accepted',
        kind: 'teaching',
        criterionId: id(101),
      },
    );
  });

  it.each([{ status: 'approved' }, { kind: 'rumour' }, { criterionId: 'execution' }, { sort: 'title' }])(
    'should refuse %j',
    (query) => {
      expect(EvidenceQuerySchema.safeParse(query).success).toBe(false);
    },
  );
});

describe('splitLatestReview', () => {
  it('should make the latest review the judgement of the current text once reviewed', () => {
    expect(splitLatestReview('needs_more', review)).toEqual({ review, previousReview: null });
  });

  it('should keep the latest review as history when the edited text waits for review again', () => {
    expect(splitLatestReview('submitted', review)).toEqual({ review: null, previousReview: review });
  });

  it('should give neither for evidence never reviewed', () => {
    expect(splitLatestReview('submitted', null)).toEqual({ review: null, previousReview: null });
  });
});

describe('the answer shapes', () => {
  it('should describe a piece with its review history', () => {
    const withHistory = { ...evidence, reviews: [{ ...review, id: id(20), evidenceVersion: 1 }] };
    expect(EvidenceWithHistorySchema.parse(withHistory)).toEqual(withHistory);
  });

  it('should describe an item of the review queue with the bar beside the evidence', () => {
    const item = {
      evidence,
      person: { id: id(1), name: 'Priya Raman', title: 'Senior PMM' },
      bar: { levelId: id(30), levelName: 'Manager, Product Marketing', source: 'target' },
      criteria: [
        {
          criterionId: id(101),
          name: 'Customer empathy',
          theme: 'Craft',
          expectation: { proficiency: 3, description: 'Brings the customer into every decision.' },
        },
      ],
      previousReview: review,
    };
    expect(PendingReviewSchema.parse(item)).toEqual(item);
  });
});
