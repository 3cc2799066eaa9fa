import type {
  ActionKind,
  CriterionStatus,
  EvidenceKind,
  EvidenceStatus,
  GrowthStatus,
  LevelChange,
  ReviewDecision,
  Strength,
} from '@trellis/domain';

// The words people read for the domain's codes, in one place for every page.
// Records over the unions: a new code in libs/domain fails to compile here.

export const ACTION_KIND_LABELS: Readonly<Record<ActionKind, string>> = {
  stretch_assignment: 'Stretch assignment',
  cross_functional_project: 'Cross-functional project',
  side_project: 'Side project',
  volunteer_project: 'Volunteer project',
  teach_or_document: 'Teach or document',
  find_mentor: 'Find a mentor',
  informational_interview: 'Informational interview',
  course: 'Course',
  shadowing: 'Shadowing',
};

export const GROWTH_STATUS_LABELS: Readonly<Record<GrowthStatus, string>> = {
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

export const EVIDENCE_KIND_LABELS: Readonly<Record<EvidenceKind, string>> = {
  project_case_study: 'Project case study',
  artifact_playbook: 'Artifact or playbook',
  teaching: 'Teaching',
  mentoring: 'Mentoring',
  cross_functional_project: 'Cross-functional project',
  side_project: 'Side or volunteer project',
  feedback_received: 'Feedback received',
  informational_interview: 'Informational interview',
  course: 'Course',
};

export const EVIDENCE_STATUS_LABELS: Readonly<Record<EvidenceStatus, string>> = {
  submitted: 'Waiting for review',
  accepted: 'Accepted',
  needs_more: 'Needs more',
  declined: 'Declined',
};

export const REVIEW_DECISION_LABELS: Readonly<Record<ReviewDecision, string>> = {
  accepted: 'Accepted',
  needs_more: 'Asked for more',
  declined: 'Declined',
};

export const STRENGTH_LABELS: Readonly<Record<Strength, string>> = {
  below: 'Below the expectation',
  meets: 'Meets the expectation',
  exceeds: 'Exceeds the expectation',
};

export const CRITERION_STATUS_LABELS: Readonly<Record<CriterionStatus, string>> = {
  not_started: 'Not started',
  developing: 'Developing',
  demonstrating: 'Demonstrating',
  exceeding: 'Exceeding',
};

export const LEVEL_CHANGE_LABELS: Readonly<Record<LevelChange, string>> = {
  raised: 'Higher proficiency',
  lowered: 'Lower proficiency',
  same: 'Same proficiency',
  new: 'New',
  dropped: 'No longer expected',
};

// Keys in the order the domain lists them, typed: for selects and filters.
export const codesOf = <T extends string>(labels: Readonly<Record<T, string>>): T[] =>
  Object.keys(labels) as T[];
