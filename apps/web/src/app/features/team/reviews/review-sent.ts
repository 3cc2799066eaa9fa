import type { ReviewDecision } from '@trellis/domain';

// Carried in the navigation's state after a review, so that the next page (the
// next piece in the queue, or the queue itself) says the last one went out.
export interface ReviewSentState {
  readonly reviewed?: {
    readonly title: string;
    readonly personName: string;
    readonly decision: ReviewDecision;
  };
}

const VERBS: Readonly<Record<ReviewDecision, string>> = {
  accepted: 'accepted',
  needs_more: 'asked for more on',
  declined: 'declined',
};

export const reviewSentMessage = (state: ReviewSentState | null | undefined): string | null => {
  const reviewed = state?.reviewed;
  if (!reviewed || typeof reviewed.title !== 'string' || !(reviewed.decision in VERBS)) return null;
  return `Review sent: you ${VERBS[reviewed.decision]} “${reviewed.title}”. ${reviewed.personName} has been told.`;
};
