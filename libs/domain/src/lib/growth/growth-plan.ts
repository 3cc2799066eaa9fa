import { z } from 'zod';

import { MAX_STORED_INTEGER, storableDate } from '../storage/storable';

// One active plan per person toward their aspiration (DESIGN.md, Growth plan):
// goals tied to ladder criteria, each with learning-by-doing actions.

export const GROWTH_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export const GrowthStatusSchema = z.enum(GROWTH_STATUSES);
export type GrowthStatus = z.infer<typeof GrowthStatusSchema>;

// A person has one active plan; earlier ones are archived, never deleted.
export const GROWTH_PLAN_STATUSES = ['active', 'archived'] as const;
export type GrowthPlanStatus = (typeof GROWTH_PLAN_STATUSES)[number];

export const ACTION_KINDS = [
  'stretch_assignment',
  'cross_functional_project',
  'side_project',
  'volunteer_project',
  'teach_or_document',
  'find_mentor',
  'informational_interview',
  'course',
  'shadowing',
] as const;
export const ActionKindSchema = z.enum(ACTION_KINDS);
export type ActionKind = z.infer<typeof ActionKindSchema>;

// Every kind but the informational interview, which carries its follow-up.
export const PLAIN_ACTION_KINDS = ACTION_KINDS.filter(
  (kind): kind is Exclude<ActionKind, 'informational_interview'> => kind !== 'informational_interview',
);

export const GROWTH_TITLE_MAX = 200;
export const GROWTH_DESCRIPTION_MAX = 4000;

const title = z
  .string()
  .trim()
  .min(1, { error: 'Give it a title' })
  .max(GROWTH_TITLE_MAX, { error: `Keep the title under ${GROWTH_TITLE_MAX} characters` });
const description = z
  .string()
  .trim()
  .max(GROWTH_DESCRIPTION_MAX, { error: `Keep the description under ${GROWTH_DESCRIPTION_MAX} characters` });
const date = (what: string) => storableDate(`${what} is a date (YYYY-MM-DD)`);
// Optimistic concurrency: bumped on every write; a write carrying a stale one is refused (409).
const version = z.number().int().min(1).max(MAX_STORED_INTEGER);

const actionBase = {
  id: z.uuid(),
  goalId: z.uuid(),
  title: z.string(),
  description: z.string(),
  dueOn: z.iso.date().nullable(),
  status: GrowthStatusSchema,
  version,
};

export const GrowthActionSchema = z
  .discriminatedUnion('kind', [
    z.object({
      ...actionBase,
      kind: z.literal('informational_interview'),
      // When to check back with the person interviewed, and whether the thank-you
      // note went out: the follow-up is half the value of the interview.
      followUpOn: z.iso.date().nullable(),
      thankYouSent: z.boolean(),
    }),
    z.object({ ...actionBase, kind: z.enum(PLAIN_ACTION_KINDS) }),
  ])
  .meta({ id: 'GrowthAction' });
export type GrowthAction = z.infer<typeof GrowthActionSchema>;

export const GoalSchema = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    criterionId: z.uuid(),
    title: z.string(),
    description: z.string(),
    status: GrowthStatusSchema,
    actions: z.array(GrowthActionSchema),
    version,
  })
  .meta({ id: 'Goal' });
export type Goal = z.infer<typeof GoalSchema>;

// A person without a plan yet reads an empty one (no id, version 0, no
// updatedAt, no goals), so that every reader gets 200 and an empty state; their
// first goal creates the plan.
export const GrowthPlanSchema = z
  .object({
    id: z.uuid().nullable(),
    personId: z.uuid(),
    // The target of the person's current aspiration; null without one.
    targetLevelId: z.uuid().nullable(),
    goals: z.array(GoalSchema),
    version: z.number().int().min(0).max(MAX_STORED_INTEGER),
    updatedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'GrowthPlan' });
export type GrowthPlan = z.infer<typeof GrowthPlanSchema>;

// POST /api/people/:id/growth-plan/goals
export const GoalInputSchema = z
  .strictObject({
    criterionId: z.uuid({ error: 'Choose the criterion this goal works on' }),
    title,
    description: description.default(''),
  })
  .meta({ id: 'GoalInput' });
export type GoalInput = z.infer<typeof GoalInputSchema>;

// An edit must change something. `version` is the one read: the API refuses an
// edit without it, or with a stale one (409), so that no update is lost.
const atLeastOneChange = (patch: Record<string, unknown>) =>
  Object.entries(patch).some(([key, value]) => key !== 'version' && value !== undefined);
const nothingToChange = { error: 'Nothing to change: send at least one field' };

// PATCH /api/goals/:id
export const GoalPatchSchema = z
  .strictObject({
    title: title.optional(),
    description: description.optional(),
    status: GrowthStatusSchema.optional(),
    version: version.optional(),
  })
  .refine(atLeastOneChange, nothingToChange)
  .meta({ id: 'GoalPatch' });
export type GoalPatch = z.infer<typeof GoalPatchSchema>;

const actionInputBase = {
  title,
  description: description.default(''),
  dueOn: date('The due date').nullable().default(null),
};

// POST /api/goals/:id/actions. A new action starts `planned`.
export const GrowthActionInputSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      ...actionInputBase,
      kind: z.literal('informational_interview'),
      followUpOn: date('The follow-up date').nullable().default(null),
      thankYouSent: z.boolean().default(false),
    }),
    z.strictObject({ ...actionInputBase, kind: z.enum(PLAIN_ACTION_KINDS) }),
  ])
  .meta({ id: 'GrowthActionInput' });
export type GrowthActionInput = z.infer<typeof GrowthActionInputSchema>;

// PATCH /api/actions/:id. The kind never changes; the interview fields are
// accepted here and checked against the action's kind by `applyActionPatch`.
export const GrowthActionPatchSchema = z
  .strictObject({
    title: title.optional(),
    description: description.optional(),
    dueOn: date('The due date').nullable().optional(),
    status: GrowthStatusSchema.optional(),
    followUpOn: date('The follow-up date').nullable().optional(),
    thankYouSent: z.boolean().optional(),
    version: version.optional(),
  })
  .refine(atLeastOneChange, nothingToChange)
  .meta({ id: 'GrowthActionPatch' });
export type GrowthActionPatch = z.infer<typeof GrowthActionPatchSchema>;
