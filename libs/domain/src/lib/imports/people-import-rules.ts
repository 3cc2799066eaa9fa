import { z } from 'zod';

import type { MoveKind } from '../moves/move';
import { internalMoveKind, type MoveLevel } from '../positions/position-fill';
import { EARLIEST_DATE, isStorableText } from '../storage/storable';
import { parseCsv, type CsvRecord } from './csv';
import {
  PEOPLE_IMPORT_COLUMNS,
  PEOPLE_IMPORT_HEADERS,
  PEOPLE_IMPORT_REQUIRED,
  type PeopleImportColumn,
  type PeopleImportError,
  type PeopleImportMove,
} from './people-import';

// The org chart import's rules over plain data: read the CSV, resolve teams,
// levels and managers against a snapshot of the organization, and plan what an
// apply would write, or list every bad row with its line and reason.
//
// Decisions (DESIGN.md leaves them open):
// - Unknown teams are an error, never created: a typo must not invent a team
//   (teams get a parent and a lead, which a CSV row cannot say).
// - People are matched by email (case-insensitive). People missing from the file
//   are left as they are: an import never deactivates anyone or records exits.
// - A deactivated person in the file is an error (reactivating is an admin
//   decision), and cannot be anyone's manager.
// - An email that belongs to another organization is an error: emails are unique
//   system-wide and another organization's people are never touched.
// - A blank manager email puts the person at the top of the chart; a blank hire
//   date keeps the stored one (unknown for a new person).

/** Someone already in the organization (active or deactivated). */
export interface ImportPerson {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly title: string;
  readonly teamId: string | null;
  readonly managerId: string | null;
  readonly levelId: string | null;
  readonly hireDate: string | null;
  readonly active: boolean;
}

export interface ImportTeam {
  readonly id: string;
  readonly name: string;
}

/** A level of any published version; `current` ones (the latest published ladder) are what a file may name. */
export interface ImportLevel extends MoveLevel {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly current: boolean;
}

export interface ImportOrganization {
  readonly people: readonly ImportPerson[];
  readonly teams: readonly ImportTeam[];
  readonly levels: readonly ImportLevel[];
  /** Emails of the file that belong to people of other organizations. */
  readonly emailsElsewhere: ReadonlySet<string>;
}

/** A valid row as it will be stored; the manager is named by email (it may be created by the same import). */
export interface PlannedPerson {
  readonly line: number;
  readonly email: string;
  readonly name: string;
  readonly title: string;
  readonly teamId: string;
  readonly levelId: string | null;
  readonly managerEmail: string | null;
  readonly hireDate: string | null;
}

export interface PlannedUpdate extends PlannedPerson {
  readonly id: string;
}

export interface PeopleImportPlan {
  readonly rows: number;
  readonly errors: readonly PeopleImportError[];
  readonly creates: readonly PlannedPerson[];
  readonly updates: readonly PlannedUpdate[];
  readonly unchanged: number;
  /** Level or team changes of people already here (hires of new people are implied by `creates`). */
  readonly moves: readonly PeopleImportMove[];
}

/** The emails a file names in its email column, lower-cased: what to look up in other organizations. */
export const importEmailsOf = (csv: string): string[] => {
  const { records } = parseCsv(csv);
  const header = records[0];
  if (!header) return [];
  const index = header.fields.findIndex((field) => normalizeHeader(field) === 'email');
  if (index < 0) return [];
  const emails = records.slice(1).map((record) => (record.fields[index] ?? '').trim().toLowerCase());
  return [...new Set(emails.filter((email) => email !== ''))];
};

const MAX_TEXT = 200;
const MAX_EMAIL = 254;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// The rule of z.email() (the Person schema's), as a plain regex: a file of 10,000 rows checks 20,000 emails.
const EMAIL = z.regexes.email;
const isEmail = (value: string): boolean => value.length <= MAX_EMAIL && EMAIL.test(value);

const normalizeHeader = (header: string): string =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
const COLUMN_BY_HEADER = new Map<string, PeopleImportColumn>(
  PEOPLE_IMPORT_COLUMNS.map((column) => [normalizeHeader(column), column]),
);

const isBlank = (record: CsvRecord): boolean => record.fields.every((field) => field.trim() === '');

interface Row {
  readonly line: number;
  readonly values: Readonly<Record<PeopleImportColumn, string>>;
}

