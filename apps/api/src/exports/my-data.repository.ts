import { Injectable } from '@nestjs/common';
import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { AuditEventEntity } from '../audit/audit-event.entity';
import { AuthSessionEntity } from '../auth/auth-session.entity';
import { ActionItemEntity } from '../conversations/action-item.entity';
import { ConversationNoteEntity } from '../conversations/conversation-note.entity';
import { ConversationEntity } from '../conversations/conversation.entity';
import { EvidenceCriterionEntity } from '../evidence/evidence-criterion.entity';
import { EvidenceReviewEntity } from '../evidence/evidence-review.entity';
import { EvidenceEntity } from '../evidence/evidence.entity';
import { AspirationEntity } from '../growth/aspiration.entity';
import { GoalEntity } from '../growth/goal.entity';
import { GrowthActionEntity } from '../growth/growth-action.entity';
import { GrowthPlanEntity } from '../growth/growth-plan.entity';
import { MoveEntity } from '../mobility/move.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { PersonEntity } from '../people/person.entity';

/** Whose data: one person (the caller, or the person an admin exports), in their organization. */
export interface Owner {
  readonly organizationId: string;
  readonly personId: string;
}

/** A session family as the export shows it: when, never which token. */
export interface SessionFamilyRow {
  readonly id: string;
  readonly signed_in_at: Date;
  readonly last_used_at: Date;
  readonly expires_at: Date;
  readonly revoked_at: Date | null;
  readonly refreshes: number;
}

// Subqueries rather than lists of ids read first: the number of statements stays the
// same whether the caller has no records or thousands.
const MY_PLANS = `SELECT gp.id FROM growth_plans gp WHERE gp.organization_id = :org AND gp.person_id = :me`;
const MY_GOALS = `SELECT g.id FROM goals g WHERE g.organization_id = :org AND g.plan_id IN (${MY_PLANS})`;
const MY_EVIDENCE = `SELECT e.id FROM evidence e WHERE e.organization_id = :org AND e.person_id = :me`;
const MY_CONVERSATIONS = `SELECT c.id FROM conversations c
  WHERE c.organization_id = :org AND (c.report_id = :me OR c.manager_id = :me)`;

/**
 * Every table that holds something of a person (a person_id, author, reviewer,
 * participant, owner or actor column), read for one person: one statement each.
 * Soft-deleted rows are held, so they are read too. Joined people bring their id
 * and name only, and the person's own row never brings its password hash.
 */
@Injectable()
export class MyDataRepository {
  person(manager: EntityManager, owner: Owner): Promise<PersonEntity | null> {
    return scoped(manager, PersonEntity, 'p', owner, 'p.id = :me')
      .select([
        'p.id',
        'p.name',
        'p.email',
        'p.title',
        'p.roles',
        'p.teamId',
        'p.managerId',
        'p.levelId',
        'p.hireDate',
        'p.active',
        'p.createdAt',
        'p.updatedAt',
      ])
      .leftJoin('p.team', 'team')
      .addSelect(['team.id', 'team.name'])
      .leftJoin('p.manager', 'manager')
      .addSelect(['manager.id', 'manager.name', 'manager.email', 'manager.title'])
      .leftJoin('p.level', 'level')
      .addSelect(['level.id', 'level.name'])
      .getOne();
  }

  aspirations(manager: EntityManager, owner: Owner): Promise<AspirationEntity[]> {
    return scoped(manager, AspirationEntity, 'a', owner, 'a.person_id = :me')
      .leftJoin('a.targetLevel', 'level')
      .addSelect(['level.id', 'level.name'])
      .orderBy('a.created_at', 'ASC')
      .getMany();
  }

  growthPlans(manager: EntityManager, owner: Owner): Promise<GrowthPlanEntity[]> {
    return scoped(manager, GrowthPlanEntity, 'gp', owner, 'gp.person_id = :me')
      .orderBy('gp.created_at', 'ASC')
      .getMany();
  }

  goals(manager: EntityManager, owner: Owner): Promise<GoalEntity[]> {
    return scoped(manager, GoalEntity, 'goal', owner, `goal.plan_id IN (${MY_PLANS})`)
      .leftJoin('goal.criterion', 'criterion')
      .addSelect(['criterion.id', 'criterion.name'])
      .orderBy('goal.position', 'ASC')
      .addOrderBy('goal.created_at', 'ASC')
      .getMany();
  }

  growthActions(manager: EntityManager, owner: Owner): Promise<GrowthActionEntity[]> {
    return scoped(manager, GrowthActionEntity, 'action', owner, `action.goal_id IN (${MY_GOALS})`)
      .orderBy('action.created_at', 'ASC')
      .getMany();
  }

  evidence(manager: EntityManager, owner: Owner): Promise<EvidenceEntity[]> {
    return scoped(manager, EvidenceEntity, 'ev', owner, 'ev.person_id = :me')
      .orderBy('ev.occurred_on', 'ASC')
      .addOrderBy('ev.created_at', 'ASC')
      .getMany();
  }

  evidenceCriteria(manager: EntityManager, owner: Owner): Promise<EvidenceCriterionEntity[]> {
    return scoped(manager, EvidenceCriterionEntity, 'ec', owner, `ec.evidence_id IN (${MY_EVIDENCE})`)
      .innerJoin('ec.criterion', 'criterion')
      .addSelect(['criterion.id', 'criterion.name'])
      .orderBy('criterion.name', 'ASC')
      .getMany();
  }

