import type { ConversationTopic } from '@trellis/domain';

// What each topic is for, from the manager's side of the table.
export const MANAGER_TOPIC_DESCRIPTIONS: Readonly<Record<ConversationTopic, string>> = {
  aspiration: 'Where they want to go next, and whether you see a path there.',
  growth_plan_review: 'Go through their goals and actions together, and what to change.',
  promotion_readiness: 'How close they are to the next level, and what is still missing.',
  lateral_move: 'A move sideways: another track, discipline or team.',
  feedback: 'How their work lands, and how you could support them better.',
};
