import { NewPasswordForm } from './NewPasswordForm';
import { PublicPage } from './PublicPage';

/** `#/accept-invitation?token=…`: the link of the invitation e-mail. */
export const AcceptInvitationPage = () => (
  <PublicPage title="app.password.accept_title">
    <NewPasswordForm endpoint="/api/auth/accept-invitation" intro="app.password.accept_intro" submitLabel="app.password.accept_submit" />
  </PublicPage>
);