  /** Reviews of the caller's evidence, with the reviewer's name. */
  reviewsReceived(manager: EntityManager, owner: Owner): Promise<EvidenceReviewEntity[]> {
    return scoped(manager, EvidenceReviewEntity, 'r', owner, `r.evidence_id IN (${MY_EVIDENCE})`)
      .leftJoin('r.reviewer', 'reviewer')
      .addSelect(['reviewer.id', 'reviewer.name'])
      .orderBy('r.created_at', 'ASC')
      .getMany();
  }

  /** Reviews the caller wrote: their own words, without the evidence they judged. */
  reviewsWritten(manager: EntityManager, owner: Owner): Promise<EvidenceReviewEntity[]> {
    return scoped(manager, EvidenceReviewEntity, 'r', owner, 'r.reviewer_id = :me')
      .orderBy('r.created_at', 'ASC')
      .getMany();
  }

  conversations(manager: EntityManager, owner: Owner): Promise<ConversationEntity[]> {
    return scoped(manager, ConversationEntity, 'c', owner, '(c.report_id = :me OR c.manager_id = :me)')
      .leftJoin('c.report', 'report')
      .addSelect(['report.id', 'report.name'])
      .leftJoin('c.manager', 'manager')
      .addSelect(['manager.id', 'manager.name'])
      .orderBy('c.created_at', 'ASC')
      .getMany();
  }

  /**
   * The shared notes of the person's conversations and, when `privateNotesOf` names
   * someone (the person, reading their own export), that author's private notes.
   * Any other private note is filtered out here, in SQL: it never even reaches this
   * process. With `privateNotesOf` null (an export made by someone else) no private
   * note is selected at all.
   */
  notes(
    manager: EntityManager,
    owner: Owner,
    privateNotesOf: string | null,
  ): Promise<ConversationNoteEntity[]> {
    const visible =
      privateNotesOf === null
        ? `n.visibility = 'shared'`
        : `(n.visibility = 'shared' OR (n.visibility = 'private' AND n.author_id = :privateNotesOf))`;
    return scoped(
      manager,
      ConversationNoteEntity,
      'n',
      owner,
      `n.conversation_id IN (${MY_CONVERSATIONS}) AND ${visible}`,
    )
      .setParameter('privateNotesOf', privateNotesOf)
      .orderBy('n.created_at', 'ASC')
      .getMany();
  }

  actionItems(manager: EntityManager, owner: Owner): Promise<ActionItemEntity[]> {
    return scoped(manager, ActionItemEntity, 'ai', owner, `ai.conversation_id IN (${MY_CONVERSATIONS})`)
      .orderBy('ai.created_at', 'ASC')
      .getMany();
  }

  notifications(manager: EntityManager, owner: Owner): Promise<NotificationEntity[]> {
    return scoped(manager, NotificationEntity, 'nt', owner, 'nt.person_id = :me')
      .orderBy('nt.created_at', 'ASC')
      .getMany();
  }

  moves(manager: EntityManager, owner: Owner): Promise<MoveEntity[]> {
    return scoped(manager, MoveEntity, 'mv', owner, 'mv.person_id = :me')
      .leftJoin('mv.fromLevel', 'fromLevel')
      .addSelect(['fromLevel.id', 'fromLevel.name'])
      .leftJoin('mv.fromTeam', 'fromTeam')
      .addSelect(['fromTeam.id', 'fromTeam.name'])
      .leftJoin('mv.toLevel', 'toLevel')
      .addSelect(['toLevel.id', 'toLevel.name'])
      .leftJoin('mv.toTeam', 'toTeam')
      .addSelect(['toTeam.id', 'toTeam.name'])
      .orderBy('mv.occurred_on', 'ASC')
      .addOrderBy('mv.created_at', 'ASC')
      .getMany();
  }

  /** Events about the caller's record (who read or changed it) and events the caller caused. */
  auditEvents(manager: EntityManager, owner: Owner): Promise<AuditEventEntity[]> {
    return scoped(manager, AuditEventEntity, 'ae', owner, '(ae.subject_person_id = :me OR ae.actor_id = :me)')
      .leftJoin('ae.actor', 'actor')
      .addSelect(['actor.id', 'actor.name'])
      .orderBy('ae.created_at', 'ASC')
      .addOrderBy('ae.id', 'ASC')
      .getMany();
  }

  /** Sign-ins with their refreshes, one row per session family; token hashes are never selected. */
  sessionFamilies(manager: EntityManager, owner: Owner): Promise<SessionFamilyRow[]> {
    return (
      scoped(manager, AuthSessionEntity, 's', owner, 's.person_id = :me')
        .select('s.family_id', 'id')
        .addSelect('min(s.created_at)', 'signed_in_at')
        .addSelect('max(s.created_at)', 'last_used_at')
        .addSelect('max(s.expires_at)', 'expires_at')
        // A family has ended when every session of it is revoked.
        .addSelect('CASE WHEN bool_and(s.revoked_at IS NOT NULL) THEN max(s.revoked_at) END', 'revoked_at')
        .addSelect('(count(*) - 1)::int', 'refreshes')
        .groupBy('s.family_id')
        .orderBy('min(s.created_at)', 'ASC')
        .getRawMany<SessionFamilyRow>()
    );
  }
}

// Rows of the caller's organization matching `condition`, soft-deleted ones included.
const scoped = <T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  alias: string,
  owner: Owner,
  condition: string,
): SelectQueryBuilder<T> =>
  manager
    .getRepository(entity)
    .createQueryBuilder(alias)
    .withDeleted()
    .where(`${alias}.organization_id = :org AND ${condition}`, {
      org: owner.organizationId,
      me: owner.personId,
    });
