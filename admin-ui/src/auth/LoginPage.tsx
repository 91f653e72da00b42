import { useEffect, useState } from 'react';
import { Box, Link as PageLink, Typography } from '@mui/material';
import PublicIcon from '@mui/icons-material/Public';
import { Link, Login, useLocation, useNotify, useTranslate } from 'react-admin';
import { takeSessionExpired } from './auth-storage';
import { PasswordSignInForm } from './PasswordSignInForm';
import { LocaleSwitcher } from '../layout/LocaleSwitcher';
import { TwoFactorCodeForm } from '../security/TwoFactorCodeForm';

/** A password reset or an accepted invitation of an account with two-factor authentication lands here with its challenge. */
const challengeOf = (state: unknown): string | null => {
  if (typeof state !== 'object' || state === null) return null;
  const token = (state as Record<string, unknown>).challengeToken;
  return typeof token === 'string' ? token : null;
};

/**
 * React-Admin's Login page with our own steps: e-mail and password, then,
 * for an account with two-factor authentication, a code.
 */
export const LoginPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const location = useLocation();
  const [challengeToken, setChallengeToken] = useState<string | null>(() => challengeOf(location.state));

  useEffect(() => {
    if (takeSessionExpired()) notify('app.auth.session_expired', { type: 'warning' });
  }, [notify]);

  const restart = (reason?: string) => {
    setChallengeToken(null);
    if (reason) notify(reason, { type: 'warning' });
  };

  return (
    <Login avatarIcon={<PublicIcon />}>
      {/* React-Admin's Login is a plain div: the page's content needs its main landmark. */}
      <Box component="main">
        <Box component="header" sx={{ px: 3, textAlign: 'center' }}>
          <Typography component="h1" variant="h5" sx={{ fontWeight: 600, color: 'primary.main' }}>
            {translate('app.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {translate('app.tagline')}
          </Typography>
          {challengeToken ? null : (
            <Typography component="h2" variant="subtitle1" sx={{ mt: 2, fontWeight: 500 }}>
              {translate('app.login.heading')}
            </Typography>
          )}
        </Box>
        {challengeToken ? <TwoFactorCodeForm challengeToken={challengeToken} onRestart={restart} /> : <PasswordSignInForm onChallenge={setChallengeToken} />}
        <Box component="nav" sx={{ px: 2, pb: 1, textAlign: 'center', display: 'grid', gap: 1 }}>
          <Typography variant="body2">
            <Link to="/forgot-password" data-testid="forgot-password-link">
              {translate('app.public.forgot_password')}
            </Link>
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('app.public.not_a_member')} {/* /join is a page of its own, lighter than the admin. */}
            <PageLink href="/join" data-testid="join-link">
              {translate('app.public.apply')}
            </PageLink>
          </Typography>
        </Box>
        <Box sx={{ display: 'flex', justifyContent: 'center', pb: 2 }}>
          <LocaleSwitcher color="primary" />
        </Box>
      </Box>
    </Login>
  );
};
