import { useState } from 'react';
import { Alert, Box, Button, CircularProgress, Typography } from '@mui/material';
import { Form, Link, PasswordInput, maxLength, minLength, required, useLocation, useTranslate, type Validator } from 'react-admin';
import { PasswordStrengthMeter } from '../security/PasswordStrengthMeter';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@contract/auth/password-policy/password-rules.contract';
import { publicRequest, UNREACHABLE } from './public-api';
import { serverFieldErrors } from './server-field-errors';
import { useOpenSession } from './use-open-session';
import type { FormValues } from './form-values';

const sameAsPassword: Validator = (value: unknown, values: FormValues) => (value === values.password ? undefined : 'app.password.mismatch');

const passwordValidators = [required(), minLength(PASSWORD_MIN_LENGTH), maxLength(PASSWORD_MAX_LENGTH)];
const confirmValidators = [required(), sameAsPassword];

type Problem = 'invalid_link' | 'throttled' | 'network' | 'server' | 'unexpected';

const PROBLEM_KEYS: Record<Problem, string> = {
  invalid_link: 'app.password.invalid_link',
  throttled: 'app.errors.throttled',
  network: 'app.errors.network',
  server: 'app.errors.server',
  unexpected: 'app.auth.unexpected_response',
};

const RequestNewLink = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" sx={{ mt: 2 }}>
      <Link to="/forgot-password">{translate('app.password.request_new')}</Link>
    </Typography>
  );
};

const isTokenProblem = (body: unknown): boolean => {
  if (typeof body !== 'object' || body === null) return false;
  const record = body as Record<string, unknown>;
  if (record.field === 'token') return true;
  const messages = Array.isArray(record.message) ? record.message : [record.message];
  return messages.some((message) => typeof message === 'string' && message.startsWith('token '));
};

type NewPasswordFormProps = {
  /** POST /api/auth/accept-invitation or /api/auth/reset-password: both take {token, password}. */
  endpoint: string;
  intro: string;
  submitLabel: string;
};

/**
 * Trades the one-time token of an e-mailed link for a password, then signs
 * the user in as a login would. The token comes from the link's query string,
 * which with the hash router sits after `#/page`.
 */
export const NewPasswordForm = ({ endpoint, intro, submitLabel }: NewPasswordFormProps) => {
  const translate = useTranslate();
  const token = new URLSearchParams(useLocation().search).get('token') ?? '';
  const openSession = useOpenSession();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sending, setSending] = useState(false);

  if (token === '') {
    return (
      <>
        <Alert severity="error" role="alert">
          {translate('app.password.missing_token')}
        </Alert>
        <RequestNewLink />
      </>
    );
  }

  const submit = async (values: FormValues): Promise<Record<string, string> | undefined> => {
    setSending(true);
    setProblem(null);
    const password = typeof values.password === 'string' ? values.password : '';
    const { status, body } = await publicRequest('POST', endpoint, { token, password });
    if (status === 200) {
      try {
        await openSession(body);
        return undefined;
      } catch {
        setSending(false);
        setProblem('unexpected');
        return undefined;
      }
    }
    setSending(false);
    if (status === 400 && isTokenProblem(body)) {
      setProblem('invalid_link');
      return undefined;
    }
    if (status === 400) {
      const { fields } = serverFieldErrors(body, ['password'] as const, translate);
      if (fields.password) return { password: fields.password };
    }
    if (status === 429) setProblem('throttled');
    else if (status === UNREACHABLE || (status >= 502 && status <= 504)) setProblem('network');
    else setProblem('server');
    return undefined;
  };

  return (
    <Form onSubmit={submit} noValidate>
      <Typography variant="body1" sx={{ mb: 2 }}>
        {translate(intro)}
      </Typography>
      {problem ? (
        <Box sx={{ mb: 2 }}>
          <Alert severity={problem === 'throttled' ? 'warning' : 'error'} role="alert" data-testid="password-problem">
            {translate(PROBLEM_KEYS[problem])}
          </Alert>
          {problem === 'invalid_link' ? <RequestNewLink /> : null}
        </Box>
      ) : null}
      <PasswordInput
        source="password"
        label="app.password.new_password"
        autoComplete="new-password"
        autoFocus
        validate={passwordValidators}
        helperText={translate('app.password.min_length_hint', { min: PASSWORD_MIN_LENGTH })}
      />
      <PasswordStrengthMeter />
      <PasswordInput source="confirmation" label="app.password.confirm_password" autoComplete="new-password" validate={confirmValidators} />
      <Button
        type="submit"
        variant="contained"
        fullWidth
        size="large"
        sx={{ mt: 2 }}
        disabled={sending}
        startIcon={sending ? <CircularProgress size={18} color="inherit" /> : null}
        data-testid="password-submit"
      >
        {translate(submitLabel)}
      </Button>
    </Form>
  );
};
