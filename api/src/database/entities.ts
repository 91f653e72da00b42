import { RecoveryCode } from '../auth/mfa/recovery-code.entity.js';
import { TwoFactorCredential } from '../auth/mfa/two-factor-credential.entity.js';
import { Setting } from '../security-policy/setting.entity.js';
import { Affiliation } from '../affiliations/affiliation.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Country } from '../countries/country.entity.js';
import { ImportFile } from '../imports/import-file.entity.js';
import { ImportJob } from '../imports/import-job.entity.js';
import { ImportRowError } from '../imports/import-row-error.entity.js';
import { EmailChangeRequest } from '../me/email-change/email-change-request.entity.js';
import { MembershipApplication } from '../membership-applications/membership-application.entity.js';
import { Note } from '../notes/note.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { OutboxMessage } from '../outbox/outbox-message.entity.js';
import { Person } from '../people/person.entity.js';
import { UserSession } from '../sessions/user-session.entity.js';
import { UserToken } from '../users/user-token.entity.js';
import { User } from '../users/user.entity.js';
import { WorkingGroup } from '../working-groups/working-group.entity.js';

/** Every entity of the schema; the data source, the launcher and the tests share this list. */
export const ENTITIES = [
  User,
  UserToken,
  UserSession,
  AuditEntry,
  OutboxMessage,
  Country,
  WorkingGroup,
  Organization,
  Person,
  Affiliation,
  Note,
  MembershipApplication,
  ImportJob,
  ImportFile,
  ImportRowError,
  EmailChangeRequest,
  TwoFactorCredential,
  RecoveryCode,
  Setting,
];
