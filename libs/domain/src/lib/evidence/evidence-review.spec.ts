import fc from 'fast-check';

import {
  EVIDENCE_STATUSES,
  REVIEW_DECISIONS,
  STRENGTHS,
  type Evidence,
  type EvidencePatch,
} from './evidence';
import { reviewEvidence, reviseEvidence } from './evidence-review';

const PRIYA = 'priya';
const MORGAN = 'morgan';
const AT = '2025-02-20T08:00:00Z';

const submitted: Evidence = {
  id: 'e1',
  personId: PRIYA,
  title: 'Launch playbook',
  kind: 'artifact_playbook',
  occurredOn: '2025-02-14',
  challenge: 'Every launch reinvented the checklist.',
  actions: 'Wrote the playbook.',
  outcome: 'Three teams use it.',
  metrics: '',
  links: [],
  criterionIds: ['swim-lane'],
  status: 'submitted',
  review: null,
  version: 1,
  createdAt: '2025-02-15T08:00:00Z',
  updatedAt: '2025-02-15T08:00:00Z',
};

describe('reviewEvidence', () => {
  it.each([
    ['accepted', 'exceeds', 'Sets the bar for the team'],
    ['needs_more', null, 'Add the adoption numbers'],
    ['declined', 'below', 'This was a team effort led by Sam'],
  ] as const)('should turn the decision %s into the status', (decision, strength, comment) => {
    const result = reviewEvidence(submitted, { decision, strength, comment }, MORGAN, AT);
    expect(result).toEqual({
      ok: true,
      evidence: {
        ...submitted,
        status: decision,
        review: { decision, strength, comment, reviewerId: MORGAN, reviewedAt: AT },
      },
    });
  });

  it('should let a manager withdraw an acceptance', () => {
    const accepted = reviewEvidence(
      submitted,
      { decision: 'accepted', strength: 'meets', comment: '' },
      MORGAN,
      AT,
    );
    if (!accepted.ok) throw new Error('expected an acceptance');
    const withdrawn = reviewEvidence(
      accepted.evidence,
      { decision: 'needs_more', strength: null, comment: 'Metrics?' },
      MORGAN,
      AT,
    );
    expect(withdrawn.ok && withdrawn.evidence.status).toBe('needs_more');
  });

  it('should refuse a review of one’s own evidence', () => {
    expect(
      reviewEvidence(submitted, { decision: 'accepted', strength: 'exceeds', comment: '' }, PRIYA, AT),
    ).toEqual({
      ok: false,
      error: { code: 'self_review', message: 'Nobody reviews their own evidence' },
    });
  });
});

describe('reviseEvidence', () => {
  const reviewed = (status: Evidence['status']): Evidence => ({
    ...submitted,
    status,
    review: { decision: 'accepted', strength: 'meets', comment: 'ok', reviewerId: MORGAN, reviewedAt: AT },
  });

  it.each(EVIDENCE_STATUSES)('should put %s evidence back to submitted, without its old review', (status) => {
    const revised = reviseEvidence(reviewed(status), { metrics: 'Adoption: 3 of 4 teams', version: 2 });
    expect(revised).toEqual({ ...submitted, metrics: 'Adoption: 3 of 4 teams' });
  });

  it('should change every field it is given and keep the others', () => {
    const patch: EvidencePatch = {
      title: 'EU launch playbook',
      kind: 'project_case_study',
      occurredOn: '2025-01-01',
      challenge: 'c',
      actions: 'a',
      outcome: 'o',
      links: ['https://acme.test/p'],
      criterionIds: ['swim-lane', 'execution'],
    };
    expect(reviseEvidence(submitted, patch)).toEqual({ ...submitted, ...patch });
  });

  it('should never leave revised evidence counting as reviewed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EVIDENCE_STATUSES),
        fc.constantFrom(...REVIEW_DECISIONS),
        fc.constantFrom(...STRENGTHS),
        fc.record({ title: fc.string({ minLength: 1 }), metrics: fc.string() }, { requiredKeys: [] }),
        (status, decision, strength, patch) => {
          const before = {
            ...submitted,
            status,
            review: { decision, strength, comment: '', reviewerId: MORGAN, reviewedAt: AT },
          };
          const after = reviseEvidence(before, patch);
          return after.status === 'submitted' && after.review === null && after.id === before.id;
        },
      ),
    );
  });
});
