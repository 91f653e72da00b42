import { useState } from 'react';
import { Button, CardContent, CircularProgress } from '@mui/material';
import { Form, PasswordInput, TextInput, required, useLogin, useNotify, useTranslate } from 'react-admin';
import { TwoFactorRequired } from '../security/two-factor-sign-in';

const requiredField = [required()];

/**
 * E-mail and password, as React-Admin's LoginForm asks them, except that a
 * right password may lead to a second step: the challenge goes to the caller.
 * The API identifies users by e-mail, so the field says so (and is typed
 * `email` for mobile keyboards). Enter in either field submits the form.
 */
export const PasswordSignInForm = ({ onChallenge }: { onChallenge: (challengeToken: string) => void }) => {
  const translate = useTranslate();
  const login = useLogin();
  const notify = useNotify();
  const [sending, setSending] = useState(false);

  const submit = async (values: Record<string, unknown>) => {
    setSending(true);
    try {
      await login(values);
    } catch (error: unknown) {
      setSending(false);
      if (error instanceof TwoFactorRequired) {
        onChallenge(error.challengeToken);
        return;
      }
      const message = error instanceof Error && error.message ? error.message : 'ra.auth.sign_in_error';
      notify(message, { type: 'error', messageArgs: { _: message } });
    }
  };

  return (
    <Form onSubmit={submit} mode="onChange" noValidate>
      <CardContent sx={{ width: { xs: 'auto', sm: 300 }, pb: 2 }}>
        <TextInput
          autoFocus
          source="email"
          type="email"
          label="app.login.email"
          autoComplete="username"
          validate={requiredField}
          slotProps={{ htmlInput: { 'data-testid': 'login-email' } }}
        />
        <PasswordInput
          source="password"
          label="app.login.password"
          autoComplete="current-password"
          validate={requiredField}
          slotProps={{ htmlInput: { 'data-testid': 'login-password' } }}
        />
        <Button
          variant="contained"
          type="submit"
          fullWidth
          sx={{ mt: 2 }}
          disabled={sending}
          startIcon={sending ? <CircularProgress size={18} color="inherit" /> : null}
        >
          {translate('ra.auth.sign_in')}
        </Button>
      </CardContent>
    </Form>
  );
};