/** Reads, checks and plans a whole file against the organization; every error, not the first. */
export const planPeopleImport = (csv: string, org: ImportOrganization): PeopleImportPlan => {
  const parsed = parseCsv(csv);
  const errors: PeopleImportError[] = parsed.errors.map(({ line, reason }) => ({ line, reason }));
  const [header, ...records] = parsed.records;
  const dataRecords = records.filter((record) => !isBlank(record));
  const empty = { creates: [], updates: [], unchanged: 0, moves: [] };
  if (!header || isBlank(header)) {
    errors.push({ line: 1, reason: 'The file is empty: its first line names the columns' });
    return { rows: 0, errors, ...empty };
  }
  const columns = readHeader(header, errors);
  if (!columns) return { rows: dataRecords.length, errors: sortErrors(errors), ...empty };

  const rows: Row[] = [];
  for (const record of dataRecords) {
    if (record.fields.length !== columns.order.length) {
      errors.push({
        line: record.line,
        reason: `Expected ${columns.order.length} fields, found ${record.fields.length}`,
      });
      continue;
    }
    const values = {} as Record<PeopleImportColumn, string>;
    columns.order.forEach((column, index) => (values[column] = (record.fields[index] ?? '').trim()));
    rows.push({ line: record.line, values });
  }

  const plan = new Planner(org, columns.headers, errors).plan(rows);
  return { rows: dataRecords.length, ...plan, errors: sortErrors(errors) };
};

const readHeader = (
  header: CsvRecord,
  errors: PeopleImportError[],
): { order: PeopleImportColumn[]; headers: Record<PeopleImportColumn, string> } | undefined => {
  const order: PeopleImportColumn[] = [];
  const headers = {} as Record<PeopleImportColumn, string>;
  const before = errors.length;
  for (const field of header.fields) {
    const column = COLUMN_BY_HEADER.get(normalizeHeader(field));
    if (!column) {
      errors.push({
        line: header.line,
        column: field,
        reason: `Unknown column “${field}”: the columns are ${PEOPLE_IMPORT_COLUMNS.map((c) => PEOPLE_IMPORT_HEADERS[c]).join(', ')}`,
      });
    } else if (headers[column] !== undefined) {
      errors.push({ line: header.line, column: field, reason: `The column “${field}” appears twice` });
    } else {
      headers[column] = field.trim();
    }
    order.push(column ?? 'email');
  }
  for (const column of PEOPLE_IMPORT_COLUMNS) {
    if (headers[column] === undefined) {
      errors.push({ line: header.line, reason: `The column “${PEOPLE_IMPORT_HEADERS[column]}” is missing` });
    }
  }
  return errors.length === before ? { order, headers } : undefined;
};

// Errors in file order; several on one line keep the order they were found in.
const sortErrors = (errors: PeopleImportError[]): PeopleImportError[] =>
  errors
    .map((error, index) => ({ error, index }))
    .sort((a, b) => a.error.line - b.error.line || a.index - b.index)
    .map(({ error }) => error);

class Planner {
  private readonly peopleByEmail: Map<string, ImportPerson>;
  private readonly peopleById: Map<string, ImportPerson>;
  private readonly teamsByName = new Map<string, ImportTeam[]>();
  private readonly levelsById: Map<string, ImportLevel>;
  private readonly levelsByKey = new Map<string, ImportLevel[]>();
  private readonly levelsByName = new Map<string, ImportLevel[]>();

  constructor(
    private readonly org: ImportOrganization,
    private readonly headers: Readonly<Record<PeopleImportColumn, string>>,
    private readonly errors: PeopleImportError[],
  ) {
    this.peopleByEmail = new Map(org.people.map((person) => [person.email.toLowerCase(), person]));
    this.peopleById = new Map(org.people.map((person) => [person.id, person]));
    this.levelsById = new Map(org.levels.map((level) => [level.id, level]));
    for (const team of org.teams) push(this.teamsByName, team.name.trim().toLowerCase(), team);
    for (const level of org.levels.filter((l) => l.current)) {
      push(this.levelsByKey, level.key.toLowerCase(), level);
      push(this.levelsByName, level.name.trim().toLowerCase(), level);
    }
  }

