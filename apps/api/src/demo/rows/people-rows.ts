import type { QueryDeepPartialEntity } from 'typeorm';

import type { MoveEntity } from '../../mobility/move.entity';
import type { PersonEntity } from '../../people/person.entity';
import type { TeamEntity } from '../../people/team.entity';
import type { PositionEntity } from '../../positions/position.entity';
import type { LevelKey, PersonSeed } from '../seed-model';
import { at, type SeedContext } from './seed-context';

export type Row<T> = QueryDeepPartialEntity<T>;

export interface TeamLead {
  readonly teamId: string;
  readonly leadId: string;
}

/** Teams without their leads: people reference teams, so leads are set once the people exist. */
export const teamRows = (ctx: SeedContext): { teams: Row<TeamEntity>[]; leads: TeamLead[] } => ({
  teams: ctx.org.teams.map((team) => ({
    id: ctx.teamId(team.name),
    organizationId: ctx.organizationId,
    name: team.name,
    parentTeamId: team.parent ? ctx.teamId(team.parent) : null,
  })),
  leads: ctx.org.teams.flatMap((team) =>
    team.lead ? [{ teamId: ctx.teamId(team.name), leadId: ctx.personId(team.lead) }] : [],
  ),
});

interface Career {
  readonly moves: Row<MoveEntity>[];
  readonly level: LevelKey | null;
  readonly team: string;
  readonly hireDate: string;
  readonly active: boolean;
}

// Walks a career step by step: each move starts where the previous one landed.
const careerOf = (ctx: SeedContext, person: PersonSeed): Career => {
  const fail = (message: string): never => ctx.fail(`${person.key}: ${message}`);
  if (person.career.length === 0) {
    return {
      moves: [],
      level: null,
      team: person.team,
      hireDate: person.hireDate ?? fail('someone without a career needs a hire date'),
      active: true,
    };
  }
  let level: LevelKey | null = null;
  let team: string | null = null;
  let previousOn = '';
  const moves = person.career.map(([on, kind, toLevel, toTeam], index): Row<MoveEntity> => {
    if ((kind === 'hire') !== (index === 0)) fail('a career starts with its one hire');
    if (kind === 'exit' && index !== person.career.length - 1) fail('nothing follows an exit');
    if (on <= previousOn) fail('career steps must be in date order');
    if (kind !== 'exit' && !toLevel) fail(`the ${kind} of ${on} lands on no level`);
    previousOn = on;
    const fromLevel = level;
    const fromTeam = team;
    level = kind === 'exit' ? level : (toLevel ?? null);
    team = kind === 'exit' ? team : (toTeam ?? team ?? person.team);
    return {
      id: ctx.id('move', person.key, on, kind),
      organizationId: ctx.organizationId,
      personId: ctx.personId(person.key),
      kind,
      occurredOn: on,
      // Hires come from outside and exits leave it; every other move is within the company.
      internal: kind !== 'hire' && kind !== 'exit',
      fromLevelId: fromLevel ? ctx.levelId(fromLevel) : null,
      fromTeamId: fromTeam ? ctx.teamId(fromTeam) : null,
      toLevelId: kind === 'exit' || !level ? null : ctx.levelId(level),
      toTeamId: kind === 'exit' || !team ? null : ctx.teamId(team),
      createdAt: at(on),
    };
  });
  const [hireDate] = person.career[0] ?? [];
  if (person.hireDate && person.hireDate !== hireDate) fail('the hire date and the hire move disagree');
  if (team !== person.team) fail(`the career ends on team ${team ?? 'none'}, not ${person.team}`);
  return {
    moves,
    level,
    team: person.team,
    hireDate: hireDate ?? fail('no hire'),
    active: person.career.at(-1)?.[1] !== 'exit',
  };
};

const emailOf = (person: PersonSeed, slug: string): string => {
  const parts = person.name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/\s+/)
    .map((part) => part.replace(/[^a-z0-9-]/g, ''));
  return `${parts[0] ?? person.key}.${parts.at(-1) ?? ''}@${slug}.test`;
};

/** People (with their current level, title and manager) and every move of their careers. */
export const peopleRows = (
  ctx: SeedContext,
  passwordHashOf: (personId: string) => string | null,
): { people: Row<PersonEntity>[]; moves: Row<MoveEntity>[] } => {
  const people: Row<PersonEntity>[] = [];
  const moves: Row<MoveEntity>[] = [];
  for (const person of ctx.org.people) {
    const career = careerOf(ctx, person);
    const id = ctx.personId(person.key);
    if (person.manager) ctx.person(person.manager);
    people.push({
      id,
      organizationId: ctx.organizationId,
      name: person.name,
      email: person.email ?? emailOf(person, ctx.org.slug),
      title:
        person.title ??
        (career.level ? ctx.levelName(career.level) : ctx.fail(`${person.key} needs a title`)),
      teamId: ctx.teamId(career.team),
      managerId: person.manager ? ctx.personId(person.manager) : null,
      levelId: career.level ? ctx.levelId(career.level) : null,
      roles: [...(person.roles ?? ['member'])],
      passwordHash: person.login ? passwordHashOf(id) : null,
      hireDate: career.hireDate,
      active: career.active,
    });
    moves.push(...career.moves);
  }
  return { people, moves };
};

/** Seats; a filled one must match the move that put its holder there. */
export const positionRows = (ctx: SeedContext, moves: readonly Row<MoveEntity>[]): Row<PositionEntity>[] =>
  ctx.org.positions.map((position) => {
    const teamId = ctx.teamId(position.team);
    const levelId = ctx.levelId(position.level);
    const filledById = position.filled ? ctx.personId(position.filled.by) : null;
    if (
      position.filled &&
      !moves.some(
        (m) =>
          m.personId === filledById &&
          m.occurredOn === position.filled?.on &&
          m.toLevelId === levelId &&
          m.toTeamId === teamId,
      )
    )
      ctx.fail(
        `position ${position.key} was not filled by a move of ${position.filled.by} on ${position.filled.on}`,
      );
    return {
      id: ctx.id('position', position.key),
      organizationId: ctx.organizationId,
      teamId,
      levelId,
      title: position.title,
      status: position.filled ? 'filled' : 'open',
      openedOn: position.openedOn,
      filledOn: position.filled?.on ?? null,
      filledById,
      createdAt: at(position.openedOn),
      updatedAt: at(position.filled?.on ?? position.openedOn),
    };
  });
