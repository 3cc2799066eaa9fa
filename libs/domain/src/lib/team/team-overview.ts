import { z } from 'zod';

import { TrackKindSchema } from '../frameworks/framework';
import { PageQuerySchema } from '../pagination/page';

// GET /api/team: a manager's reports at a glance (DESIGN.md, manager journey).
// "Manager" is not a role: anyone may ask, and someone without reports gets an
// empty list.

/**
 * What needs the manager's attention:
 * - no_conversation: no held career conversation with this manager within the
 *   organization's interval (counted from the hire date when there never was one);
 * - request_waiting: the report asked for a conversation more than
 *   REQUEST_WAITING_DAYS ago and it is still unanswered;
 * - aspiration_changed: the report set or changed their aspiration within the
 *   last ASPIRATION_CHANGED_DAYS.
 */
export const TEAM_FLAGS = ['no_conversation', 'request_waiting', 'aspiration_changed'] as const;
export const TeamFlagSchema = z.enum(TEAM_FLAGS);
export type TeamFlag = z.infer<typeof TeamFlagSchema>;

export const REQUEST_WAITING_DAYS = 7;
export const ASPIRATION_CHANGED_DAYS = 14;

export const TEAM_DEPTHS = ['direct', 'all'] as const;
export type TeamDepth = (typeof TEAM_DEPTHS)[number];

// name: A→Z; readiness: most ready first, no aspiration last; lastConversation:
// longest without a held conversation first (never held before all).
export const TEAM_SORTS = ['name', 'readiness', 'lastConversation'] as const;
export type TeamSort = (typeof TEAM_SORTS)[number];

export const TeamQuerySchema = PageQuerySchema.extend({
  depth: z.enum(TEAM_DEPTHS, { error: 'depth is direct or all' }).default('direct'),
  sort: z.enum(TEAM_SORTS, { error: `sort is one of ${TEAM_SORTS.join(', ')}` }).default('name'),
  flag: z.enum(TEAM_FLAGS, { error: `flag is one of ${TEAM_FLAGS.join(', ')}` }).optional(),
  q: z.string().trim().min(1).max(100).optional(),
});
export type TeamQuery = z.infer<typeof TeamQuerySchema>;

const TeamTrackSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: TrackKindSchema,
  discipline: z.string(),
});

export const TeamMemberSchema = z
  .object({
    person: z.object({
      id: z.uuid(),
      name: z.string(),
      title: z.string(),
      teamId: z.uuid().nullable(),
      levelId: z.uuid().nullable(),
      levelName: z.string().nullable(),
      track: TeamTrackSchema.nullable(),
    }),
    // The direct manager, and how far below the caller the person sits (1 = a direct report).
    manager: z.object({ id: z.uuid(), name: z.string() }),
    depth: z.number().int().min(1),
    // The whole management chain always sees the target, shared with HR or not.
    aspiration: z
      .object({
        targetLevelId: z.uuid(),
        targetLevelName: z.string(),
        track: TeamTrackSchema,
        updatedAt: z.iso.datetime({ offset: true }),
      })
      .nullable(),
    // Overall readiness toward the target (0..1); null without an aspiration.
    readiness: z.number().min(0).max(1).nullable(),
    evidenceAwaitingReview: z.number().int().min(0),
    // The last career conversation held with the current direct manager.
    lastConversationAt: z.iso.datetime({ offset: true }).nullable(),
    // When it becomes (or became) overdue under the organization's interval.
    conversationDueAt: z.iso.datetime({ offset: true }),
    // Conversation requests between the report and the direct manager not yet answered.
    openRequests: z.number().int().min(0),
    flags: z.array(TeamFlagSchema),
  })
  .meta({ id: 'TeamMember' });
export type TeamMember = z.infer<typeof TeamMemberSchema>;

export const TeamOverviewSchema = z
  .object({
    items: z.array(TeamMemberSchema),
    nextCursor: z.string().nullable(),
    // Matching people over all pages.
    total: z.number().int().min(0),
    conversationIntervalDays: z.number().int().min(1),
  })
  .meta({ id: 'TeamOverview' });
export type TeamOverview = z.infer<typeof TeamOverviewSchema>;

/**
 * The position of a member in a sorted overview: a primary number (null sorts
 * last), then the name, then the id, so that the order is total and a page
 * cursor can resume after any member.
 */
export type TeamSortKey = readonly [primary: number | null, name: string, id: string];

export const teamSortKey = (
  sort: TeamSort,
  member: Pick<TeamMember, 'readiness' | 'lastConversationAt'> & {
    person: Pick<TeamMember['person'], 'id' | 'name'>;
  },
): TeamSortKey => {
  const { id, name } = member.person;
  if (sort === 'readiness') return [member.readiness === null ? null : -member.readiness, name, id];
  if (sort === 'lastConversation') {
    // Never held: before everyone (the most overdue).
    return [member.lastConversationAt === null ? -1 : Date.parse(member.lastConversationAt), name, id];
  }
  return [null, name, id];
};

const names = new Intl.Collator('en', { sensitivity: 'base' });

export const compareTeamSortKeys = (a: TeamSortKey, b: TeamSortKey): number => {
  const [pa, na, ia] = a;
  const [pb, nb, ib] = b;
  if (pa !== pb) {
    if (pa === null) return 1;
    if (pb === null) return -1;
    return pa - pb;
  }
  return names.compare(na, nb) || (ia < ib ? -1 : ia > ib ? 1 : 0);
};
