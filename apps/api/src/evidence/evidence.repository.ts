import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { EvidenceKind, EvidenceStatus, ReviewDecision, Strength } from '@trellis/domain';

import { cursorInstantSql } from '../http/page-cursor';

/** One evidence row with its criteria and its latest review, as the SQL below returns it. */
export interface EvidenceRow {
  id: string;
  personId: string;
  title: string;
  kind: EvidenceKind;
  occurredOn: string;
  challenge: string;
  actions: string;
  outcome: string;
  metrics: string;
  links: string[];
  status: EvidenceStatus;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  /** created_at to the microsecond, for keyset cursors (a JS Date keeps milliseconds only). */
  createdKey: string;
  criterionIds: string[];
  reviewId: string | null;
  reviewDecision: ReviewDecision | null;
  reviewComment: string | null;
  reviewStrength: Strength | null;
  reviewerId: string | null;
  reviewedAt: Date | null;
}

/** The author's name and direct manager, for notifications. */
export interface AuthoredEvidenceRow extends EvidenceRow {
  personName: string;
  managerId: string | null;
  managerName: string | null;
}

export interface ReviewHistoryRow {
  id: string;
  decision: ReviewDecision;
  comment: string;
  strength: Strength | null;
  reviewerId: string;
  reviewedAt: Date;
  evidenceVersion: number;
}

export interface PendingRow extends EvidenceRow {
  personName: string;
  personTitle: string;
  barLevelId: string | null;
  barLevelName: string | null;
  barSource: 'target' | 'current' | null;
}

export interface BarCriterionRow {
  evidenceId: string;
  criterionId: string;
  name: string;
  theme: string;
  proficiency: number | null;
  description: string | null;
}

export interface EvidenceFilter {
  criterionId?: string;
  kind?: EvidenceKind;
  status?: EvidenceStatus;
  /** Keyset: strictly after this (occurredOn, createdKey, id), newest first. */
  after?: readonly [string, string, string];
  limit: number;
}

// Every evidence read answers in one statement: criteria as an array, the latest
// review through a lateral join. `e` is the evidence row.
const COLUMNS = `
  e.id, e.person_id AS "personId", e.title, e.kind, e.occurred_on::text AS "occurredOn",
  e.challenge, e.actions, e.outcome, e.metrics, e.links, e.status, e.version,
  e.created_at AS "createdAt", e.updated_at AS "updatedAt",
  ${cursorInstantSql('e.created_at')} AS "createdKey",
  COALESCE((SELECT array_agg(ec.criterion_id::text ORDER BY ec.criterion_id)
              FROM evidence_criteria ec
             WHERE ec.organization_id = e.organization_id AND ec.evidence_id = e.id), '{}') AS "criterionIds",
  r.id AS "reviewId", r.decision AS "reviewDecision", r.comment AS "reviewComment",
  r.strength AS "reviewStrength", r.reviewer_id AS "reviewerId", r.created_at AS "reviewedAt"`;

const LATEST_REVIEW = `
  LEFT JOIN LATERAL (
    SELECT lr.id, lr.decision, lr.comment, lr.strength, lr.reviewer_id, lr.created_at
      FROM evidence_reviews lr
     WHERE lr.organization_id = e.organization_id AND lr.evidence_id = e.id
     ORDER BY lr.created_at DESC, lr.id DESC
     LIMIT 1) r ON true`;

/** The SQL of evidence reads (CONVENTIONS: a repository only where a query needs SQL). */
@Injectable()
export class EvidenceRepository {
  /** One person's evidence, newest first: one statement. */
  page(manager: EntityManager, organizationId: string, personId: string, filter: EvidenceFilter) {
    const params: unknown[] = [organizationId, personId];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = ['e.organization_id = $1', 'e.person_id = $2', 'e.deleted_at IS NULL'];
    if (filter.status) where.push(`e.status = ${param(filter.status)}`);
    if (filter.kind) where.push(`e.kind = ${param(filter.kind)}`);
    if (filter.criterionId) {
      where.push(`EXISTS (SELECT 1 FROM evidence_criteria f
                           WHERE f.organization_id = e.organization_id AND f.evidence_id = e.id
                             AND f.criterion_id = ${param(filter.criterionId)})`);
    }
    if (filter.after) {
      const [occurredOn, createdKey, id] = filter.after;
      where.push(
        `(e.occurred_on, e.created_at, e.id) < (${param(occurredOn)}::date, ${param(createdKey)}::timestamptz, ${param(id)}::uuid)`,
      );
    }
    return manager.query<EvidenceRow[]>(
      `SELECT ${COLUMNS} FROM evidence e ${LATEST_REVIEW}
        WHERE ${where.join(' AND ')}
        ORDER BY e.occurred_on DESC, e.created_at DESC, e.id DESC
        LIMIT ${param(filter.limit)}`,
      params,
    );
  }

