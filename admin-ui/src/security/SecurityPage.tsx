import { Alert, Box, Divider, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { useProviderQuery } from '../common/use-provider-query';
import { formatDateTime } from '../common/format-date-time';
import { CalendarFeedPanel } from '../events/CalendarFeedPanel';
import { MyPageFrame } from '../me/MyPageFrame';
import { DisableTwoFactorForm } from './DisableTwoFactorForm';
import { TwoFactorSetupFlow } from './TwoFactorSetupFlow';

// Below this many unused recovery codes, the page suggests making new ones.
const FEW_RECOVERY_CODES = 3;

/** "Security": the signed-in user's own two-factor authentication, for every role. */
export const SecurityPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: status, error, isPending, refetch } = useProviderQuery('me/two-factor', (provider) => provider.getTwoFactorStatus());

  return (
    <MyPageFrame title="app.security.title" intro="app.security.intro" missing="app.security.load_error" isPending={isPending} error={error}>
      {status ? (
        <Box sx={{ display: 'grid', gap: 2, maxWidth: 720 }} data-testid="security-page" data-enabled={status.enabled ? 'true' : 'false'}>
          <Typography component="h2" variant="h6">
            {translate('app.security.two_factor')}
          </Typography>
          {status.enabled ? (
            <>
              <Alert severity="success" data-testid="two-factor-on">
                {translate('app.security.status_on', { date: status.enabledAt ? formatDateTime(status.enabledAt, locale) : '' })}
              </Alert>
              <Typography variant="body2">{translate('app.security.recovery_left', { count: status.recoveryCodesLeft })}</Typography>
              {status.recoveryCodesLeft <= FEW_RECOVERY_CODES ? <Alert severity="warning">{translate('app.security.recovery_low')}</Alert> : null}
              <Divider />
              <DisableTwoFactorForm required={status.requiredForRole} onDone={refetch} />
            </>
          ) : (
            <>
              <Alert severity={status.requiredForRole ? 'warning' : 'info'} data-testid="two-factor-off">
                {translate('app.security.status_off')} {status.requiredForRole ? translate('app.security.required_note') : ''}
              </Alert>
              <TwoFactorSetupFlow onDone={refetch} />
            </>
          )}
          <Divider />
          <CalendarFeedPanel />
        </Box>
      ) : null}
    </MyPageFrame>
  );
};
