import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { TenantDatabase } from '../database/tenant-database';
import { conversationDueAt, conversationFactsJoin, requestWaitingSince } from './conversation-cadence';

export interface SweepResult {
  readonly conversationNudges: number;
  readonly requestWaitingNudges: number;
}

/**
 * Nudges managers (DESIGN.md: "the system notices when a manager has not held one
 * with a report for too long"). Each kind is ONE set-based INSERT … SELECT … WHERE
 * NOT EXISTS per organization, so a sweep costs the same whatever the number of
 * people, and it is idempotent:
 * - conversation_nudge: once per overdue period, i.e. no nudge about this report
 *   to this manager since their last held conversation (ever, if none was held);
 * - conversation_request_waiting: once per request.
 * Two API processes may sweep at once: a transaction-scoped advisory lock per
 * organization lets one of them sweep it, and the other skips it (a sweep that
 * starts after the first committed sees its rows, so it inserts nothing twice).
 */
@Injectable()
export class NudgesService {
  private readonly logger = new Logger(NudgesService.name);

  constructor(
    private readonly db: TenantDatabase,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Every organization in turn; one failing organization does not stop the others. */
  async sweepAll(): Promise<SweepResult> {
    // Row-level security hides organizations from the app role: this function returns their ids alone.
    const organizations = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM trellis_organization_ids() AS id`,
    );
    const total = { conversationNudges: 0, requestWaitingNudges: 0 };
    for (const { id } of organizations) {
      try {
        const result = await this.sweep(id);
        total.conversationNudges += result.conversationNudges;
        total.requestWaitingNudges += result.requestWaitingNudges;
      } catch (error) {
        this.logger.error({
          message: `Nudge sweep failed for organization ${id}: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    }
    return total;
  }

  sweep(organizationId: string): Promise<SweepResult> {
    return this.db.transaction(organizationId, async (manager) => {
      // Another process sweeping this organization right now does the work: skip it rather than wait.
      const [lock] = await manager.query<{ locked: boolean }[]>(
        `SELECT pg_try_advisory_xact_lock(hashtextextended('trellis.nudges:' || $1, 0)) AS locked`,
        [organizationId],
      );
      if (!lock?.locked) return { conversationNudges: 0, requestWaitingNudges: 0 };
      return {
        conversationNudges: await this.nudgeOverdueConversations(manager, organizationId),
        requestWaitingNudges: await this.nudgeWaitingRequests(manager, organizationId),
      };
    });
  }

  private async nudgeOverdueConversations(manager: EntityManager, organizationId: string): Promise<number> {
    const inserted = await manager.query<{ id: string }[]>(
      `INSERT INTO notifications (organization_id, person_id, kind, title, link, subject_id)
       SELECT r.organization_id, r.manager_id, 'conversation_nudge',
              CASE WHEN conv.last_held_at IS NULL
                   THEN 'You have never held a career conversation with ' || r.name
                   ELSE 'You have not held a career conversation with ' || r.name || ' since '
                        || to_char(conv.last_held_at AT TIME ZONE 'UTC', 'FMDD FMMonth YYYY')
              END,
              '/team/people/' || r.id, r.id
         FROM people r
         JOIN organizations o ON o.id = r.organization_id
         JOIN people m ON m.organization_id = r.organization_id AND m.id = r.manager_id
                      AND m.active AND m.deleted_at IS NULL
         ${conversationFactsJoin('r', '$1')}
        WHERE r.organization_id = $1 AND r.active AND r.deleted_at IS NULL
          AND ${conversationDueAt('r', 'o.conversation_interval_days')} < now()
          AND NOT EXISTS (
                SELECT 1 FROM notifications n
                 WHERE n.organization_id = r.organization_id AND n.person_id = r.manager_id
                   AND n.kind = 'conversation_nudge' AND n.subject_id = r.id
                   AND n.created_at > coalesce(conv.last_held_at, '-infinity'))
       RETURNING id`,
      [organizationId],
    );
    return inserted.length;
  }

  // Only requests the report made: those are what waits on the manager.
  private async nudgeWaitingRequests(manager: EntityManager, organizationId: string): Promise<number> {
    const inserted = await manager.query<{ id: string }[]>(
      `INSERT INTO notifications (organization_id, person_id, kind, title, link, subject_id)
       SELECT c.organization_id, c.manager_id, 'conversation_request_waiting',
              r.name || ' has been waiting since '
                || to_char(c.created_at AT TIME ZONE 'UTC', 'FMDD FMMonth YYYY')
                || ' for an answer to a career conversation request',
              '/team/conversations/' || c.id, c.id
         FROM conversations c
         JOIN people r ON r.organization_id = c.organization_id AND r.id = c.report_id
                      AND r.active AND r.deleted_at IS NULL AND r.manager_id = c.manager_id
         JOIN people m ON m.organization_id = c.organization_id AND m.id = c.manager_id
                      AND m.active AND m.deleted_at IS NULL
        WHERE c.organization_id = $1 AND c.status = 'requested' AND c.deleted_at IS NULL
          AND c.requester_id = c.report_id
          AND c.created_at < ${requestWaitingSince()}
          AND NOT EXISTS (
                SELECT 1 FROM notifications n
                 WHERE n.organization_id = c.organization_id AND n.person_id = c.manager_id
                   AND n.kind = 'conversation_request_waiting' AND n.subject_id = c.id)
       RETURNING id`,
      [organizationId],
    );
    return inserted.length;
  }
}
