import CampaignIcon from '@mui/icons-material/Campaign';
import { ALL, READ } from '../auth/access-rule';
import { lazyPage } from '../common/lazy-page';
import type { ResourceDefinition } from '../common/resource-definition';
import { ACTION_STATUS_CHOICES, ACTION_TYPE_CHOICES, ASK_CHOICES, type LobbyingActionRecord } from './lobbying-action-record';
import { lobbyingActionsMessages } from './messages';

export const lobbyingActions: ResourceDefinition = {
  name: 'lobbying-actions',
  pages: {
    list: lazyPage(() => import('./LobbyingActionList'), 'LobbyingActionList'),
    create: lazyPage(() => import('./LobbyingActionCreate'), 'LobbyingActionCreate'),
    edit: lazyPage(() => import('./LobbyingActionEdit'), 'LobbyingActionEdit'),
    show: lazyPage(() => import('./LobbyingActionShow'), 'LobbyingActionShow'),
    icon: CampaignIcon,
    recordRepresentation: (record: LobbyingActionRecord): string => record.title,
  },
  menu: { group: 'campaign', order: 31 },
  // Members record actions for their organizations' countries and change those their organization recorded.
  access: { admin: ALL, coordinator: ALL, steering: READ, member: ['list', 'show', 'create', 'edit'] },
  auditEntityType: 'LobbyingAction',
  auditValues: {
    type: { choices: ACTION_TYPE_CHOICES },
    status: { choices: ACTION_STATUS_CHOICES },
    asks: { choices: ASK_CHOICES },
    countryId: { reference: 'countries' },
    recordedByOrganizationId: { reference: 'organizations' },
    organizationIds: { reference: 'organizations' },
    authorityIds: { reference: 'authorities' },
    createdByUserId: { reference: 'users' },
  },
  messages: lobbyingActionsMessages,
};
