import { ASPIRATION_CHANGED_DAYS, REQUEST_WAITING_DAYS } from '@trellis/domain';

// One definition of "overdue" for the team overview's flags and the nudge sweep,
// as SQL fragments over a report row (`people`) and the organization's interval.
// Both count only conversations with the report's CURRENT direct manager: a new
// manager has not talked with the report yet, and the dates of another pair's
// conversations are theirs.

/**
 * LEFT JOIN LATERAL `conv`: the report's conversations with their direct manager,
 * summed up: the last held one, the open requests, and since when the oldest
 * request made by the report has been waiting.
 */
export const conversationFactsJoin = (report: string, organization: string): string => `
  LEFT JOIN LATERAL (
    SELECT max(coalesce(c.held_at, c.scheduled_at, c.updated_at)) FILTER (WHERE c.status = 'held') AS last_held_at,
           count(*) FILTER (WHERE c.status = 'requested')::int AS open_requests,
           min(c.created_at) FILTER (WHERE c.status = 'requested' AND c.requester_id = c.report_id) AS waiting_since
      FROM conversations c
     WHERE c.organization_id = ${organization}
       AND c.report_id = ${report}.id
       AND c.manager_id = ${report}.manager_id
       AND c.deleted_at IS NULL
  ) conv ON true`;

/**
 * When a career conversation is due: the interval after the last held one or,
 * when there never was one, after the hire date (a new hire is not overdue on
 * day one).
 */
export const conversationDueAt = (report: string, intervalDays: string): string =>
  `(coalesce(conv.last_held_at, ${report}.hire_date::timestamptz, ${report}.created_at) + make_interval(days => ${intervalDays}))`;

export const requestWaitingSince = (): string => `now() - make_interval(days => ${REQUEST_WAITING_DAYS})`;

export const aspirationChangedSince = (): string =>
  `now() - make_interval(days => ${ASPIRATION_CHANGED_DAYS})`;
