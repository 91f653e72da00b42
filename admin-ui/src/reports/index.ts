import AssessmentIcon from '@mui/icons-material/Assessment';
import { LIST_AND_SHOW } from '../auth/access-rule';
import { lazyPage } from '../common/lazy-page';
import type { ResourceDefinition } from '../common/resource-definition';
import { reportsMessages } from './messages';

export const reports: ResourceDefinition = {
  name: 'reports',
  pages: {
    // The overview (map, charts, tables) and the printable country report at /reports/<ISO3>/show; the map and chart code load with them only.
    list: lazyPage(() => import('./ReportsPage'), 'ReportsPage'),
    show: lazyPage(() => import('./CountryReportPage'), 'CountryReportPage'),
    icon: AssessmentIcon,
  },
  menu: { group: 'campaign', order: 5 },
  // Members get no report: a report mixes every organization's work (the API answers 403).
  access: { admin: LIST_AND_SHOW, coordinator: LIST_AND_SHOW, steering: LIST_AND_SHOW },
  messages: reportsMessages,
};
