import { all, IDS, type MatrixRow } from './support';

// Bodies that pass validation, so that what decides the status is who asks and what the framework is.
const SAVE_BODY = { revision: 1, document: { format: 'trellis.framework/v1' } };
const PUBLISH_BODY = { revision: 1 };

/** The ladder editor: drafts, changes against the published version, publish (HR and admins). */
export const LADDER_MATRIX: readonly MatrixRow[] = [
  {
    route: 'GET /api/frameworks/:id/document',
    request: { path: `/api/frameworks/${IDS.acmeLadder}/document` },
    expect: { ...all(403), harper: 200, avery: 200, hana: 404 },
    why: "HR and admins read a version with its revision (403 for others); Globex HR cannot see Acme's ladder",
  },
  {
    route: 'GET /api/frameworks/:id/document',
    request: { path: `/api/frameworks/${IDS.globexLadder}/document` },
    expect: { ...all(403), harper: 404, avery: 404, hana: 200 },
    why: "another organization's ladder does not exist for you",
  },
  {
    route: 'GET /api/frameworks/:id/changes',
    request: { path: `/api/frameworks/${IDS.acmeLadder}/changes` },
    expect: { ...all(403), harper: 200, avery: 200, hana: 404 },
    why: 'HR and admins compare versions; another organization gets 404',
  },
  {
    route: 'PUT /api/frameworks/:id/document',
    request: { path: `/api/frameworks/${IDS.acmeLadder}/document`, body: SAVE_BODY },
    expect: { ...all(403), harper: 409, avery: 409, hana: 404 },
    why: 'HR and admins edit drafts only: a published version is frozen (409); another organization gets 404',
  },
  {
    route: 'POST /api/frameworks/:id/publish',
    request: { path: `/api/frameworks/${IDS.globexLadder}/publish`, body: PUBLISH_BODY },
    expect: { ...all(403), harper: 404, avery: 404, hana: 409 },
    why: "HR and admins publish drafts (this one is published already: 409); Acme cannot see Globex's ladder",
  },
  {
    route: 'POST /api/frameworks/:id/drafts',
    request: { path: `/api/frameworks/${IDS.acmeLadder}/drafts` },
    // Harper starts the draft; Avery, asking next, finds it there (one draft per name).
    expect: { ...all(403), harper: 201, avery: 409, hana: 404 },
    why: 'HR and admins start a draft from the published ladder, one per name; another organization gets 404',
  },
];
