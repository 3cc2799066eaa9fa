import { all, type MatrixRow } from './support';

const HEADER = 'email,name,title,team,manager email,level,hire date\r\n';
// A new Acme engineer under Morgan: valid in Acme; in Globex the manager is unknown
// (another organization's people do not exist there), which a dry run reports with 200.
const NEW_ACME_ENGINEER = `${HEADER}matrix.probe@acme.test,Matrix Probe,Engineer,Growth,morgan@acme.test,engineer-1,2026-01-05\r\n`;
const UNKNOWN_LEVEL = `${HEADER}matrix.probe@acme.test,Matrix Probe,Engineer,Growth,,wizard,\r\n`;
const csv = (path: string, body: string) => ({ path, body, contentType: 'text/csv' });
const HR_AND_ADMINS = { ...all(403), harper: 200, avery: 200, hana: 200 };

/** Org chart import (HR and admins; each into their own organization only). */
export const IMPORTS_MATRIX: readonly MatrixRow[] = [
  {
    route: 'POST /api/imports/people',
    request: csv('/api/imports/people', NEW_ACME_ENGINEER),
    expect: HR_AND_ADMINS,
    why: "a dry run (the default): HR and admins; Globex's HR gets her own organization's answer (an unknown manager)",
  },
  {
    route: 'POST /api/imports/people',
    request: csv('/api/imports/people?mode=apply', UNKNOWN_LEVEL),
    expect: { ...all(403), harper: 422, avery: 422, hana: 422 },
    why: 'an apply with a bad row is refused whole; everyone else is refused the route',
  },
  {
    route: 'POST /api/imports/people',
    request: csv('/api/imports/people?mode=apply', HEADER),
    expect: HR_AND_ADMINS,
    why: 'an apply of a file with no rows changes nothing, in the caller’s organization',
  },
];
