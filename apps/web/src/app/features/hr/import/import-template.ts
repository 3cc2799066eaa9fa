import { PEOPLE_IMPORT_COLUMNS, PEOPLE_IMPORT_HEADERS, serializeCsv, type MoveKind } from '@trellis/domain';

// The template offered for download: the header row and two example rows (a
// manager and their report), so that HR sees every column's format.
const TEMPLATE = serializeCsv([
  PEOPLE_IMPORT_COLUMNS.map((column) => PEOPLE_IMPORT_HEADERS[column]),
  [
    'ada@example.com',
    'Ada Example',
    'Engineering Manager',
    'Engineering',
    '',
    'engineering-manager',
    '2021-03-01',
  ],
  [
    'lin@example.com',
    'Lin Example',
    'Software Engineer',
    'Engineering',
    'ada@example.com',
    'Engineer II',
    '2024-09-16',
  ],
]);

export const IMPORT_TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE)}`;

export const MOVE_KIND_LABELS: Readonly<Record<MoveKind, string>> = {
  hire: 'Hire',
  promotion: 'Promotion',
  lateral: 'Lateral move',
  track_switch: 'Track switch',
  exit: 'Exit',
};
