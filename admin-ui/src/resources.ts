import { actionPacks } from './action-packs';
import { affiliations } from './affiliations';
import { auditEntries } from './audit-entries';
import type { ResourceDefinition } from './common/resource-definition';
import { authorities } from './authorities';
import { countries } from './countries';
import { events } from './events';
import { imports } from './imports';
import { lobbyingActions } from './lobbying-actions';
import { mailingListRules } from './mailing-list-rules';
import { mailingLists } from './mailing-lists';
import { membershipApplications } from './membership-applications';
import { messageTemplates } from './message-templates';
import { notes } from './notes';
import { organizations } from './organizations';
import { people } from './people';
import { ratificationSteps } from './ratification-steps';
import { reports } from './reports';
import { testimonies } from './testimonies';
import { tasks } from './tasks';
import { subscriptions } from './subscriptions';
import { users } from './users';
import { workingGroups } from './working-groups';

/**
 * Every resource of the admin, registered once: App.tsx declares their pages,
 * the menu, canAccess and the i18n provider read their definitions from here.
 */
export const RESOURCES: readonly ResourceDefinition[] = [
  organizations,
  people,
  affiliations,
  workingGroups,
  countries,
  ratificationSteps,
  events,
  authorities,
  lobbyingActions,
  tasks,
  testimonies,
  messageTemplates,
  actionPacks,
  notes,
  membershipApplications,
  imports,
  auditEntries,
  users,
  reports,
  mailingLists,
  subscriptions,
  mailingListRules,
];
