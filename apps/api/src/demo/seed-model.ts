import type {
  ActionKind,
  ConversationStatus,
  ConversationTopic,
  EvidenceKind,
  EvidenceStatus,
  GrowthStatus,
  MoveKind,
  Role,
  Strength,
} from '@trellis/domain';

// The shape of the demo data: typed literals that name people, teams, levels and
// criteria by key. demo-rows.ts resolves the keys to stable ids at seed time.

/** Level keys of the seed ladder (apps/api/src/frameworks/seed/career-ladder.v1.json). */
export type LevelKey =
  | 'engineer-1'
  | 'engineer-2'
  | 'senior-engineer'
  | 'staff-engineer'
  | 'engineering-manager'
  | 'senior-engineering-manager'
  | 'director-of-engineering'
  | 'apm'
  | 'pm'
  | 'senior-pm'
  | 'lead-pm'
  | 'pm-manager'
  | 'pm-senior-manager'
  | 'director-of-product'
  | 'pmm-1'
  | 'pmm-2'
  | 'senior-pmm'
  | 'lead-pmm'
  | 'pmm-manager'
  | 'pmm-senior-manager'
  | 'pmm-director';

export type CriterionKey =
  | 'exceptional-work'
  | 'execution'
  | 'beyond-your-swim-lane'
  | 'cross-functional-impact'
  | 'customer-empathy'
  | 'data-informed-decisions'
  | 'strategic-thinking'
  | 'leadership-without-authority'
  | 'servant-leadership';

/** Teams are named by their (unique) name. */
export interface TeamSeed {
  readonly name: string;
  readonly parent?: string;
  readonly lead?: string;
}

/**
 * One step of a career, in order: `[on, kind, level, team]`. The level is left
 * out on an exit; the team defaults to the previous step's (on the hire, to the
 * person's team).
 */
export type CareerStep = readonly [on: string, kind: MoveKind, level?: LevelKey, team?: string];

export interface PersonSeed {
  readonly key: string;
  readonly name: string;
  /** Where the person works now (or last worked, for someone who left). */
  readonly team: string;
  readonly manager?: string;
  /** Defaults to the name of the current level. */
  readonly title?: string;
  /** Defaults to first.last@<organization slug>.test. */
  readonly email?: string;
  readonly roles?: readonly Role[];
  /** A persona of DESIGN.md: signs in with the demo password. */
  readonly login?: true;
  /** Only for people outside the ladder (HR, operations), who have no moves. */
  readonly hireDate?: string;
  /** Starts with the hire; someone whose last step is an exit is inactive. */
  readonly career: readonly CareerStep[];
}

export interface AspirationSeed {
  readonly person: string;
  readonly target: LevelKey;
  readonly statement: string;
  readonly motivations: string;
  readonly strengths: string;
  readonly horizon: string;
  readonly sharedWithHr: boolean;
  /** When it was first written. */
  readonly since: string;
}

export interface ActionSeed {
  /** Only where an action item of a conversation links to it. */
  readonly key?: string;
  readonly kind: ActionKind;
  readonly title: string;
  readonly status: GrowthStatus;
  readonly due?: string;
  readonly notes?: string;
  /** Informational interviews: when to follow up, and whether the thank-you went out. */
  readonly followUpOn?: string;
  readonly thankYouSent?: boolean;
}

export interface GoalSeed {
  readonly criterion: CriterionKey;
  readonly title: string;
  readonly status: GrowthStatus;
  readonly notes?: string;
  readonly actions: readonly ActionSeed[];
}

export interface GrowthPlanSeed {
  readonly person: string;
  readonly goals: readonly GoalSeed[];
}

export interface ReviewSeed {
  readonly on: string;
  readonly comment: string;
  /** Against the target level's expectation: required to accept, left out when asking for more or declining. */
  readonly strength?: Strength;
}

export interface EvidenceSeed {
  readonly key: string;
  readonly person: string;
  readonly title: string;
  readonly kind: EvidenceKind;
  readonly occurredOn: string;
  readonly challenge: string;
  readonly actions: string;
  readonly outcome: string;
  readonly metrics: string;
  readonly links: readonly string[];
  readonly criteria: readonly CriterionKey[];
  readonly status: EvidenceStatus;
  /** By the direct manager; every status but `submitted` has one. */
  readonly review?: ReviewSeed;
}

export interface NotesSeed {
  readonly shared: string;
  /** Who last edited the shared note: `report` or `manager`. */
  readonly sharedBy: 'report' | 'manager';
  readonly reportPrivate: string;
  readonly managerPrivate: string;
}

export interface ActionItemSeed {
  readonly owner: 'report' | 'manager';
  readonly title: string;
  readonly due?: string;
  readonly done: boolean;
  /** `person:actionKey` of a growth-plan action of the report. */
  readonly growthAction?: string;
}

export interface ConversationSeed {
  readonly key: string;
  /** The other participant is the report's manager. */
  readonly report: string;
  readonly requestedBy: 'report' | 'manager';
  readonly topic: ConversationTopic;
  readonly agenda: string;
  readonly status: ConversationStatus;
  readonly requestedAt: string;
  readonly proposedTimes: readonly string[];
  readonly scheduledAt?: string;
  readonly heldAt?: string;
  readonly declineReason?: string;
  readonly notes?: NotesSeed;
  readonly actionItems?: readonly ActionItemSeed[];
}

export interface PositionSeed {
  readonly key: string;
  readonly team: string;
  readonly level: LevelKey;
  readonly title: string;
  readonly openedOn: string;
  /** A filled seat names who took it, and when (the day of their move). */
  readonly filled?: { readonly by: string; readonly on: string };
}

export type NotificationSubject =
  | { readonly conversation: string }
  | { readonly evidence: string }
  | { readonly position: string }
  | { readonly person: string };

export interface NotificationSeed {
  readonly person: string;
  readonly kind: string;
  readonly title: string;
  readonly at: string;
  readonly subject: NotificationSubject;
  /** The area of the web app the link opens in: /<area>/<subject kind>/<id>. */
  readonly area: 'me' | 'team' | 'hr' | 'admin';
  readonly readAt?: string;
}

export interface OrganizationSeed {
  readonly key: string;
  readonly name: string;
  readonly slug: string;
  readonly teams: readonly TeamSeed[];
  /** Managers need not come before their reports. */
  readonly people: readonly PersonSeed[];
  readonly aspirations: readonly AspirationSeed[];
  readonly growthPlans: readonly GrowthPlanSeed[];
  readonly evidence: readonly EvidenceSeed[];
  readonly conversations: readonly ConversationSeed[];
  readonly positions: readonly PositionSeed[];
  readonly notifications: readonly NotificationSeed[];
}

/** People of one team under one manager, written one line of career at a time. */
export const membersOf =
  (team: string, manager?: string) =>
  (key: string, name: string, ...career: CareerStep[]): PersonSeed => ({ key, name, team, manager, career });
