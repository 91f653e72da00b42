import { useState } from 'react';
import { Alert, Box, Button, CircularProgress } from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import { CanAccess, CheckboxGroupInput, Form, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useProviderQuery } from '../common/use-provider-query';
import type { AppDataProvider } from '../data/data-provider';
import { AccessDeniedPage } from '../layout/AccessDeniedPage';
import { MyPageFrame } from '../me/MyPageFrame';
import { TWO_FACTOR_POLICY_ROLES, type TwoFactorPolicyRole } from '@contract/security-policy/two-factor-roles.contract';
import type { SecurityPolicy } from './security-records';
import { useRecheckTwoFactorEnrolment } from './TwoFactorEnrolmentGate';

const ROLE_CHOICES = TWO_FACTOR_POLICY_ROLES.map((role) => ({ id: role, name: `app.roles.${role}` }));

const isPolicyRole = (value: unknown): value is TwoFactorPolicyRole => TWO_FACTOR_POLICY_ROLES.some((role) => role === value);

const SecurityPolicyForm = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const recheckEnrolment = useRecheckTwoFactorEnrolment();
  const policy = useProviderQuery('security-policy', (provider) => provider.getSecurityPolicy());
  const own = useProviderQuery('me/two-factor', (provider) => provider.getTwoFactorStatus());
  const [saved, setSaved] = useState<SecurityPolicy | null>(null);
  const [busy, setBusy] = useState(false);
  const record = saved ?? policy.data;

  const submit = async (values: Record<string, unknown>) => {
    const listed = Array.isArray(values.twoFactorRequiredRoles) ? values.twoFactorRequiredRoles : [];
    setBusy(true);
    try {
      const { data } = await dataProvider.updateSecurityPolicy({ twoFactorRequiredRoles: listed.filter(isPolicyRole) });
      setSaved(data);
      notify('app.security_policy.saved', { type: 'success' });
      // Requiring it of one's own role without having it: the next screen is the set-up.
      if (data.twoFactorRequiredRoles.includes('admin') && own.data && !own.data.enabled) recheckEnrolment();
    } catch (error: unknown) {
      const message = error instanceof Error ? error.message : 'app.errors.server';
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setBusy(false);
    }
  };

  return (
    <MyPageFrame
      title="app.security_policy.title"
      intro="app.security_policy.intro"
      missing="app.errors.not_found"
      isPending={policy.isPending}
      error={policy.error}
    >
      {record ? (
        <Form record={record} onSubmit={submit} key={record.twoFactorRequiredRoles.join(',')} noValidate>
          <Box sx={{ maxWidth: 640 }} data-testid="security-policy-form">
            <CheckboxGroupInput source="twoFactorRequiredRoles" label="app.security_policy.roles" choices={ROLE_CHOICES} row={false} helperText={false} />
            {own.data && !own.data.enabled ? (
              <Alert severity="info" sx={{ mb: 2 }}>
                {translate('app.security_policy.own_warning')}
              </Alert>
            ) : null}
            <Button
              type="submit"
              variant="contained"
              disabled={busy}
              startIcon={busy ? <CircularProgress size={18} color="inherit" /> : <SaveIcon />}
              data-testid="security-policy-save"
            >
              {translate('ra.action.save')}
            </Button>
          </Box>
        </Form>
      ) : null}
    </MyPageFrame>
  );
};

/** The admin's security policy: which roles must use two-factor authentication. */
export const SecurityPolicyPage = () => (
  <CanAccess resource="security-policy" action="edit" accessDenied={<AccessDeniedPage />}>
    <SecurityPolicyForm />
  </CanAccess>
);
