import { Injectable } from '@nestjs/common';

import { benchHighlights, rankBench, type PositionBench } from '@trellis/domain';

import { AuditService } from '../audit/audit.service';
import { hasAnyRole, type Actor } from '../auth/actor';
import { ScopeService } from '../auth/scope/scope.service';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import { ReadinessService } from '../readiness/readiness.service';
import { PositionChain } from './position-chain';
import { PositionEntity } from './position.entity';
import { toPosition } from './position.mapper';

interface CandidateRow {
  personId: string;
  name: string;
  title: string;
  teamId: string | null;
  levelId: string | null;
  sharedWithHr: boolean;
  inChain: boolean;
}

/**
 * The in-house bench of a seat: active people whose aspiration targets its level,
 * ranked by readiness (rankBench). Who may appear:
 * - anyone whose aspiration is shared with HR (they opted into internal openings);
 * - when the seat is on a team of the caller's chain, also the caller's own subtree,
 *   whose aspirations the caller reads anyway.
 * So HR never sees an unshared aspiration (Sam's) on a seat outside HR's own chain.
 * Readiness summaries and criterion names only, never evidence.
 */
@Injectable()
export class PositionBenchService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly chain: PositionChain,
    private readonly scope: ScopeService,
    private readonly readiness: ReadinessService,
    private readonly audit: AuditService,
  ) {}

  /** A constant number of statements: the seat, the candidates, readinessOf's eight, one audit insert. */
  bench(actor: Actor, positionId: string, correlationId: string): Promise<PositionBench> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const asHr = hasAnyRole(actor, ['hr']);
      const found = await manager
        .getRepository(PositionEntity)
        .createQueryBuilder('pos')
        .addSelect(`(${this.chain.teamCondition('pos.team_id')})`, 'in_chain')
        .where('pos.id = :positionId AND pos.organization_id = :org', {
          positionId,
          org: actor.organizationId,
          ...this.chain.parameters(actor),
        })
        .getRawAndEntities<{ in_chain: boolean }>();
      const position = found.entities[0];
      const seatInChain = found.raw[0]?.in_chain === true;
      // Outside your scope a seat does not exist.
      if (!position || (!asHr && !seatInChain)) {
        throw new DomainError('not_found', 'There is no such position.');
      }

      const candidates = await manager
        .createQueryBuilder()
        .select([
          'p.id AS "personId"',
          'p.name AS "name"',
          'p.title AS "title"',
          'p.team_id AS "teamId"',
          'p.level_id AS "levelId"',
          'a.shared_with_hr AS "sharedWithHr"',
          `${seatInChain ? `(${this.scope.subtreeCondition('p')})` : 'false'} AS "inChain"`,
        ])
        .from('aspirations', 'a')
        .innerJoin('people', 'p', 'p.organization_id = a.organization_id AND p.id = a.person_id')
        .where('a.organization_id = :org AND a.target_level_id = :levelId AND a.deleted_at IS NULL', {
          org: actor.organizationId,
          levelId: position.levelId,
        })
        // People who already hold the level are not a bench for it.
        .andWhere('p.active AND p.deleted_at IS NULL AND p.level_id IS DISTINCT FROM :levelId')
        .andWhere(
          seatInChain ? `(a.shared_with_hr OR ${this.scope.subtreeCondition('p')})` : 'a.shared_with_hr',
          seatInChain ? this.scope.subtreeParameters(actor) : {},
        )
        .getRawMany<CandidateRow>();

      const readiness = await this.readiness.readinessOf(
        manager,
        actor.organizationId,
        candidates.map((candidate) => candidate.personId),
      );
      const ranked = rankBench(
        position,
        candidates.flatMap((candidate) => {
          const found = readiness.get(candidate.personId);
          return found
            ? [
                {
                  personId: candidate.personId,
                  targetLevelId: found.readiness.targetLevelId,
                  readiness: found.readiness.overall,
                  sharedWithHr: candidate.sharedWithHr,
                  inSameChain: candidate.inChain,
                },
              ]
            : [];
        }),
        // The chain only counts on a seat of the caller's chain (filtered in SQL above as well).
        seatInChain ? 'manager' : 'hr',
      );

      const byId = new Map(candidates.map((candidate) => [candidate.personId, candidate]));
      const rows = ranked.candidates.flatMap(({ personId, readiness: overall }) => {
        const person = byId.get(personId);
        const detail = readiness.get(personId)?.readiness;
        if (!person || !detail) return [];
        return [
          {
            personId,
            name: person.name,
            title: person.title,
            teamId: person.teamId,
            levelId: person.levelId,
            readiness: overall,
            criteriaDemonstrated: detail.criteriaDemonstrated,
            criteriaRequired: detail.criteriaRequired,
            ...benchHighlights(detail.criteria),
          },
        ];
      });

      // Each candidate's readiness read by someone else is audited, in one insert.
      await this.audit.recordAll(
        manager,
        rows
          .filter((row) => row.personId !== actor.personId)
          .map((row) => ({
            actor,
            action: 'position.bench.read',
            targetType: 'position',
            targetId: position.id,
            subjectPersonId: row.personId,
            correlationId,
            details: { as: seatInChain ? 'manager' : 'hr', readiness: row.readiness },
          })),
      );
      return { positionId: position.id, position: toPosition(position), candidates: rows };
    });
  }
}
