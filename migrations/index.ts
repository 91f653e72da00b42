import { CreateUsers1763880000000 } from './1763880000000-CreateUsers.js';
import { CreateAuditEntries1763880000001 } from './1763880000001-CreateAuditEntries.js';
import { CreateOutboxMessages1763880000002 } from './1763880000002-CreateOutboxMessages.js';
import { CreateCountries1763890000000 } from './1763890000000-CreateCountries.js';
import { CreateMembers1763890000001 } from './1763890000001-CreateMembers.js';
import { CreateImports1763890000002 } from './1763890000002-CreateImports.js';
import { IndexMemberListFilters1763891000000 } from './1763891000000-IndexMemberListFilters.js';
import { IndexMembershipApplicationsList1763892000000 } from './1763892000000-IndexMembershipApplicationsList.js';
import { AddImportJobTotalRows1763893000000 } from './1763893000000-AddImportJobTotalRows.js';
import { CreateUserSessions1763895100000 } from './1763895100000-CreateUserSessions.js';
import { DropUsersFailedLoginCount1763895100001 } from './1763895100001-DropUsersFailedLoginCount.js';
import { AddUsersPasswordChangedAt1763895100002 } from './1763895100002-AddUsersPasswordChangedAt.js';
import { AddAccentInsensitiveSearch1763897000000 } from './1763897000000-AddAccentInsensitiveSearch.js';
import { CreateEmailChangeRequests1763910000000 } from './1763910000000-CreateEmailChangeRequests.js';
import { CreateTwoFactorCredentials1763910000001 } from './1763910000001-CreateTwoFactorCredentials.js';
import { CreateSettings1763910000002 } from './1763910000002-CreateSettings.js';

/** Every migration, oldest first. A landed migration is never edited: add a new one. */
export const MIGRATIONS = [
  CreateUsers1763880000000,
  CreateAuditEntries1763880000001,
  CreateOutboxMessages1763880000002,
  CreateCountries1763890000000,
  CreateMembers1763890000001,
  CreateImports1763890000002,
  IndexMemberListFilters1763891000000,
  IndexMembershipApplicationsList1763892000000,
  AddImportJobTotalRows1763893000000,
  CreateUserSessions1763895100000,
  DropUsersFailedLoginCount1763895100001,
  AddUsersPasswordChangedAt1763895100002,
  AddAccentInsensitiveSearch1763897000000,
  CreateEmailChangeRequests1763910000000,
  CreateTwoFactorCredentials1763910000001,
  CreateSettings1763910000002,
];
