import type { Bench, Position } from './position';

// The in-house bench of a position: people whose aspiration targets its level,
// ranked by readiness, so that a ready internal candidate gets the shot.
//
// Who may appear depends on who looks (DESIGN.md, access rules):
// - HR sees only aspirations the IC shared with HR, never the others.
// - A manager sees those shared with HR (the IC opted into internal
//   opportunities) and those in their own management chain, whose aspirations
//   they see anyway. The caller computes `inSameChain` relative to the viewer.

export type BenchViewer = 'hr' | 'manager';

export interface BenchCandidateInput {
  personId: string;
  targetLevelId: string;
  readiness: number;
  sharedWithHr: boolean;
  inSameChain: boolean;
}

const visibleTo = (viewer: BenchViewer, candidate: BenchCandidateInput): boolean =>
  candidate.sharedWithHr || (viewer === 'manager' && candidate.inSameChain);

export const rankBench = (
  position: Pick<Position, 'id' | 'levelId'>,
  candidates: readonly BenchCandidateInput[],
  viewer: BenchViewer,
): Bench => {
  // One row per person; should the caller pass a person twice, the higher readiness wins.
  const best = new Map<string, number>();
  for (const candidate of candidates) {
    if (candidate.targetLevelId !== position.levelId || !visibleTo(viewer, candidate)) continue;
    // Readiness is a share; anything else is a caller's bug, not a reason to break the sort.
    const readiness = Number.isFinite(candidate.readiness)
      ? Math.min(1, Math.max(0, candidate.readiness))
      : 0;
    best.set(candidate.personId, Math.max(best.get(candidate.personId) ?? 0, readiness));
  }

  return {
    positionId: position.id,
    candidates: [...best]
      .map(([personId, readiness]) => ({ personId, readiness }))
      // Readiness first; the person id breaks ties so the order is stable.
      .sort((a, b) => b.readiness - a.readiness || (a.personId < b.personId ? -1 : 1)),
  };
};
