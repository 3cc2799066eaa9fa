import type { GrowthAction, GrowthActionPatch } from './growth-plan';

export type ActionPatchResult =
  | { ok: true; action: GrowthAction }
  | { ok: false; error: { code: 'interview_fields_only'; message: string } };

// Applies a PATCH to an action. The follow-up date and thank-you flag belong to
// informational interviews only; sending them for another kind is a client bug
// worth a clear 400 rather than a silently ignored field.
export const applyActionPatch = (action: GrowthAction, patch: GrowthActionPatch): ActionPatchResult => {
  const common = {
    title: patch.title ?? action.title,
    description: patch.description ?? action.description,
    // `null` clears the date, `undefined` leaves it as it is.
    dueOn: patch.dueOn === undefined ? action.dueOn : patch.dueOn,
    status: patch.status ?? action.status,
  };

  if (action.kind !== 'informational_interview') {
    if (patch.followUpOn !== undefined || patch.thankYouSent !== undefined)
      return {
        ok: false,
        error: {
          code: 'interview_fields_only',
          message: 'Follow-up date and thank-you note apply to informational interviews only',
        },
      };
    return { ok: true, action: { ...action, ...common } };
  }

  return {
    ok: true,
    action: {
      ...action,
      ...common,
      followUpOn: patch.followUpOn === undefined ? action.followUpOn : patch.followUpOn,
      thankYouSent: patch.thankYouSent ?? action.thankYouSent,
    },
  };
};