  plan(rows: readonly Row[]): Omit<PeopleImportPlan, 'rows' | 'errors'> {
    const candidates: PlannedPerson[] = [];
    const firstLineOf = new Map<string, number>();
    for (const row of rows) {
      const planned = this.readRow(row, firstLineOf);
      if (planned) candidates.push(planned);
    }
    // Anyone the file names, even on a row with problems of its own, is not an unknown manager.
    this.checkManagers(rows, new Set(rows.map((row) => row.values.email.toLowerCase())));
    const inCycle = this.checkCycles(candidates);
    const bad = new Set(this.errors.map((error) => error.line));

    const creates: PlannedPerson[] = [];
    const updates: PlannedUpdate[] = [];
    const moves: PeopleImportMove[] = [];
    let unchanged = 0;
    for (const planned of candidates) {
      if (bad.has(planned.line) || inCycle.has(planned.email)) continue;
      const existing = this.peopleByEmail.get(planned.email);
      if (!existing) {
        creates.push(planned);
        continue;
      }
      const update = { ...planned, id: existing.id, hireDate: planned.hireDate ?? existing.hireDate };
      if (this.sameAsStored(update, existing)) {
        unchanged++;
        continue;
      }
      updates.push(update);
      const move = this.moveOf(update, existing);
      if (move) moves.push(move);
    }
    return { creates, updates, unchanged, moves };
  }

  private fail(line: number, column: PeopleImportColumn | undefined, reason: string): void {
    this.errors.push(column ? { line, column: this.headers[column], reason } : { line, reason });
  }

  private readRow(row: Row, firstLineOf: Map<string, number>): PlannedPerson | undefined {
    const { line, values } = row;
    const before = this.errors.length;
    for (const column of PEOPLE_IMPORT_COLUMNS) {
      if (!isStorableText(values[column])) {
        this.fail(line, column, 'Contains characters that cannot be stored (a NUL or a broken character)');
      } else if (values[column] === '' && PEOPLE_IMPORT_REQUIRED.includes(column)) {
        this.fail(line, column, `Missing ${PEOPLE_IMPORT_HEADERS[column]}`);
      }
    }
    if (this.errors.length > before) return undefined;

    const email = values.email.toLowerCase();
    if (!isEmail(email)) {
      this.fail(line, 'email', `“${values.email}” is not a valid email address`);
    } else {
      const first = firstLineOf.get(email);
      if (first !== undefined) {
        this.fail(line, 'email', `Duplicate email: ${email} is already on line ${first}`);
      } else {
        firstLineOf.set(email, line);
        const existing = this.peopleByEmail.get(email);
        if (this.org.emailsElsewhere.has(email) && !existing) {
          this.fail(line, 'email', `${email} belongs to an account outside your organization`);
        } else if (existing && !existing.active) {
          this.fail(line, 'email', `${email} is deactivated: reactivate them before importing changes`);
        }
      }
    }
    for (const column of ['name', 'title'] as const) {
      if (values[column].length > MAX_TEXT) {
        this.fail(line, column, `Longer than ${MAX_TEXT} characters`);
      }
    }
    const teamId = this.resolveTeam(line, values.team);
    const levelId = values.level === '' ? null : this.resolveLevel(line, values.level);
    const managerEmail = values.managerEmail === '' ? null : values.managerEmail.toLowerCase();
    if (managerEmail !== null && !isEmail(managerEmail)) {
      this.fail(line, 'managerEmail', `“${values.managerEmail}” is not a valid email address`);
    }
    const hireDate = values.hireDate === '' ? null : values.hireDate;
    if (hireDate !== null) {
      const problem = dateProblem(hireDate);
      if (problem) this.fail(line, 'hireDate', problem);
    }
    if (this.errors.length > before || !teamId || levelId === undefined) return undefined;
    return { line, email, name: values.name, title: values.title, teamId, levelId, managerEmail, hireDate };
  }

  private resolveTeam(line: number, name: string): string | undefined {
    const matches = this.teamsByName.get(name.toLowerCase()) ?? [];
    const [team] = matches;
    if (!team) {
      this.fail(line, 'team', `Unknown team “${name}”: an import does not create teams, create it first`);
      return undefined;
    }
    if (matches.length > 1) {
      this.fail(line, 'team', `“${name}” names several teams: spell it exactly`);
      return undefined;
    }
    return team.id;
  }

  private resolveLevel(line: number, value: string): string | undefined {
    const needle = value.toLowerCase();
    const byKey = this.levelsByKey.get(needle) ?? [];
    const matches = byKey.length > 0 ? byKey : (this.levelsByName.get(needle) ?? []);
    const [level] = matches;
    if (!level) {
      this.fail(line, 'level', `Unknown level “${value}”: use a level's key or name in the published ladder`);
      return undefined;
    }
    if (matches.length > 1) {
      this.fail(line, 'level', `“${value}” names levels on several tracks: use the level's key`);
      return undefined;
    }
    return level.id;
  }

