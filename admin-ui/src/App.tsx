import { Route } from 'react-router';
import { Admin, CustomRoutes, Resource, type I18nProvider } from 'react-admin';
import { authProvider } from './auth/auth-provider';
import { LoginPage } from './auth/LoginPage';
import { dataProvider } from './data/data-provider';
import { AppLayout } from './layout/AppLayout';
import { AccessDeniedPage } from './layout/AccessDeniedPage';
import { Dashboard } from './dashboard/Dashboard';
import { darkTheme, lightTheme } from './theme';
import { publicRoutes } from './public/public-routes';
import { RESOURCES } from './resources';
import { lazyPage } from './common/lazy-page';
import { MEMBER_DIRECTORY_PATH, MY_ORGANIZATION_PATH, MY_PASSWORD_PATH, MY_PROFILE_PATH } from './me/my-records';
import { SECURITY_PATH, SECURITY_POLICY_PATH } from './security/security-records';

// Pages a user opens from the menu, each in a chunk of its own like the resources' pages.
const MyProfilePage = lazyPage(() => import('./me/MyProfilePage'), 'MyProfilePage');
const MyOrganizationPage = lazyPage(() => import('./me/MyOrganizationPage'), 'MyOrganizationPage');
const MyPasswordPage = lazyPage(() => import('./me/MyPasswordPage'), 'MyPasswordPage');
const MemberDirectoryPage = lazyPage(() => import('./me/MemberDirectoryPage'), 'MemberDirectoryPage');
const SecurityPage = lazyPage(() => import('./security/SecurityPage'), 'SecurityPage');
const SecurityPolicyPage = lazyPage(() => import('./security/SecurityPolicyPage'), 'SecurityPolicyPage');

/** The admin, in the language whose words `i18nProvider` holds (main.tsx fetches them first). */
export const App = ({ i18nProvider }: { i18nProvider: I18nProvider }) => (
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
    accessDenied={AccessDeniedPage}
    theme={lightTheme}
    darkTheme={darkTheme}
    defaultTheme="light"
  >
    {/* Reached without an account: the membership form and the e-mailed links. */}
    <CustomRoutes noLayout>{publicRoutes}</CustomRoutes>
    {/* Self-service pages; each checks canAccess itself. */}
    <CustomRoutes>
      <Route path={MY_PROFILE_PATH} element={<MyProfilePage />} />
      <Route path={MY_ORGANIZATION_PATH} element={<MyOrganizationPage />} />
      <Route path={MY_PASSWORD_PATH} element={<MyPasswordPage />} />
      <Route path={MEMBER_DIRECTORY_PATH} element={<MemberDirectoryPage />} />
      <Route path={SECURITY_PATH} element={<SecurityPage />} />
      <Route path={SECURITY_POLICY_PATH} element={<SecurityPolicyPage />} />
    </CustomRoutes>
    {RESOURCES.map(({ name, pages }) => (
      <Resource key={name} name={name} {...pages} />
    ))}
  </Admin>
);
