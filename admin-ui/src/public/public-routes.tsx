import { useEffect } from 'react';
import { Route } from 'react-router';
import { lazyPage } from '../common/lazy-page';
import { CONFIRM_EMAIL_PATH } from '../security/security-records';

// Each reached from a link in an e-mail or on the website: loaded when opened, not with the admin.
const TestifyPage = lazyPage(() => import('../testimonies/TestifyPage'), 'TestifyPage');
const AcceptInvitationPage = lazyPage(() => import('./AcceptInvitationPage'), 'AcceptInvitationPage');
const ForgotPasswordPage = lazyPage(() => import('./ForgotPasswordPage'), 'ForgotPasswordPage');
const ResetPasswordPage = lazyPage(() => import('./ResetPasswordPage'), 'ResetPasswordPage');
const ConfirmEmailPage = lazyPage(() => import('./ConfirmEmailPage'), 'ConfirmEmailPage');

/** `#/join`, as older links and bookmarks have it: the form is now the page /join, which loads none of the admin. */
const MovedToJoinPage = () => {
  useEffect(() => window.location.replace('/join'), []);
  return null;
};

/**
 * Pages for people without an account, rendered by <CustomRoutes noLayout> so
 * React-Admin shows them without asking to sign in. The paths are in the API's
 * e-mails (`${PUBLIC_URL}/#/accept-invitation?token=…`): keep them stable.
 */
export const publicRoutes = [
  <Route key="join" path="/join" element={<MovedToJoinPage />} />,
  <Route key="testify" path="/testify" element={<TestifyPage />} />,
  <Route key="accept-invitation" path="/accept-invitation" element={<AcceptInvitationPage />} />,
  <Route key="forgot-password" path="/forgot-password" element={<ForgotPasswordPage />} />,
  <Route key="reset-password" path="/reset-password" element={<ResetPasswordPage />} />,
  <Route key="confirm-email" path={CONFIRM_EMAIL_PATH} element={<ConfirmEmailPage />} />,
];
