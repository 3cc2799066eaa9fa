import { createHash } from 'node:crypto';

/** A stable UUID (version 5 layout) for a demo record, so that seeding twice finds the same rows. */
export const demoId = (key: string): string => {
  const bytes = createHash('sha1').update(`trellis-demo:${key}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

// The key scheme of the demo's ids, in one place for the seed and the tests.
export const demoOrganizationId = (org: string): string => demoId(`organization:${org}`);
export const demoPersonId = (org: string, person: string): string => demoId(`person:${org}:${person}`);
/** Ids of an organization's seed framework rows, by the importer's keys (`framework`, `level:<key>`…). */
export const demoFrameworkRowId = (org: string, key: string): string => demoId(`${org}:framework:${key}`);
export const demoFrameworkId = (org: string): string => demoFrameworkRowId(org, 'framework');
export const demoLevelId = (org: string, level: string): string => demoFrameworkRowId(org, `level:${level}`);
/** A demo conversation by its seed key (e.g. `priya-plan-review`), and its action items by position. */
export const demoConversationId = (org: string, key: string): string => demoId(`conversation:${org}:${key}`);
export const demoActionItemId = (org: string, conversation: string, index: number): string =>
  demoId(`action-item:${org}:${conversation}:${index}`);
