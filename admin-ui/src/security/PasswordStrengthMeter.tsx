import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { Box, LinearProgress, Typography } from '@mui/material';
import { FormDataConsumer, useLocaleState, useTranslate } from 'react-admin';
import { isLocaleCode } from '../i18n/locales';
import { loadStrengthEstimator, type StrengthEstimator } from './password-strength';
import { PASSWORD_MIN_LENGTH, PASSWORD_MIN_SCORE } from '@contract/auth/password-policy/password-rules.contract';
import { containsPersonalData } from './password-rules';

const LEVELS = ['very_weak', 'weak', 'fair', 'strong', 'very_strong'] as const;
const COLORS = ['error', 'error', 'warning', 'success', 'success'] as const;

type MeterProps = {
  password: string;
  /** What the password must not be made of: the account's e-mail, the person's names. */
  userInputs: readonly string[];
};

/**
 * A strength meter with zxcvbn's warning and suggestions in the user's
 * language. zxcvbn and its dictionaries download when the meter first shows.
 */
const Meter = ({ password: typed, userInputs }: MeterProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const labelId = useId();
  // Estimating a long password takes a moment: typing stays fluid, the meter follows.
  const password = useDeferredValue(typed);
  const [estimator, setEstimator] = useState<StrengthEstimator | null>(null);
  const inputsKey = userInputs.join('\n');

  useEffect(() => {
    let current = true;
    setEstimator(null);
    loadStrengthEstimator(isLocaleCode(locale) ? locale : 'en')
      .then((loaded) => {
        if (current) setEstimator(() => loaded);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [locale]);

  const verdict = useMemo(() => {
    if (password === '') return null;
    const inputs = inputsKey === '' ? [] : inputsKey.split('\n');
    if (containsPersonalData(password, inputs)) return { score: 0, messages: [translate('app.password_strength.personal')] };
    if (!estimator) return null;
    const estimate = estimator(password, inputs);
    const messages = [estimate.warning, ...estimate.suggestions].filter((text): text is string => Boolean(text));
    if (password.length < PASSWORD_MIN_LENGTH) messages.unshift(translate('app.password_strength.too_short', { min: PASSWORD_MIN_LENGTH }));
    const acceptable = estimate.score >= PASSWORD_MIN_SCORE && password.length >= PASSWORD_MIN_LENGTH;
    if (acceptable && messages.length === 0) messages.push(translate('app.password_strength.accepted'));
    if (!acceptable && estimate.score >= PASSWORD_MIN_SCORE) return { score: 2, messages };
    return { score: estimate.score, messages };
  }, [password, estimator, inputsKey, translate]);

  if (password === '') return null;
  const score = verdict?.score ?? 0;
  return (
    <Box sx={{ mt: -0.5, mb: 1.5 }} data-testid="password-strength" data-score={verdict ? score : undefined}>
      <Typography id={labelId} variant="body2" sx={{ fontWeight: 500 }}>
        {translate('app.password_strength.summary', {
          level: translate(verdict ? `app.password_strength.${LEVELS[score]}` : 'app.password_strength.loading'),
        })}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={verdict ? (score + 1) * 20 : 0}
        color={COLORS[score]}
        aria-labelledby={labelId}
        sx={{ height: 6, borderRadius: 3, my: 0.5 }}
      />
      <Box aria-live="polite" data-testid="password-feedback">
        {verdict?.messages.map((message) => (
          <Typography key={message} variant="body2" color="text.secondary">
            {message}
          </Typography>
        ))}
      </Box>
    </Box>
  );
};

type PasswordStrengthMeterProps = {
  /** The form field holding the new password. */
  source?: string;
  /** Form fields whose values the password must not contain (e.g. the e-mail of a user being created). */
  inputSources?: readonly string[];
  /** Further values it must not contain. */
  userInputs?: readonly string[];
};

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The meter under a new-password input of a React-Admin form, following what is typed. */
export const PasswordStrengthMeter = ({ source = 'password', inputSources = [], userInputs = [] }: PasswordStrengthMeterProps) => (
  <FormDataConsumer>
    {({ formData }) => {
      const values = formData as Record<string, unknown>;
      const inputs = [...userInputs, ...inputSources.map((name) => text(values[name]))].filter((input) => input !== '');
      return <Meter password={text(values[source])} userInputs={inputs} />;
    }}
  </FormDataConsumer>
);
