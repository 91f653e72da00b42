import { AuditEntry } from '../audit/audit-entry.entity.js';
import { OutboxMessage } from '../outbox/outbox-message.entity.js';
import { UserToken } from '../users/user-token.entity.js';
import { User } from '../users/user.entity.js';

/** Every entity of the schema; the data source, the launcher and the tests share this list. */
export const ENTITIES = [User, UserToken, AuditEntry, OutboxMessage];
