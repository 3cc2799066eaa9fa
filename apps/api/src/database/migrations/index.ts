import { CreateOrganizationsTeamsPeople1795318669317 } from './1795318669317-CreateOrganizationsTeamsPeople';
import { AddCareerDomain1795320948651 } from './1795320948651-AddCareerDomain';
import { EnableRowLevelSecurity1795321945325 } from './1795321945325-EnableRowLevelSecurity';
import { AddPeopleSessionVersion1795322232136 } from './1795322232136-AddPeopleSessionVersion';
import { AddAuthLookups1795322365438 } from './1795322365438-AddAuthLookups';
import { AddHandoverNotesAndNudges1795329339299 } from './1795329339299-AddHandoverNotesAndNudges';
import { AddFrameworkRevision1795400000000 } from './1795400000000-AddFrameworkRevision';
import { AddImportEmailLookup1795400100000 } from './1795400100000-AddImportEmailLookup';
import { AddAdminPeopleSearch1795400200000 } from './1795400200000-AddAdminPeopleSearch';

// Every migration, in order. `npm run db:migration:generate -- <Name>` writes new
// files beside this one; add each here (the API is bundled and cannot glob).
export const MIGRATIONS = [
  CreateOrganizationsTeamsPeople1795318669317,
  AddCareerDomain1795320948651,
  EnableRowLevelSecurity1795321945325,
  AddPeopleSessionVersion1795322232136,
  AddAuthLookups1795322365438,
  AddHandoverNotesAndNudges1795329339299,
  AddFrameworkRevision1795400000000,
  AddImportEmailLookup1795400100000,
  AddAdminPeopleSearch1795400200000,
];
