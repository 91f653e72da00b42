import { useRef, useState } from 'react';
import { Alert, Box, Button, CircularProgress, Skeleton, Typography } from '@mui/material';
import SendIcon from '@mui/icons-material/Send';
import { AutocompleteInput, BooleanInput, CheckboxGroupInput, Form, TextInput, maxLength, required, useLocaleState, useTranslate } from 'react-admin';
import { TESTIMONY_LIMITS, type TestimonyLocale } from '@contract/testimonies/testimony.contract';
import type { FormValues } from '../public/form-values';
import { HoneypotInput } from '../public/HoneypotInput';
import { PublicPage } from '../public/PublicPage';
import { publicRequest, UNREACHABLE } from '../public/public-api';
import { serverFieldErrors } from '../public/server-field-errors';
import { usePublicCountries } from '../public/use-public-countries';
import { RIGHT_CHOICES } from './testimony-record';

const T = 'resources.testimonies';
const FIELDS = ['countryId', 'rightsAffected', 'text', 'submitterName', 'submitterContact', 'consentToPublish', 'anonymize'] as const;
const DEFAULTS = { rightsAffected: [], text: '', submitterName: '', submitterContact: '', consentToPublish: false, anonymize: true, homepage: '' };
const V = {
  required: [required()],
  text: [required(), maxLength(TESTIMONY_LIMITS.text)],
  name: [maxLength(TESTIMONY_LIMITS.submitterName)],
  contact: [maxLength(TESTIMONY_LIMITS.submitterContact)],
};

const localeOf = (locale: string): TestimonyLocale => (locale === 'es' || locale === 'fr' ? locale : 'en');
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/**
 * `#/testify`: anybody tells of a violation of an economic, social or cultural
 * right (POST /api/testimonies), in English, Spanish or French. Anonymity is
 * ticked by default: people at risk should not have to think of it.
 */
export const TestifyPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const countries = usePublicCountries(locale);
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState<{ key: string; details: string[] } | null>(null);
  const [sending, setSending] = useState(false);
  const problemRef = useRef<HTMLDivElement>(null);

  const submit = async (values: FormValues): Promise<Record<string, string> | undefined> => {
    setSending(true);
    setProblem(null);
    const payload = {
      countryId: values.countryId,
      rightsAffected: values.rightsAffected,
      text: values.text,
      submitterName: text(values.submitterName),
      submitterContact: text(values.submitterContact),
      consentToPublish: values.consentToPublish === true,
      anonymize: values.anonymize === true,
      locale: localeOf(locale),
      homepage: typeof values.homepage === 'string' ? values.homepage : '',
    };
    const { status, body } = await publicRequest('POST', '/api/testimonies', payload);
    setSending(false);
    if (status === 201) {
      setSent(true);
      window.scrollTo({ top: 0 });
      return undefined;
    }
    const show = (key: string, details: string[] = []) => {
      setProblem({ key, details });
      requestAnimationFrame(() => problemRef.current?.scrollIntoView({ behavior: 'smooth', block: 'center' }));
    };
    if (status === 400) {
      const errors = serverFieldErrors(body, FIELDS, translate, 'testimonies');
      show(`${T}.public.fix_fields`, errors.general);
      return Object.fromEntries(FIELDS.flatMap((field) => (errors.fields[field] ? [[field, errors.fields[field]]] : [])));
    }
    if (status === 429) show(`${T}.public.throttled`);
    else if (status === UNREACHABLE || (status >= 502 && status <= 504)) show('app.errors.network');
    else show('app.errors.server');
    return undefined;
  };

  return (
    <PublicPage title={sent ? `${T}.public.thanks_title` : `${T}.public.title`} wide>
      {sent ? (
        <Box data-testid="testify-thanks">
          <Alert severity="success" role="status">
            {translate(`${T}.public.thanks`)}
          </Alert>
          <Button sx={{ mt: 3 }} variant="outlined" onClick={() => setSent(false)}>
            {translate(`${T}.public.another`)}
          </Button>
        </Box>
      ) : (
        <Form onSubmit={submit} defaultValues={DEFAULTS} noValidate id="testify-form">
          <Typography variant="body1" sx={{ mb: 1 }}>
            {translate(`${T}.public.intro`)}
          </Typography>
          <Alert severity="info" sx={{ my: 2 }}>
            {translate(`${T}.public.safety`)}
          </Alert>
          <Typography variant="body2" color="text.secondary">
            {translate(`${T}.public.required_hint`)}
          </Typography>
          <Box ref={problemRef} sx={{ mt: problem ? 2 : 0 }}>
            {problem ? (
              <Alert severity="error" role="alert" data-testid="testify-problem">
                {translate(problem.key)}
                {problem.details.length > 0 ? (
                  <Box component="ul" sx={{ m: 0, mt: 1, pl: 2 }}>
                    {problem.details.map((detail) => (
                      <li key={detail}>{detail}</li>
                    ))}
                  </Box>
                ) : null}
              </Alert>
            ) : null}
          </Box>
          <Box sx={{ mt: 2 }}>
            {countries.failed ? (
              <Alert
                severity="error"
                action={
                  <Button color="inherit" size="small" onClick={countries.retry}>
                    {translate(`${T}.public.countries_retry`)}
                  </Button>
                }
              >
                {translate(`${T}.public.countries_error`)}
              </Alert>
            ) : countries.choices ? (
              <AutocompleteInput source="countryId" label={`${T}.fields.countryId`} choices={countries.choices} validate={V.required} />
            ) : (
              <Skeleton variant="rounded" height={48} />
            )}
          </Box>
          <CheckboxGroupInput source="rightsAffected" label={`${T}.fields.rightsAffected`} choices={RIGHT_CHOICES} validate={V.required} />
          <TextInput source="text" label={`${T}.fields.text`} multiline minRows={6} validate={V.text} />
          <BooleanInput source="anonymize" label={`${T}.public.anonymize`} helperText={false} />
          <Box sx={{ display: 'grid', gap: { xs: 0, sm: 2 }, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
            <TextInput source="submitterName" label={`${T}.fields.submitterName`} validate={V.name} autoComplete="name" />
            <TextInput source="submitterContact" label={`${T}.fields.submitterContact`} validate={V.contact} autoComplete="email" />
          </Box>
          <BooleanInput source="consentToPublish" label={`${T}.public.consent`} helperText={false} />
          <HoneypotInput source="homepage" />
          <Box sx={{ mt: 3 }}>
            <Button
              type="submit"
              variant="contained"
              size="large"
              disabled={sending}
              startIcon={sending ? <CircularProgress size={18} color="inherit" /> : <SendIcon />}
              data-testid="testify-submit"
            >
              {translate(sending ? `${T}.public.sending` : `${T}.public.submit`)}
            </Button>
          </Box>
        </Form>
      )}
    </PublicPage>
  );
};
