import CampaignIcon from '@mui/icons-material/Campaign';
import { lazyPage } from '../common/lazy-page';
import type { ResourceDefinition } from '../common/resource-definition';
import { actionPacksMessages } from './messages';

/**
 * The action pack page, as the list page of its own entry so that it has a
 * menu link and access rules; it reads `GET /api/countries/:iso3/action-pack`,
 * not a list. Members open the packs of their organization's countries.
 */
export const actionPacks: ResourceDefinition = {
  name: 'action-packs',
  pages: {
    list: lazyPage(() => import('./ActionPackPage'), 'ActionPackPage'),
    icon: CampaignIcon,
  },
  menu: { group: 'campaign', order: 50 },
  access: { admin: ['list'], coordinator: ['list'], steering: ['list'], member: ['list'] },
  messages: actionPacksMessages,
};
