import fc from 'fast-check';

import { EVIDENCE_STATUSES, STRENGTHS, type EvidenceStatus } from '../evidence/evidence';
import {
  compareCriterionStatus,
  computeReadiness,
  type Readiness,
  type ReadinessEvidenceInput,
  type ReadinessInput,
} from './readiness';

const CRITERIA = ['c1', 'c2', 'c3', 'c4', 'c5'];

const criterionArb = fc.record({
  criterionId: fc.constantFrom(...CRITERIA),
  weight: fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: undefined }),
  expectation: fc.record({ proficiency: fc.integer({ min: 0, max: 4 }), description: fc.string() }),
});

const evidenceArb = fc.record({
  id: fc.uuid(),
  status: fc.constantFrom(...EVIDENCE_STATUSES),
  criterionIds: fc.subarray(CRITERIA),
  strength: fc.option(fc.constantFrom(...STRENGTHS), { nil: null }),
  occurredOn: fc.constantFrom('2023-01-01', '2024-06-15', '2025-02-28'),
});

const inputArb: fc.Arbitrary<ReadinessInput> = fc.record({
  personId: fc.constant('person'),
  targetLevelId: fc.constant('level'),
  criteria: fc.array(criterionArb, { maxLength: 6 }),
  evidence: fc.uniqueArray(evidenceArb, { maxLength: 12, selector: (piece) => piece.id }),
});

// An input with one piece of evidence singled out, to change its status.
const withOnePieceArb = inputArb.chain((input) =>
  fc.record({ input: fc.constant(input), piece: evidenceArb, index: fc.nat({ max: input.evidence.length }) }),
);

const withStatus = (
  { input, piece, index }: { input: ReadinessInput; piece: ReadinessEvidenceInput; index: number },
  status: EvidenceStatus,
): ReadinessInput => {
  const evidence = input.evidence.filter((other) => other.id !== piece.id);
  return {
    ...input,
    evidence: [...evidence.slice(0, index), { ...piece, status }, ...evidence.slice(index)],
  };
};

// Every criterion and the overall figure are at least as good in `after`.
const noLowerThan = (before: Readiness, after: Readiness): boolean =>
  after.overall >= before.overall &&
  after.criteria.every(
    (criterion, i) =>
      compareCriterionStatus(criterion.status, before.criteria[i]?.status ?? 'not_started') >= 0,
  );

const noHigherThan = (before: Readiness, after: Readiness): boolean => noLowerThan(after, before);

describe('computeReadiness properties', () => {
  it('should never lower readiness when a piece of evidence is accepted', () => {
    fc.assert(
      fc.property(
        withOnePieceArb,
        fc.constantFrom<EvidenceStatus>('submitted', 'needs_more', 'declined'),
        (case_, was) =>
          noLowerThan(
            computeReadiness(withStatus(case_, was)),
            computeReadiness(withStatus(case_, 'accepted')),
          ),
      ),
    );
  });

  it('should never raise readiness when a piece is declined or un-accepted', () => {
    fc.assert(
      fc.property(
        withOnePieceArb,
        fc.constantFrom<EvidenceStatus>('submitted', 'needs_more', 'declined'),
        (case_, now) => {
          const before = computeReadiness(withStatus(case_, 'accepted'));
          const after = computeReadiness(withStatus(case_, now));
          return noHigherThan(before, after);
        },
      ),
    );
  });

  it('should never lower readiness when more evidence is accepted', () => {
    fc.assert(
      fc.property(inputArb, evidenceArb, (input, extra) => {
        const accepted = { ...extra, status: 'accepted' as const };
        const more = {
          ...input,
          evidence: [...input.evidence.filter((piece) => piece.id !== extra.id), accepted],
        };
        const fewer = { ...input, evidence: input.evidence.filter((piece) => piece.id !== extra.id) };
        return noLowerThan(computeReadiness(fewer), computeReadiness(more));
      }),
    );
  });

  it('should not depend on the order of the evidence', () => {
    fc.assert(
      fc.property(
        inputArb.chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.shuffledSubarray([...input.evidence], { minLength: input.evidence.length }),
          ),
        ),
        ([input, shuffled]) => {
          expect(computeReadiness({ ...input, evidence: shuffled })).toEqual(computeReadiness(input));
        },
      ),
    );
  });

  it('should keep overall within [0, 1]', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { overall } = computeReadiness(input);
        return overall >= 0 && overall <= 1;
      }),
    );
  });

  it('should explain every status with accepted evidence, and say what is missing until demonstrated', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const accepted = new Set(
          input.evidence.filter((piece) => piece.status === 'accepted').map((piece) => piece.id),
        );
        return computeReadiness(input).criteria.every(
          (criterion) =>
            criterion.evidenceIds.every((id) => accepted.has(id)) &&
            (criterion.status === 'not_started') === (criterion.evidenceIds.length === 0) &&
            (criterion.missing === '') ===
              (!criterion.required ||
                criterion.status === 'demonstrating' ||
                criterion.status === 'exceeding'),
        );
      }),
    );
  });
});
