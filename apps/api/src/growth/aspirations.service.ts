import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import type { Aspiration, AspirationInput } from '@trellis/domain';

import { AuditService } from '../audit/audit.service';
import { hasAnyRole, type Actor } from '../auth/actor';
import { ScopeService } from '../auth/scope/scope.service';
import { TenantDatabase } from '../database/tenant-database';
import { LevelEntity } from '../frameworks/level.entity';
import { DomainError } from '../http/domain-error';
import { PersonEntity } from '../people/person.entity';
import { AspirationEntity } from './aspiration.entity';
import { toAspiration } from './aspiration.mapper';

@Injectable()
export class AspirationsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The person and their management chain always see it; HR only when the person
   * shared it. Anyone else, or no aspiration yet: 404. Reads by others are audited.
   */
  get(actor: Actor, personId: string, correlationId: string): Promise<Aspiration> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const relation = await this.scope.relationTo(manager, actor, personId);
      const aspiration = await this.findLive(manager, actor, personId);
      if (!aspiration) throw notFound(relation === 'self');
      if (relation === null) {
        const hrMaySee =
          hasAnyRole(actor, ['hr']) &&
          aspiration.sharedWithHr &&
          (await this.exists(manager, actor, personId));
        if (!hrMaySee) throw notFound(false);
      }
      if (relation !== 'self') {
        await this.audit.record(manager, {
          actor,
          action: 'aspiration.read',
          targetType: 'aspiration',
          targetId: aspiration.id,
          subjectPersonId: personId,
          correlationId,
          details: { as: relation ?? 'hr' },
        });
      }
      return toAspiration(aspiration);
    });
  }

  /**
   * Only the person sets their aspiration. A first write creates it; later writes
   * must carry the version they read, and a stale one is refused (409), so that no
   * edit is silently lost.
   */
  put(actor: Actor, personId: string, input: AspirationInput, correlationId: string): Promise<Aspiration> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const relation = await this.scope.relationTo(manager, actor, personId);
      if (relation === null) throw new DomainError('not_found', 'There is no such person.');
      if (relation !== 'self') {
        throw new DomainError('forbidden', 'Only the person themselves sets their aspiration.');
      }
      // A draft's levels are work in progress of whoever edits the ladder: not a target yet.
      const level = await manager
        .getRepository(LevelEntity)
        .createQueryBuilder('l')
        .innerJoin('tracks', 't', 't.id = l.track_id AND t.organization_id = l.organization_id')
        .innerJoin('frameworks', 'f', 'f.id = t.framework_id AND f.organization_id = t.organization_id')
        .where('l.id = :id AND l.organization_id = :org', {
          id: input.targetLevelId,
          org: actor.organizationId,
        })
        .andWhere(`f.status = 'published'`)
        .getExists();
      if (!level) {
        throw new DomainError('invalid', 'The target level is not a level of your career ladder.', [
          { path: 'targetLevelId', message: 'Choose a level of your career ladder' },
        ]);
      }
      const current = await this.findLive(manager, actor, personId);
      const fields = {
        targetLevelId: input.targetLevelId,
        statement: input.statement,
        motivations: input.motivations,
        strengths: input.strengths,
        horizon: input.horizon,
        sharedWithHr: input.sharedWithHr,
      };
      const saved = current
        ? await this.update(manager, current, input.version, fields)
        : await this.create(manager, actor, personId, fields);
      await this.audit.record(manager, {
        actor,
        action: current ? 'aspiration.update' : 'aspiration.create',
        targetType: 'aspiration',
        targetId: saved.id,
        subjectPersonId: personId,
        correlationId,
        details: { version: saved.version, sharedWithHr: saved.sharedWithHr },
      });
      return toAspiration(saved);
    });
  }

  // A guarded UPDATE … WHERE version = $read: TypeORM's @VersionColumn would not check it.
  private async update(
    manager: EntityManager,
    current: AspirationEntity,
    version: number | undefined,
    fields: Partial<AspirationEntity>,
  ): Promise<AspirationEntity> {
    if (version === undefined) {
      throw new DomainError(
        'conflict',
        'Send the version you read, so that no one else’s change is overwritten.',
      );
    }
    const result = await manager
      .createQueryBuilder()
      .update(AspirationEntity)
      .set({ ...fields, version: () => 'version + 1' })
      .where('id = :id AND version = :version AND deleted_at IS NULL', { id: current.id, version })
      .execute();
    if (result.affected !== 1) throw staleVersion();
    return manager.findOneByOrFail(AspirationEntity, { id: current.id });
  }

  private async create(
    manager: EntityManager,
    actor: Actor,
    personId: string,
    fields: Partial<AspirationEntity>,
  ): Promise<AspirationEntity> {
    // Two first writes at once: the one-live-aspiration index lets one win. ON CONFLICT
    // instead of catching the unique violation, so that a lost race neither aborts the
    // transaction nor has the failed statement (with the aspiration's text) logged.
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(AspirationEntity)
      .values({ ...fields, organizationId: actor.organizationId, personId })
      .orIgnore()
      .returning(['id'])
      .execute();
    const [inserted] = result.raw as { id: string }[];
    if (!inserted) throw staleVersion();
    return manager.findOneByOrFail(AspirationEntity, { id: inserted.id });
  }

  private findLive(manager: EntityManager, actor: Actor, personId: string): Promise<AspirationEntity | null> {
    return manager.findOne(AspirationEntity, { where: { personId, organizationId: actor.organizationId } });
  }

  private exists(manager: EntityManager, actor: Actor, personId: string): Promise<boolean> {
    return manager.exists(PersonEntity, {
      where: { id: personId, organizationId: actor.organizationId, active: true },
    });
  }
}

const notFound = (self: boolean) =>
  new DomainError(
    'not_found',
    self ? 'You have not said where you want to go yet.' : 'There is no such aspiration.',
  );

const staleVersion = () =>
  new DomainError(
    'conflict',
    'Someone changed this aspiration since you read it. Reload it and apply your change again.',
  );