  /** One piece with its author's name and direct manager: one statement. */
  async byId(
    manager: EntityManager,
    organizationId: string,
    id: string,
  ): Promise<AuthoredEvidenceRow | null> {
    const rows = await manager.query<AuthoredEvidenceRow[]>(
      `SELECT ${COLUMNS}, p.name AS "personName", p.manager_id AS "managerId", m.name AS "managerName"
         FROM evidence e
         JOIN people p ON p.organization_id = e.organization_id AND p.id = e.person_id
         LEFT JOIN people m ON m.organization_id = p.organization_id AND m.id = p.manager_id
         ${LATEST_REVIEW}
        WHERE e.organization_id = $1 AND e.id = $2 AND e.deleted_at IS NULL`,
      [organizationId, id],
    );
    return rows[0] ?? null;
  }

  /** Every review of a piece, newest first. */
  reviews(manager: EntityManager, organizationId: string, evidenceId: string) {
    return manager.query<ReviewHistoryRow[]>(
      `SELECT id, decision, comment, strength, reviewer_id AS "reviewerId", created_at AS "reviewedAt",
              evidence_version AS "evidenceVersion"
         FROM evidence_reviews
        WHERE organization_id = $1 AND evidence_id = $2
        ORDER BY created_at DESC, id DESC`,
      [organizationId, evidenceId],
    );
  }

  /**
   * The reviewer's queue: submitted evidence of their direct reports, oldest first,
   * with the level whose expectations are the bar (the aspiration's target, else
   * the current level). One statement.
   */
  pending(
    manager: EntityManager,
    organizationId: string,
    reviewerId: string,
    after: readonly [string, string] | undefined,
    limit: number,
  ) {
    const params: unknown[] = [organizationId, reviewerId];
    const param = (value: unknown) => `$${params.push(value)}`;
    const keyset = after
      ? `AND (e.created_at, e.id) > (${param(after[0])}::timestamptz, ${param(after[1])}::uuid)`
      : '';
    return manager.query<PendingRow[]>(
      `SELECT ${COLUMNS}, p.name AS "personName", p.title AS "personTitle",
              bl.id AS "barLevelId", bl.name AS "barLevelName",
              CASE WHEN bl.id IS NULL THEN NULL WHEN a.target_level_id IS NOT NULL THEN 'target' ELSE 'current' END
                AS "barSource"
         FROM evidence e
         JOIN people p ON p.organization_id = e.organization_id AND p.id = e.person_id
         LEFT JOIN aspirations a
           ON a.organization_id = p.organization_id AND a.person_id = p.id AND a.deleted_at IS NULL
         LEFT JOIN levels bl
           ON bl.organization_id = p.organization_id AND bl.id = COALESCE(a.target_level_id, p.level_id)
         ${LATEST_REVIEW}
        WHERE e.organization_id = $1 AND p.manager_id = $2 AND p.deleted_at IS NULL
          AND e.status = 'submitted' AND e.deleted_at IS NULL ${keyset}
        ORDER BY e.created_at ASC, e.id ASC
        LIMIT ${param(limit)}`,
      params,
    );
  }

  /**
   * For each (evidence, criterion) pair, the criterion and the expectation of the
   * bar level. The bar level may belong to a newer framework version than the
   * criterion the evidence names: criteria match across versions by their key.
   */
  barCriteria(manager: EntityManager, organizationId: string, evidenceIds: readonly string[]) {
    if (evidenceIds.length === 0) return Promise.resolve([]);
    return manager.query<BarCriterionRow[]>(
      `SELECT ec.evidence_id AS "evidenceId", c.id AS "criterionId", c.name, c.theme,
              x.proficiency, x.description
         FROM evidence_criteria ec
         JOIN criteria c ON c.organization_id = ec.organization_id AND c.id = ec.criterion_id
         JOIN evidence e ON e.organization_id = ec.organization_id AND e.id = ec.evidence_id
         JOIN people p ON p.organization_id = e.organization_id AND p.id = e.person_id
         LEFT JOIN aspirations a
           ON a.organization_id = p.organization_id AND a.person_id = p.id AND a.deleted_at IS NULL
         LEFT JOIN levels bl
           ON bl.organization_id = p.organization_id AND bl.id = COALESCE(a.target_level_id, p.level_id)
         LEFT JOIN tracks bt ON bt.organization_id = bl.organization_id AND bt.id = bl.track_id
         LEFT JOIN criteria bc
           ON bc.organization_id = bt.organization_id AND bc.framework_id = bt.framework_id AND bc.key = c.key
         LEFT JOIN expectations x
           ON x.organization_id = bc.organization_id AND x.criterion_id = bc.id AND x.level_id = bl.id
        WHERE ec.organization_id = $1 AND ec.evidence_id = ANY($2::uuid[])
        ORDER BY c.theme, c.name, c.id`,
      [organizationId, evidenceIds],
    );
  }

  /** Which of these ids are criteria of a published ladder of the organization. */
  async publishedCriteria(
    manager: EntityManager,
    organizationId: string,
    criterionIds: readonly string[],
  ): Promise<Set<string>> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT c.id::text AS id
         FROM criteria c
         JOIN frameworks f ON f.organization_id = c.organization_id AND f.id = c.framework_id
        WHERE c.organization_id = $1 AND c.id = ANY($2::uuid[]) AND f.status = 'published'`,
      [organizationId, criterionIds],
    );
    return new Set(rows.map((row) => row.id));
  }
}
