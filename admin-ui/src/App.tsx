import { Admin, Resource } from 'react-admin';
import { authProvider } from './auth/auth-provider';
import { LoginPage } from './auth/LoginPage';
import { dataProvider } from './data/data-provider';
import { i18nProvider } from './i18n/i18n-provider';
import { AppLayout } from './layout/AppLayout';
import { Dashboard } from './dashboard/Dashboard';
import { darkTheme, lightTheme } from './theme';
import { users } from './users';
import { auditEntries } from './audit-entries';

export const App = () => (
  <Admin
    title="Coalition CRM"
    // React-Admin otherwise reports usage to marmelab's servers.
    disableTelemetry
    requireAuth
    authProvider={authProvider}
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    loginPage={LoginPage}
    layout={AppLayout}
    dashboard={Dashboard}
    theme={lightTheme}
    darkTheme={darkTheme}
    defaultTheme="light"
  >
    <Resource name="audit-entries" {...auditEntries} />
    <Resource name="users" {...users} />
  </Admin>
);
