import type { TeamFlag, TeamSort } from '@trellis/domain';

// The words a manager reads for the team overview's codes.

export const FLAG_LABELS: Readonly<Record<TeamFlag, string>> = {
  no_conversation: 'No recent conversation',
  request_waiting: 'Request waiting',
  aspiration_changed: 'Aspiration changed',
};

// What each flag asks of the manager, for the filter's hint and the chip's title.
export const FLAG_HINTS: Readonly<Record<TeamFlag, string>> = {
  no_conversation: 'No career conversation held within your organization’s interval',
  request_waiting: 'Asked for a conversation more than a week ago, still unanswered',
  aspiration_changed: 'Set or changed where they want to go in the last two weeks',
};

export const SORT_LABELS: Readonly<Record<TeamSort, string>> = {
  name: 'Name',
  readiness: 'Most ready first',
  lastConversation: 'Longest without a conversation',
};

// The order in a sentence: "2 people · most ready first".
export const SORT_PHRASES: Readonly<Record<TeamSort, string>> = {
  name: 'by name',
  readiness: 'most ready first',
  lastConversation: 'longest without a conversation first',
};

export const FLAGS = Object.keys(FLAG_LABELS) as TeamFlag[];
export const SORTS = Object.keys(SORT_LABELS) as TeamSort[];

export const asFlag = (value: string | null | undefined): TeamFlag | null =>
  FLAGS.find((flag) => flag === value) ?? null;

export const asSort = (value: string | null | undefined): TeamSort =>
  SORTS.find((sort) => sort === value) ?? 'name';

// "1 piece of evidence", "3 pieces of evidence".
export const counted = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;
