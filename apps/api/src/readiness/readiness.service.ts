import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import {
  explainReadiness,
  readinessSummaryView,
  type ReadinessAnswer,
  type ReadinessDetail,
  type Strength,
} from '@trellis/domain';

import { AuditService } from '../audit/audit.service';
import { hasAnyRole, type Actor } from '../auth/actor';
import { ScopeService } from '../auth/scope/scope.service';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import { levelKey, loadLadderVersions } from './ladder-versions';

/** A person's readiness toward their aspiration, with what decides who may see it. */
export interface PersonReadiness {
  readonly personId: string;
  readonly active: boolean;
  readonly sharedWithHr: boolean;
  readonly readiness: ReadinessDetail;
}

interface TargetRow {
  personId: string;
  active: boolean;
  sharedWithHr: boolean;
  targetLevelId: string;
  frameworkId: string;
  currentLevelId: string | null;
  currentFrameworkId: string | null;
  currentTrackKey: string | null;
  currentLevelKey: string | null;
}

interface AcceptedRow {
  id: string;
  personId: string;
  occurredOn: string;
  strength: Strength | null;
  criterionKeys: string[];
}

@Injectable()
export class ReadinessService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The person and their chain see the full readiness; HR sees the summary, and only
   * of an aspiration shared with HR; anyone else gets 404. Reads by others are audited.
   */
  get(actor: Actor, personId: string, correlationId: string): Promise<ReadinessAnswer> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const relation = await this.scope.relationTo(manager, actor, personId);
      const asHr = relation === null && hasAnyRole(actor, ['hr']);
      if (relation === null && !asHr) throw new DomainError('not_found', 'There is no such person.');

      const found = (await this.readinessOf(manager, actor.organizationId, [personId])).get(personId);
      // For HR an unshared aspiration and no aspiration look alike: neither is HR's to know.
      if (asHr && !(found?.sharedWithHr && found.active)) {
        throw new DomainError('not_found', 'There is no readiness shared with HR for this person.');
      }
      if (!found) {
        throw new DomainError(
          'not_found',
          relation === 'self'
            ? 'You have not said where you want to go yet. Set your aspiration to see your readiness toward it.'
            : 'This person has not set an aspiration yet, so there is no readiness to show.',
        );
      }
      const answer = asHr ? readinessSummaryView(found.readiness) : found.readiness;
      if (relation !== 'self') {
        await this.audit.record(manager, {
          actor,
          action: 'readiness.read',
          targetType: 'readiness',
          targetId: personId,
          subjectPersonId: personId,
          correlationId,
          details: { as: relation ?? 'hr', view: answer.view },
        });
      }
      return answer;
    });
  }

  /**
   * Readiness of several people toward their aspirations, in a constant number of
   * statements (one for the targets, six for the ladder versions, one for the
   * evidence) whatever the number of people or pieces of evidence. People without
   * an aspiration are absent from the map. No access check: callers decide who
   * may see what (the team overview, the bench).
   */
  async readinessOf(
    manager: EntityManager,
    organizationId: string,
    personIds: readonly string[],
  ): Promise<Map<string, PersonReadiness>> {
    const ids = [...new Set(personIds)];
    if (ids.length === 0) return new Map();
    const targets = await manager.query<TargetRow[]>(
      `SELECT p.id AS "personId", p.active, a.shared_with_hr AS "sharedWithHr",
              a.target_level_id AS "targetLevelId", tt.framework_id AS "frameworkId",
              p.level_id AS "currentLevelId", ct.framework_id AS "currentFrameworkId",
              ct.key AS "currentTrackKey", cl.key AS "currentLevelKey"
         FROM people p
         JOIN aspirations a
           ON a.organization_id = p.organization_id AND a.person_id = p.id AND a.deleted_at IS NULL
         JOIN levels tl ON tl.organization_id = a.organization_id AND tl.id = a.target_level_id
         JOIN tracks tt ON tt.organization_id = tl.organization_id AND tt.id = tl.track_id
         LEFT JOIN levels cl ON cl.organization_id = p.organization_id AND cl.id = p.level_id
         LEFT JOIN tracks ct ON ct.organization_id = cl.organization_id AND ct.id = cl.track_id
        WHERE p.organization_id = $1 AND p.id = ANY($2::uuid[]) AND p.deleted_at IS NULL`,
      [organizationId, ids],
    );
    if (targets.length === 0) return new Map();
    const ladders = await loadLadderVersions(
      manager,
      organizationId,
      targets.map((target) => target.frameworkId),
    );
    // Only accepted evidence counts toward readiness. Each piece comes with the keys
    // of its criteria and the strength of its latest review (the one that accepted it).
    const accepted = await manager.query<AcceptedRow[]>(
      `SELECT e.id, e.person_id AS "personId", e.occurred_on::text AS "occurredOn", r.strength,
              array_agg(DISTINCT c.key) AS "criterionKeys"
         FROM evidence e
         JOIN evidence_criteria ec ON ec.organization_id = e.organization_id AND ec.evidence_id = e.id
         JOIN criteria c ON c.organization_id = ec.organization_id AND c.id = ec.criterion_id
         LEFT JOIN LATERAL (
           SELECT lr.strength FROM evidence_reviews lr
            WHERE lr.organization_id = e.organization_id AND lr.evidence_id = e.id
            ORDER BY lr.created_at DESC, lr.id DESC
            LIMIT 1) r ON true
        WHERE e.organization_id = $1 AND e.person_id = ANY($2::uuid[])
          AND e.status = 'accepted' AND e.deleted_at IS NULL
        GROUP BY e.id, e.person_id, e.occurred_on, r.strength`,
      [organizationId, targets.map((target) => target.personId)],
    );

    const acceptedOf = new Map<string, AcceptedRow[]>();
    for (const piece of accepted)
      acceptedOf.set(piece.personId, [...(acceptedOf.get(piece.personId) ?? []), piece]);

    const result = new Map<string, PersonReadiness>();
    for (const target of targets) {
      const ladder = ladders.get(target.frameworkId);
      if (!ladder) continue;
      // Criteria are matched by key, not id. Within one framework version the
      // criteria are shared by every track (only the expectations are per level),
      // so for a lateral move (PMM → PM) the same criterion rows already apply.
      // Across versions ids differ but keys are stable (the trellis.framework/v1
      // exchange keys), so evidence written against an older published version
      // still counts against the same criterion of the target's version.
      const evidence = (acceptedOf.get(target.personId) ?? []).map((piece) => ({
        id: piece.id,
        status: 'accepted' as const,
        occurredOn: piece.occurredOn,
        strength: piece.strength,
        criterionIds: piece.criterionKeys.flatMap((key) => {
          const id = ladder.criterionIdByKey.get(key);
          return id ? [id] : [];
        }),
      }));
      // The current level likewise, by track and level key when it is of another version.
      const currentLevelId =
        target.currentFrameworkId === target.frameworkId
          ? target.currentLevelId
          : target.currentTrackKey && target.currentLevelKey
            ? (ladder.levelIdByKey.get(levelKey(target.currentTrackKey, target.currentLevelKey)) ?? null)
            : null;
      const explained = explainReadiness({
        personId: target.personId,
        framework: ladder.framework,
        targetLevelId: target.targetLevelId,
        currentLevelId,
        evidence,
      });
      if (!explained.ok) continue;
      result.set(target.personId, {
        personId: target.personId,
        active: target.active,
        sharedWithHr: target.sharedWithHr,
        readiness: explained.readiness,
      });
    }
    return result;
  }
}
