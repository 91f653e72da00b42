import { createContext, useContext, type ReactNode } from 'react';
import { Box, Button, CircularProgress, Typography } from '@mui/material';
import LogoutIcon from '@mui/icons-material/Logout';
import { useLogout, usePermissions, useTranslate } from 'react-admin';
import { isRole } from '../auth/roles';
import { useProviderQuery } from '../common/use-provider-query';
import { PublicPage } from '../public/PublicPage';
import { TwoFactorSetupFlow } from './TwoFactorSetupFlow';

const Waiting = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', alignItems: 'center', minHeight: '50vh' }}>
      <CircularProgress aria-label={translate('ra.page.loading')} />
    </Box>
  );
};

/** The only screen of a user who owes the two-factor set-up their role requires: set it up, or sign out. */
const EnrolmentScreen = ({ role, onDone }: { role: string; onDone: () => void }) => {
  const translate = useTranslate();
  const logout = useLogout();
  return (
    <PublicPage title="app.security.enrol_title" hideSignInLink wide>
      <Box data-testid="two-factor-enrolment" sx={{ display: 'grid', gap: 2 }}>
        <Typography variant="body1">{translate('app.security.enrol_intro', { role: translate(`app.roles.${role}`) })}</Typography>
        <TwoFactorSetupFlow onDone={onDone} showHeading={false} headingLevel="h2" />
        <Box>
          <Button startIcon={<LogoutIcon />} onClick={() => logout()}>
            {translate('app.security.sign_out')}
          </Button>
        </Box>
      </Box>
    </PublicPage>
  );
};

const RecheckContext = createContext<() => void>(() => undefined);

/** Asks the gate to look again, e.g. after the policy changed for the user's own role. */
export const useRecheckTwoFactorEnrolment = (): (() => void) => useContext(RecheckContext);

/**
 * Stands before the whole signed-in application: when the security policy
 * requires two-factor authentication of the user's role and they have not
 * set it up, the API refuses everything else, so the set-up is all there is
 * to show. Members are never required to, and are not asked.
 */
export const TwoFactorEnrolmentGate = ({ children }: { children: ReactNode }) => {
  const { permissions, isPending: rolePending } = usePermissions<unknown>();
  const role = isRole(permissions) ? permissions : null;
  const mayBeRequired = role !== null && role !== 'member';
  const { data, error, refetch } = useProviderQuery('me/two-factor/enrolment', (provider) => provider.getTwoFactorStatus(), mayBeRequired);

  if (rolePending) return <Waiting />;
  if (!mayBeRequired || error) return <>{children}</>;
  if (!data) return <Waiting />;
  if (data.requiredForRole && !data.enabled) return <EnrolmentScreen role={role} onDone={refetch} />;
  return <RecheckContext.Provider value={refetch}>{children}</RecheckContext.Provider>;
};
