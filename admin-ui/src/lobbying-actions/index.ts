import CampaignIcon from '@mui/icons-material/Campaign';
import { ALL, READ } from '../auth/access-rule';
import { lazyPage } from '../common/lazy-page';
import type { ResourceDefinition } from '../common/resource-definition';
import type { LobbyingActionRecord } from './lobbying-action-record';
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
  messages: lobbyingActionsMessages,
};
