import { useState } from 'react';
import { Alert, Button, CircularProgress, Typography } from '@mui/material';
import { Link, useLocation, useTranslate } from 'react-admin';
import { MY_PROFILE_PATH } from '../me/my-records';
import { publicRequest, UNREACHABLE } from './public-api';
import { PublicPage } from './PublicPage';

type Outcome = { kind: 'changed'; email: string } | { kind: 'secretariat' } | { kind: 'problem'; key: string; severity: 'error' | 'warning' };

const outcomeOf = (status: number, body: unknown): Outcome => {
  const answer = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  if (status === 200 && answer.outcome === 'changed' && typeof answer.email === 'string') return { kind: 'changed', email: answer.email };
  if (status === 200) return { kind: 'secretariat' };
  if (status === 400) return { kind: 'problem', key: 'app.email_change.invalid', severity: 'error' };
  if (status === 429) return { kind: 'problem', key: 'app.errors.throttled', severity: 'warning' };
  if (status === UNREACHABLE || (status >= 502 && status <= 504)) return { kind: 'problem', key: 'app.errors.network', severity: 'error' };
  return { kind: 'problem', key: 'app.errors.server', severity: 'error' };
};

/**
 * `#/confirm-email?token=…`: the link mailed to a new contact e-mail. It asks
 * for a click rather than confirming on load, so that a mail scanner opening
 * the link does not confirm the change in the owner's stead.
 */
export const ConfirmEmailPage = () => {
  const translate = useTranslate();
  const token = new URLSearchParams(useLocation().search).get('token') ?? '';
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [sending, setSending] = useState(false);

  const confirm = async () => {
    setSending(true);
    const { status, body } = await publicRequest('POST', '/api/me/confirm-email', { token });
    setSending(false);
    setOutcome(outcomeOf(status, body));
  };

  const body = () => {
    if (token === '') {
      return (
        <Alert severity="error" role="alert">
          {translate('app.email_change.missing_token')}
        </Alert>
      );
    }
    if (outcome?.kind === 'changed' || outcome?.kind === 'secretariat') {
      return (
        <>
          <Alert severity="success" role="status" data-testid="confirm-email-outcome" data-outcome={outcome.kind}>
            {outcome.kind === 'changed' ? translate('app.email_change.changed', { email: outcome.email }) : translate('app.email_change.secretariat')}
          </Alert>
          <Typography variant="body2" sx={{ mt: 2 }}>
            <Link to={MY_PROFILE_PATH}>{translate('app.email_change.to_profile')}</Link>
          </Typography>
        </>
      );
    }
    return (
      <>
        <Typography variant="body1" sx={{ mb: 2 }}>
          {translate('app.email_change.confirm_intro')}
        </Typography>
        {outcome?.kind === 'problem' ? (
          <Alert severity={outcome.severity} role="alert" sx={{ mb: 2 }} data-testid="confirm-email-problem">
            {translate(outcome.key)}
          </Alert>
        ) : null}
        {/* A spent or unknown link stays so: trying again would not help. */}
        {outcome?.kind === 'problem' && outcome.key === 'app.email_change.invalid' ? null : (
          <Button
            variant="contained"
            fullWidth
            size="large"
            onClick={confirm}
            disabled={sending}
            startIcon={sending ? <CircularProgress size={18} color="inherit" /> : null}
            data-testid="confirm-email-submit"
          >
            {translate('app.email_change.confirm_submit')}
          </Button>
        )}
      </>
    );
  };

  return <PublicPage title="app.email_change.confirm_title">{body()}</PublicPage>;
};
