import { FLOW_GROUPINGS, MOVE_KINDS, type FlowGrouping, type MoveKind } from '@trellis/domain';

// The mobility dashboard's filters as they sit in the address bar, so that a
// view can be shared and the back button returns to it. Whatever the address
// holds, only well-formed values reach the API.

export interface MobilityQuery {
  readonly from: string | null;
  readonly to: string | null;
  readonly teamId: string | null;
  readonly discipline: string | null;
  readonly kind: MoveKind | null;
  readonly by: FlowGrouping;
}

export interface RawMobilityQuery {
  readonly from?: string | null;
  readonly to?: string | null;
  readonly teamId?: string | null;
  readonly discipline?: string | null;
  readonly kind?: string | null;
  readonly by?: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isDate = (value: string | null | undefined): value is string =>
  !!value && DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

export const MOVE_KIND_LABELS: Readonly<Record<MoveKind, string>> = {
  hire: 'Hires',
  promotion: 'Promotions',
  lateral: 'Lateral moves',
  track_switch: 'Track switches',
  exit: 'Exits',
};

// One move of a kind, in a sentence ("1 promotion", "3 track switches").
export const MOVE_KIND_NOUNS: Readonly<Record<MoveKind, [string, string]>> = {
  hire: ['hire', 'hires'],
  promotion: ['promotion', 'promotions'],
  lateral: ['lateral move', 'lateral moves'],
  track_switch: ['track switch', 'track switches'],
  exit: ['exit', 'exits'],
};

export const GROUPING_LABELS: Readonly<Record<FlowGrouping, string>> = {
  level: 'Levels',
  track: 'Tracks',
  team: 'Teams',
};

export const movesOf = (kind: MoveKind, count: number): string =>
  `${count} ${MOVE_KIND_NOUNS[kind][count === 1 ? 0 : 1]}`;

export const parseMobilityQuery = (raw: RawMobilityQuery): MobilityQuery => ({
  from: isDate(raw.from) ? raw.from : null,
  to: isDate(raw.to) ? raw.to : null,
  teamId: raw.teamId && UUID.test(raw.teamId) ? raw.teamId.toLowerCase() : null,
  discipline: raw.discipline?.trim() ? raw.discipline.trim().slice(0, 200) : null,
  kind: (MOVE_KINDS as readonly string[]).includes(raw.kind ?? '') ? (raw.kind as MoveKind) : null,
  by: (FLOW_GROUPINGS as readonly string[]).includes(raw.by ?? '') ? (raw.by as FlowGrouping) : 'level',
});

export const rangeIsInverted = (query: MobilityQuery): boolean =>
  query.from !== null && query.to !== null && query.from > query.to;

// The API's filter: only what is set.
export const pathsFilterOf = (query: MobilityQuery) => ({
  ...(query.from ? { from: query.from } : {}),
  ...(query.to ? { to: query.to } : {}),
  ...(query.teamId ? { teamId: query.teamId } : {}),
  ...(query.discipline ? { discipline: query.discipline } : {}),
  ...(query.kind ? { kind: query.kind } : {}),
  by: query.by,
});

export interface Quarter {
  readonly key: string;
  readonly label: string;
  readonly from: string;
  readonly to: string;
}

const quarterStart = (year: number, q: number) => new Date(Date.UTC(year, q * 3, 1));
const iso = (date: Date) => date.toISOString().slice(0, 10);

// The calendar quarters a date range covers, clipped to it; the last `max` of
// them when there are more. Without dates: the `max` quarters up to today.
export const quartersOf = (from: string | null, to: string | null, today: string, max = 8): Quarter[] => {
  const end = to ?? today;
  const endDate = new Date(`${end}T00:00:00Z`);
  let year = endDate.getUTCFullYear();
  let q = Math.floor(endDate.getUTCMonth() / 3);
  const quarters: Quarter[] = [];
  while (quarters.length < max) {
    const start = iso(quarterStart(year, q));
    const last = iso(new Date(quarterStart(year, q + 1).getTime() - 86_400_000));
    if (from !== null && last < from) break;
    quarters.unshift({
      key: `${year}-Q${q + 1}`,
      label: `Q${q + 1} ${year}`,
      from: from !== null && start < from ? from : start,
      to: last > end ? end : last,
    });
    q -= 1;
    if (q < 0) {
      q = 3;
      year -= 1;
    }
  }
  return quarters;
};