  // A manager is someone of this file or an active person of the organization.
  // Checked on every row whose manager email is well-formed, so that a row shows all its problems at once.
  private checkManagers(rows: readonly Row[], fileEmails: ReadonlySet<string>): void {
    for (const row of rows) {
      const managerEmail = row.values.managerEmail.toLowerCase();
      if (managerEmail === '' || fileEmails.has(managerEmail) || !isEmail(managerEmail)) continue;
      const existing = this.peopleByEmail.get(managerEmail);
      if (!existing) {
        this.fail(
          row.line,
          'managerEmail',
          `Unknown manager ${managerEmail}: neither in this file nor in your organization`,
        );
      } else if (!existing.active) {
        this.fail(row.line, 'managerEmail', `The manager ${managerEmail} is deactivated`);
      }
    }
  }

  // The chart after the import (stored managers, overridden by the file) must be a
  // forest: every row whose chain of managers comes back to itself is reported.
  private checkCycles(planned: readonly PlannedPerson[]): Set<string> {
    const managerOf = new Map<string, string>();
    for (const person of this.org.people) {
      const manager = person.managerId ? this.peopleById.get(person.managerId) : undefined;
      if (manager) managerOf.set(person.email.toLowerCase(), manager.email.toLowerCase());
    }
    const lineOf = new Map<string, number>();
    for (const person of planned) {
      lineOf.set(person.email, person.line);
      if (person.managerEmail === null) managerOf.delete(person.email);
      else managerOf.set(person.email, person.managerEmail);
    }
    // Walk each chain once: 'done' nodes lead nowhere new; meeting a node of the current walk closes a cycle.
    const state = new Map<string, 'walking' | 'done'>();
    const inCycle = new Set<string>();
    for (const start of lineOf.keys()) {
      const path: string[] = [];
      let node: string | undefined = start;
      while (node !== undefined && !state.has(node)) {
        state.set(node, 'walking');
        path.push(node);
        node = managerOf.get(node);
      }
      if (node !== undefined && state.get(node) === 'walking') {
        const cycle = path.slice(path.indexOf(node));
        const shown = [...cycle, node].join(' → ');
        for (const member of cycle) {
          inCycle.add(member);
          const line = lineOf.get(member);
          if (line !== undefined) this.fail(line, 'managerEmail', `Manager cycle: ${shown}`);
        }
      }
      for (const walked of path) state.set(walked, 'done');
    }
    return inCycle;
  }

  private sameAsStored(update: PlannedUpdate, existing: ImportPerson): boolean {
    const manager = existing.managerId ? this.peopleById.get(existing.managerId) : undefined;
    return (
      update.name === existing.name &&
      update.title === existing.title &&
      update.teamId === existing.teamId &&
      update.levelId === existing.levelId &&
      update.hireDate === existing.hireDate &&
      update.managerEmail === (manager ? manager.email.toLowerCase() : null)
    );
  }

  private moveOf(update: PlannedUpdate, existing: ImportPerson): PeopleImportMove | undefined {
    // A move goes from a level and a team to another: someone placed on the ladder
    // for the first time, or taken off it, makes no move.
    if (existing.levelId === null || existing.teamId === null || update.levelId === null) return undefined;
    const from = this.levelsById.get(existing.levelId);
    const to = this.levelsById.get(update.levelId);
    const sameTeam = existing.teamId === update.teamId;
    // The same step of the same track in a newer version of the ladder is no move.
    const sameStep =
      existing.levelId === update.levelId ||
      (from !== undefined && to !== undefined && from.trackKey === to.trackKey && from.rank === to.rank);
    if (sameStep && sameTeam) return undefined;
    const kind: MoveKind = sameStep || !from || !to ? 'lateral' : internalMoveKind(from, to);
    return {
      line: update.line,
      email: update.email,
      name: update.name,
      kind,
      fromLevelId: existing.levelId,
      toLevelId: update.levelId,
      fromTeamId: existing.teamId,
      toTeamId: update.teamId,
    };
  }
}

const push = <T>(map: Map<string, T[]>, key: string, value: T): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Why a hire date is not one, or undefined when it is a real YYYY-MM-DD date from 1900 on. */
export const dateProblem = (value: string): string | undefined => {
  const match = ISO_DATE.exec(value);
  if (!match) return `“${value}” is not a date in the form YYYY-MM-DD`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return `${value} is not a calendar date`;
  }
  if (value < EARLIEST_DATE) return `${value} is before ${EARLIEST_DATE}`;
  return undefined;
};
