import { NewPasswordForm } from './NewPasswordForm';
import { PublicPage } from './PublicPage';

/** `#/reset-password?token=…`: the link of the password-reset e-mail. */
export const ResetPasswordPage = () => (
  <PublicPage title="app.password.reset_title">
    <NewPasswordForm endpoint="/api/auth/reset-password" intro="app.password.reset_intro" submitLabel="app.password.reset_submit" />
  </PublicPage>
);
