import { z } from 'zod';

// Settings an organization's HR partners and admins keep (DESIGN.md, manager
// journey: "get nudged about reports without a recent career conversation").

/** How long a report may go without a held career conversation before the manager is nudged. */
export const CONVERSATION_INTERVAL_DEFAULT_DAYS = 90;
export const CONVERSATION_INTERVAL_MIN_DAYS = 7;
export const CONVERSATION_INTERVAL_MAX_DAYS = 365;

export const OrganizationSettingsSchema = z
  .object({
    conversationIntervalDays: z
      .number()
      .int()
      .min(CONVERSATION_INTERVAL_MIN_DAYS)
      .max(CONVERSATION_INTERVAL_MAX_DAYS),
  })
  .meta({ id: 'OrganizationSettings' });
export type OrganizationSettings = z.infer<typeof OrganizationSettingsSchema>;

// PUT /api/organization/settings. The shape is checked here (a wrong type is a
// 400); the range is a rule of the domain (out of range is a 422), see
// conversationIntervalProblem.
export const OrganizationSettingsInputSchema = z
  .strictObject({
    conversationIntervalDays: z
      .number({ error: 'Give the interval as a whole number of days' })
      .int({ error: 'Give the interval as a whole number of days' }),
  })
  .meta({ id: 'OrganizationSettingsInput' });
export type OrganizationSettingsInput = z.infer<typeof OrganizationSettingsInputSchema>;

/** Why an interval is refused, or null when it is acceptable. */
export const conversationIntervalProblem = (days: number): string | null =>
  Number.isInteger(days) && days >= CONVERSATION_INTERVAL_MIN_DAYS && days <= CONVERSATION_INTERVAL_MAX_DAYS
    ? null
    : `Choose between ${CONVERSATION_INTERVAL_MIN_DAYS} and ${CONVERSATION_INTERVAL_MAX_DAYS} days`;
