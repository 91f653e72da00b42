import { useEffect } from 'react';
import { Box, Typography } from '@mui/material';
import PublicIcon from '@mui/icons-material/Public';
import { Link, Login, LoginForm, PasswordInput, TextInput, required, useNotify, useTranslate } from 'react-admin';
import { takeSessionExpired } from './auth-storage';
import { LocaleSwitcher } from '../layout/LocaleSwitcher';

const requiredField = [required()];

/**
 * React-Admin's Login page with our own fields: the API identifies users by
 * e-mail, so the field says so (and is typed `email` for mobile keyboards).
 * The form is a native <form>: Enter in either field submits it.
 */
export const LoginPage = () => {
  const translate = useTranslate();
  const notify = useNotify();

  useEffect(() => {
    if (takeSessionExpired()) notify('app.auth.session_expired', { type: 'warning' });
  }, [notify]);

  return (
    <Login avatarIcon={<PublicIcon />}>
      <Box component="header" sx={{ px: 3, textAlign: 'center' }}>
        <Typography component="h1" variant="h5" sx={{ fontWeight: 600, color: 'primary.main' }}>
          {translate('app.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {translate('app.tagline')}
        </Typography>
        <Typography component="h2" variant="subtitle1" sx={{ mt: 2, fontWeight: 500 }}>
          {translate('app.login.heading')}
        </Typography>
      </Box>
      <LoginForm>
        <TextInput
          autoFocus
          source="email"
          type="email"
          label="app.login.email"
          autoComplete="username"
          validate={requiredField}
          slotProps={{ htmlInput: { 'data-testid': 'login-email' } }}
        />
        <PasswordInput
          source="password"
          label="app.login.password"
          autoComplete="current-password"
          validate={requiredField}
          slotProps={{ htmlInput: { 'data-testid': 'login-password' } }}
        />
      </LoginForm>
      <Box component="nav" sx={{ px: 2, pb: 1, textAlign: 'center', display: 'grid', gap: 1 }}>
        <Typography variant="body2">
          <Link to="/forgot-password" data-testid="forgot-password-link">
            {translate('app.public.forgot_password')}
          </Link>
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('app.public.not_a_member')}{' '}
          <Link to="/join" data-testid="join-link">
            {translate('app.public.apply')}
          </Link>
        </Typography>
      </Box>
      <Box sx={{ display: 'flex', justifyContent: 'center', pb: 2 }}>
        <LocaleSwitcher color="primary" />
      </Box>
    </Login>
  );
};
