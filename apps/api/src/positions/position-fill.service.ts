import { Injectable } from '@nestjs/common';

import {
  internalMoveKind,
  type MoveKind,
  type PositionFilled,
  type PositionFillInput,
  type TrackKind,
} from '@trellis/domain';

import { AuditService } from '../audit/audit.service';
import { hasAnyRole, type Actor } from '../auth/actor';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import { MoveEntity } from '../mobility/move.entity';
import { PersonEntity } from '../people/person.entity';
import { PositionEntity } from './position.entity';
import { today, toPosition } from './position.mapper';

interface LevelsRow {
  personId: string;
  teamId: string | null;
  levelId: string | null;
  fromRank: number | null;
  fromTrackKey: string | null;
  fromTrackKind: TrackKind | null;
  fromDiscipline: string | null;
  toRank: number;
  toTrackKey: string;
  toTrackKind: TrackKind;
  toDiscipline: string;
}

/**
 * HR fills an open seat with someone already in the organization: in one
 * transaction the seat is marked filled, the person takes its level, team and
 * title, and the move is recorded (internal; its kind from the two levels).
 */
@Injectable()
export class PositionFillService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditService,
  ) {}

  fill(
    actor: Actor,
    positionId: string,
    input: PositionFillInput,
    correlationId: string,
  ): Promise<PositionFilled> {
    if (!hasAnyRole(actor, ['hr'])) throw new DomainError('forbidden', 'Only HR fills positions.');
    return this.db.transaction(actor.organizationId, async (manager) => {
      const position = await manager.findOne(PositionEntity, {
        where: { id: positionId, organizationId: actor.organizationId },
      });
      if (!position) throw new DomainError('not_found', 'There is no such position.');
      if (position.status !== 'open') throw alreadyFilled();

      // The person's current level and the seat's, each with its track, in one statement.
      const [levels] = await manager.query<LevelsRow[]>(
        `SELECT p.id AS "personId", p.team_id AS "teamId", p.level_id AS "levelId",
                cl.rank AS "fromRank", ct.key AS "fromTrackKey", ct.kind AS "fromTrackKind",
                ct.discipline AS "fromDiscipline",
                sl.rank AS "toRank", st.key AS "toTrackKey", st.kind AS "toTrackKind",
                st.discipline AS "toDiscipline"
           FROM people p
           LEFT JOIN levels cl ON cl.organization_id = p.organization_id AND cl.id = p.level_id
           LEFT JOIN tracks ct ON ct.organization_id = cl.organization_id AND ct.id = cl.track_id
           JOIN levels sl ON sl.organization_id = p.organization_id AND sl.id = $3
           JOIN tracks st ON st.organization_id = sl.organization_id AND st.id = sl.track_id
          WHERE p.organization_id = $1 AND p.id = $2 AND p.active AND p.deleted_at IS NULL`,
        [actor.organizationId, input.personId, position.levelId],
      );
      if (!levels) {
        throw new DomainError('invalid', 'The seat goes to someone in your organization.', [
          { path: 'personId', message: 'Choose an active person of your organization' },
        ]);
      }
      const kind = moveKindOf(levels);
      if (levels.levelId === position.levelId && levels.teamId === position.teamId) {
        throw new DomainError('invalid', 'This person already holds this level on this team.', [
          { path: 'personId', message: 'Choose someone who would move into the seat' },
        ]);
      }

      const on = today();
      // Guarded on the status: of two fills at once, one wins and the other gets 409.
      const filled = await manager
        .createQueryBuilder()
        .update(PositionEntity)
        .set({ status: 'filled', filledOn: on, filledById: input.personId, version: () => 'version + 1' })
        .where("id = :id AND status = 'open' AND deleted_at IS NULL", { id: position.id })
        .execute();
      if (filled.affected !== 1) throw alreadyFilled();
      await manager.update(
        PersonEntity,
        { id: input.personId, organizationId: actor.organizationId },
        { levelId: position.levelId, teamId: position.teamId, title: position.title },
      );
      const move = await manager.save(
        manager.create(MoveEntity, {
          organizationId: actor.organizationId,
          personId: input.personId,
          kind,
          occurredOn: on,
          internal: true,
          fromLevelId: levels.levelId,
          fromTeamId: levels.teamId,
          toLevelId: position.levelId,
          toTeamId: position.teamId,
        }),
      );
      await this.audit.record(manager, {
        actor,
        action: 'position.fill',
        targetType: 'position',
        targetId: position.id,
        subjectPersonId: input.personId,
        correlationId,
        details: { moveId: move.id, kind },
      });
      return {
        position: toPosition({ ...position, status: 'filled', filledOn: on, filledById: input.personId }),
        move: {
          id: move.id,
          personId: move.personId,
          fromLevelId: move.fromLevelId,
          fromTeamId: move.fromTeamId,
          toLevelId: move.toLevelId,
          toTeamId: move.toTeamId,
          occurredOn: move.occurredOn,
          kind: move.kind,
          internal: move.internal,
        },
      };
    });
  }
}

// A move starts from a level and a team (the Move shape): someone without either
// is not yet on the ladder, and HR places them there first.
const moveKindOf = (row: LevelsRow): MoveKind => {
  if (
    row.teamId === null ||
    row.fromRank === null ||
    row.fromTrackKey === null ||
    row.fromTrackKind === null ||
    row.fromDiscipline === null
  ) {
    throw new DomainError(
      'invalid',
      'This person has no level or team yet, so the move cannot be recorded.',
      [{ path: 'personId', message: 'Choose someone with a level and a team on the career ladder' }],
    );
  }
  return internalMoveKind(
    {
      rank: row.fromRank,
      trackKey: row.fromTrackKey,
      trackKind: row.fromTrackKind,
      discipline: row.fromDiscipline,
    },
    { rank: row.toRank, trackKey: row.toTrackKey, trackKind: row.toTrackKind, discipline: row.toDiscipline },
  );
};

const alreadyFilled = () => new DomainError('conflict', 'This position is already filled.');
