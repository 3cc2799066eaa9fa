import { AuditEventEntity } from '../audit/audit-event.entity';
import { AuthSessionEntity } from '../auth/auth-session.entity';
import { ActionItemEntity } from '../conversations/action-item.entity';
import { ConversationNoteEntity } from '../conversations/conversation-note.entity';
import { ConversationEntity } from '../conversations/conversation.entity';
import { EvidenceCriterionEntity } from '../evidence/evidence-criterion.entity';
import { EvidenceReviewEntity } from '../evidence/evidence-review.entity';
import { EvidenceEntity } from '../evidence/evidence.entity';
import { CriterionEntity } from '../frameworks/criterion.entity';
import { ExpectationEntity } from '../frameworks/expectation.entity';
import { FrameworkEntity } from '../frameworks/framework.entity';
import { LevelEntity } from '../frameworks/level.entity';
import { TrackPathEntity } from '../frameworks/track-path.entity';
import { TrackEntity } from '../frameworks/track.entity';
import { AspirationEntity } from '../growth/aspiration.entity';
import { GoalEntity } from '../growth/goal.entity';
import { GrowthActionEntity } from '../growth/growth-action.entity';
import { GrowthPlanEntity } from '../growth/growth-plan.entity';
import { MoveEntity } from '../mobility/move.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import { TeamEntity } from '../people/team.entity';
import { PositionEntity } from '../positions/position.entity';
import { HandoverNoteEntity } from '../team/handover-note.entity';

// Listed as classes, not globs: the API is bundled into one main.js.
export const ENTITIES = [
  OrganizationEntity,
  TeamEntity,
  PersonEntity,
  AuthSessionEntity,
  FrameworkEntity,
  TrackEntity,
  TrackPathEntity,
  LevelEntity,
  CriterionEntity,
  ExpectationEntity,
  AspirationEntity,
  GrowthPlanEntity,
  GoalEntity,
  GrowthActionEntity,
  EvidenceEntity,
  EvidenceCriterionEntity,
  EvidenceReviewEntity,
  ConversationEntity,
  ConversationNoteEntity,
  ActionItemEntity,
  PositionEntity,
  MoveEntity,
  NotificationEntity,
  AuditEventEntity,
  HandoverNoteEntity,
];
