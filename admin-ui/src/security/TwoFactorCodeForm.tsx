import { useState } from 'react';
import { Alert, Box, Button, CardContent, CircularProgress, Typography } from '@mui/material';
import { Form, TextInput, required, useLogin, useTranslate } from 'react-admin';
import { TwoFactorRefused } from './two-factor-sign-in';

const requiredField = [required()];

type TwoFactorCodeFormProps = {
  challengeToken: string;
  /** Back to e-mail and password: the challenge is spent, expired, or the user changed their mind. */
  onRestart: (reason?: string) => void;
};

/**
 * The second step of the login page: a code from the authenticator app or,
 * for a lost phone, one of the recovery codes.
 */
export const TwoFactorCodeForm = ({ challengeToken, onRestart }: TwoFactorCodeFormProps) => {
  const translate = useTranslate();
  const login = useLogin();
  const [recovery, setRecovery] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const submit = async (values: Record<string, unknown>) => {
    const code = typeof values.code === 'string' ? values.code : '';
    setSending(true);
    setProblem(null);
    try {
      await login({ challengeToken, code });
    } catch (error: unknown) {
      setSending(false);
      if (error instanceof TwoFactorRefused && error.restart) onRestart(error.message);
      else setProblem(error instanceof Error ? error.message : 'app.auth.server_error');
    }
  };

  return (
    <Form onSubmit={submit} noValidate key={recovery ? 'recovery' : 'app'}>
      <CardContent sx={{ width: { xs: 'auto', sm: 300 }, pb: 2 }}>
        <Typography component="h2" variant="subtitle1" sx={{ fontWeight: 600 }}>
          {translate('app.two_factor.heading')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate(recovery ? 'app.two_factor.recovery_prompt' : 'app.two_factor.prompt')}
        </Typography>
        {problem ? (
          <Alert severity="error" role="alert" sx={{ mb: 2 }} data-testid="two-factor-problem">
            {translate(problem)}
          </Alert>
        ) : null}
        {recovery ? (
          <TextInput
            source="code"
            label="app.two_factor.recovery_code"
            autoFocus
            autoComplete="off"
            validate={requiredField}
            helperText="app.two_factor.recovery_hint"
            slotProps={{ htmlInput: { 'data-testid': 'two-factor-code', spellCheck: false, autoCapitalize: 'none' } }}
          />
        ) : (
          <TextInput
            source="code"
            label="app.two_factor.code"
            autoFocus
            autoComplete="one-time-code"
            validate={requiredField}
            helperText="app.two_factor.code_hint"
            slotProps={{ htmlInput: { 'data-testid': 'two-factor-code', inputMode: 'numeric', maxLength: 6 } }}
          />
        )}
        <Button
          type="submit"
          variant="contained"
          fullWidth
          sx={{ mt: 2 }}
          disabled={sending}
          startIcon={sending ? <CircularProgress size={18} color="inherit" /> : null}
          data-testid="two-factor-submit"
        >
          {translate('app.two_factor.verify')}
        </Button>
        <Box sx={{ display: 'grid', gap: 0.5, mt: 1 }}>
          <Button
            variant="text"
            size="small"
            onClick={() => {
              setProblem(null);
              setRecovery((current) => !current);
            }}
            data-testid="two-factor-toggle"
          >
            {translate(recovery ? 'app.two_factor.use_app' : 'app.two_factor.use_recovery')}
          </Button>
          <Button variant="text" size="small" onClick={() => onRestart()}>
            {translate('app.two_factor.back')}
          </Button>
        </Box>
      </CardContent>
    </Form>
  );
};
