import { useState } from 'react';
import { Alert, Button, CircularProgress, Typography } from '@mui/material';
import { Form, TextInput, email, required, useTranslate } from 'react-admin';
import { publicRequest, UNREACHABLE } from './public-api';
import { PublicPage } from './PublicPage';
import type { FormValues } from './form-values';

const emailValidators = [required(), email()];

type Outcome = { kind: 'sent'; email: string } | { kind: 'problem'; key: string; severity: 'error' | 'warning' };

/**
 * `#/forgot-password`. The API answers 202 whether or not the account exists,
 * and so does this page: nobody learns here who has an account.
 */
export const ForgotPasswordPage = () => {
  const translate = useTranslate();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [sending, setSending] = useState(false);

  const submit = async (values: FormValues): Promise<Record<string, string> | undefined> => {
    const address = typeof values.email === 'string' ? values.email.trim() : '';
    setSending(true);
    setOutcome(null);
    const { status } = await publicRequest('POST', '/api/auth/forgot-password', { email: address });
    setSending(false);
    if (status >= 200 && status < 300) setOutcome({ kind: 'sent', email: address });
    else if (status === 400) return { email: 'ra.validation.email' };
    else if (status === 429) setOutcome({ kind: 'problem', key: 'app.errors.throttled', severity: 'warning' });
    else if (status === UNREACHABLE || (status >= 502 && status <= 504)) setOutcome({ kind: 'problem', key: 'app.errors.network', severity: 'error' });
    else setOutcome({ kind: 'problem', key: 'app.errors.server', severity: 'error' });
    return undefined;
  };

  return (
    <PublicPage title="app.password.forgot_title">
      {outcome?.kind === 'sent' ? (
        <Alert severity="success" role="status" data-testid="forgot-sent">
          {translate('app.password.forgot_sent', { email: outcome.email })}
        </Alert>
      ) : (
        <Form onSubmit={submit} noValidate>
          <Typography variant="body1" sx={{ mb: 2 }}>
            {translate('app.password.forgot_intro')}
          </Typography>
          {outcome?.kind === 'problem' ? (
            <Alert severity={outcome.severity} role="alert" sx={{ mb: 2 }}>
              {translate(outcome.key)}
            </Alert>
          ) : null}
          <TextInput source="email" type="email" label="app.login.email" autoComplete="username" autoFocus validate={emailValidators} />
          <Button
            type="submit"
            variant="contained"
            fullWidth
            size="large"
            sx={{ mt: 2 }}
            disabled={sending}
            startIcon={sending ? <CircularProgress size={18} color="inherit" /> : null}
          >
            {translate('app.password.forgot_submit')}
          </Button>
        </Form>
      )}
    </PublicPage>
  );
};
