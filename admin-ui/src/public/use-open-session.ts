import { useCallback } from 'react';
import { useAuthState, useNavigate, usePermissions } from 'react-admin';
import { openSession } from '../auth/session';
import { isTwoFactorChallenge } from '../security/two-factor-sign-in';

/**
 * Signs the user in with the `{accessToken, user}` an invitation or a password
 * reset answers with, and goes to the dashboard; an account with two-factor
 * authentication answers a challenge instead, which the login page completes. React-Admin keeps "not signed
 * in" cached from when this public page opened; refetching that state (and the
 * role) first keeps it from sending the new session back to the login page.
 */
export const useOpenSession = (): ((body: unknown) => Promise<void>) => {
  const { refetch: refetchAuth } = useAuthState();
  const { refetch: refetchPermissions } = usePermissions();
  const navigate = useNavigate();
  return useCallback(
    async (body: unknown) => {
      if (isTwoFactorChallenge(body)) {
        navigate('/login', { state: { challengeToken: body.challengeToken } });
        return;
      }
      openSession(body);
      await Promise.all([refetchAuth(), refetchPermissions()]);
      navigate('/');
    },
    [refetchAuth, refetchPermissions, navigate],
  );
};
