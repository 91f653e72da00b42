import { useState } from 'react';
import { Box } from '@mui/material';
import {
  CanAccess,
  Form,
  HttpError,
  PasswordInput,
  SaveButton,
  Toolbar,
  maxLength,
  minLength,
  required,
  useDataProvider,
  useNotify,
  useTranslate,
  type Validator,
} from 'react-admin';
import { openSession } from '../auth/session';
import type { AppDataProvider } from '../data/data-provider';
import { AccessDeniedPage } from '../layout/AccessDeniedPage';
import type { FormValues } from '../public/form-values';
import { serverFieldErrors } from '../public/server-field-errors';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@contract/auth/password-policy/password-rules.contract';
import { PasswordStrengthMeter } from '../security/PasswordStrengthMeter';
import { MyPageFrame } from './MyPageFrame';

const sameAsNewPassword: Validator = (value: unknown, values: FormValues) => (value === values.newPassword ? undefined : 'app.password.mismatch');

const currentValidators = [required()];
const newValidators = [required(), minLength(PASSWORD_MIN_LENGTH), maxLength(PASSWORD_MAX_LENGTH)];
const confirmValidators = [required(), sameAsNewPassword];

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

const MyPasswordForm = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  // A new key empties the form after a change, so that no password stays on screen.
  const [formKey, setFormKey] = useState(0);

  const submit = async (values: FormValues): Promise<Record<string, string> | undefined> => {
    try {
      const { data } = await dataProvider.changeMyPassword(text(values.currentPassword), text(values.newPassword));
      // Every earlier session has ended, this tab's included: the answer is the new one.
      openSession(data);
      notify('app.me.password_changed', { type: 'success' });
      setFormKey((key) => key + 1);
      return undefined;
    } catch (error: unknown) {
      if (error instanceof HttpError && error.status === 400) {
        const { fields } = serverFieldErrors(error.body, ['currentPassword', 'newPassword'] as const, translate);
        if (fields.currentPassword) return { currentPassword: 'app.me.password_wrong_current' };
        if (fields.newPassword) return { newPassword: fields.newPassword };
      }
      const message = error instanceof Error ? error.message : 'app.errors.server';
      notify(message, { type: 'error', messageArgs: { _: message } });
      return undefined;
    }
  };

  return (
    <MyPageFrame title="app.me.password_title" intro="app.me.password_intro" isPending={false} error={null}>
      <Box sx={{ maxWidth: 480 }}>
        <Form key={formKey} onSubmit={submit} noValidate>
          <PasswordInput
            source="currentPassword"
            label="app.me.current_password"
            autoComplete="current-password"
            validate={currentValidators}
            fullWidth
            slotProps={{ htmlInput: { 'data-testid': 'current-password' } }}
          />
          <PasswordInput
            source="newPassword"
            label="app.password.new_password"
            autoComplete="new-password"
            validate={newValidators}
            helperText={translate('app.password.min_length_hint', { min: PASSWORD_MIN_LENGTH })}
            fullWidth
            slotProps={{ htmlInput: { 'data-testid': 'new-password' } }}
          />
          <PasswordStrengthMeter source="newPassword" />
          <PasswordInput
            source="confirmation"
            label="app.password.confirm_password"
            autoComplete="new-password"
            validate={confirmValidators}
            fullWidth
            slotProps={{ htmlInput: { 'data-testid': 'confirm-password' } }}
          />
          <Toolbar sx={{ px: 0 }}>
            <SaveButton label="app.me.password_submit" alwaysEnable data-testid="password-change-submit" />
          </Toolbar>
        </Form>
      </Box>
    </MyPageFrame>
  );
};

/** "Change password", for everyone who signs in: the other sessions of the account end with it. */
export const MyPasswordPage = () => (
  <CanAccess resource="my-password" action="edit" accessDenied={<AccessDeniedPage />}>
    <MyPasswordForm />
  </CanAccess>
);
