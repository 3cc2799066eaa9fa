import type { Me } from '@trellis/domain';

import type { IconName } from '../../shared/icon/icon';

export type AreaId = 'me' | 'team' | 'hr' | 'admin';

export interface Area {
  readonly id: AreaId;
  readonly label: string;
  readonly icon: IconName;
  // Who sees the area at all. "Manager" is not a role: whoever has reports
  // manages them (DESIGN.md, Person). The API enforces the same rules.
  readonly isOpenTo: (me: Me) => boolean;
}

export const AREAS: readonly Area[] = [
  { id: 'me', label: 'Me', icon: 'person', isOpenTo: () => true },
  { id: 'team', label: 'Team', icon: 'group', isOpenTo: (me) => me.directReports.length > 0 },
  { id: 'hr', label: 'HR', icon: 'insights', isOpenTo: (me) => me.roles.includes('hr') },
  { id: 'admin', label: 'Admin', icon: 'shield', isOpenTo: (me) => me.roles.includes('admin') },
];

export const areasOpenTo = (me: Me): Area[] => AREAS.filter((area) => area.isOpenTo(me));

export const isAreaOpenTo = (id: AreaId, me: Me): boolean =>
  AREAS.some((area) => area.id === id && area.isOpenTo(me));
