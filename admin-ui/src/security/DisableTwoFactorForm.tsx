import { useState } from 'react';
import { Alert, Box, Button, CircularProgress, Typography } from '@mui/material';
import { Form, PasswordInput, required, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../data/data-provider';
import { twoFactorErrorKey } from './two-factor-errors';

const passwordValidators = [required()];

/** Turning two-factor authentication off takes the password: an unattended session alone must not remove it. */
export const DisableTwoFactorForm = ({ required: requiredForRole, onDone }: { required: boolean; onDone: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!open) {
    return (
      <Button variant="outlined" color="error" onClick={() => setOpen(true)} data-testid="two-factor-disable-open">
        {translate('app.security.turn_off')}
      </Button>
    );
  }

  const submit = async (values: Record<string, unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await dataProvider.disableTwoFactor(typeof values.password === 'string' ? values.password : '');
      notify('app.security.disabled', { type: 'info' });
      onDone();
    } catch (error: unknown) {
      setProblem(twoFactorErrorKey(error, 'app.security.wrong_password'));
      setBusy(false);
    }
  };

  return (
    <Box component="section" aria-labelledby="two-factor-disable-title">
      <Typography id="two-factor-disable-title" component="h3" variant="h6" gutterBottom>
        {translate('app.security.turn_off')}
      </Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('app.security.turn_off_intro')}
      </Typography>
      {requiredForRole ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('app.security.turn_off_required')}
        </Alert>
      ) : null}
      {problem ? (
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          {translate(problem)}
        </Alert>
      ) : null}
      <Form onSubmit={submit} noValidate>
        <Box sx={{ maxWidth: 360 }}>
          <PasswordInput source="password" label="app.security.password" autoComplete="current-password" validate={passwordValidators} />
        </Box>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1 }}>
          <Button
            type="submit"
            variant="contained"
            color="error"
            disabled={busy}
            startIcon={busy ? <CircularProgress size={18} color="inherit" /> : null}
            data-testid="two-factor-disable-confirm"
          >
            {translate('app.security.turn_off')}
          </Button>
          <Button onClick={() => setOpen(false)}>{translate('app.security.cancel')}</Button>
        </Box>
      </Form>
    </Box>
  );
};
