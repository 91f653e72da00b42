import { useRef, useState, type ReactNode } from 'react';
import { Alert, Box, Button, CircularProgress, Typography } from '@mui/material';
import SendIcon from '@mui/icons-material/Send';
import {
  CheckboxGroupInput,
  Form,
  SelectInput,
  TextInput,
  email,
  maxLength,
  minLength,
  required,
  useLocaleState,
  useTranslate,
  type Validator,
} from 'react-admin';
import { LANGUAGE_CHOICES, ORGANIZATION_TYPE_CHOICES, RIGHTS_FOCUS_CHOICES } from '../common/organization-choices';
import { isLocaleCode, DEFAULT_LOCALE } from '../i18n/locales';
import { ConsentInput } from './ConsentInput';
import { CountryInputs } from './CountryInputs';
import { HoneypotInput } from './HoneypotInput';
import type { FormValues } from './form-values';
import { JOIN_DEFAULTS, JOIN_FIELDS, JOIN_LIMITS, toApplicationPayload } from './join-application';
import { publicRequest, UNREACHABLE } from './public-api';
import { serverFieldErrors } from './server-field-errors';
import { usePublicCountries } from './use-public-countries';

const LABELS = 'resources.membership-applications.fields';
const label = (field: string): string => `${LABELS}.${field}`;

// The API adds "https://" when left out and wants a host with a dot: "example.org", not "our website".
const WEB_ADDRESS = /^(https?:\/\/)?[^\s/.]+(\.[^\s/.]+)+(\/\S*)?$/i;
const webAddress: Validator = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' && !WEB_ADDRESS.test(value.trim()) ? 'app.join.validation.website' : undefined;

const V = {
  organizationName: [required(), minLength(JOIN_LIMITS.organizationName.min), maxLength(JOIN_LIMITS.organizationName.max)],
  organizationAcronym: [maxLength(JOIN_LIMITS.organizationAcronym)],
  organizationType: [required()],
  organizationWebsite: [webAddress, maxLength(JOIN_LIMITS.organizationWebsite)],
  organizationEmail: [email(), maxLength(JOIN_LIMITS.email)],
  choices: [required()],
  description: [maxLength(JOIN_LIMITS.description)],
  name: [required(), maxLength(JOIN_LIMITS.name)],
  contactEmail: [required(), email(), maxLength(JOIN_LIMITS.email)],
  contactPhone: [maxLength(JOIN_LIMITS.contactPhone)],
  contactRole: [maxLength(JOIN_LIMITS.contactRole)],
  motivation: [required(), maxLength(JOIN_LIMITS.motivation)],
};

/** What the page shows above the form after a refused submission. */
type Problem = { severity: 'error' | 'warning'; key: string; details: string[] };

const problemFor = (status: number): Problem => {
  if (status === 429) return { severity: 'warning', key: 'app.join.errors.throttled', details: [] };
  if (status === UNREACHABLE || (status >= 502 && status <= 504)) return { severity: 'error', key: 'app.errors.network', details: [] };
  return { severity: 'error', key: 'app.errors.server', details: [] };
};

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mt: 3 }}>
      <Typography component="h2" variant="h6" sx={{ mb: 1 }}>
        {translate(title)}
      </Typography>
      <Box sx={{ display: 'grid', gap: { xs: 0, sm: 2 }, rowGap: 0, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>{children}</Box>
    </Box>
  );
};

const wide = { gridColumn: '1 / -1' };

export type SubmittedApplication = { organizationName: string; contactEmail: string };

/**
 * The public membership form (POST /api/membership-applications). The browser
 * checks what it can in the reader's language; the server's 400 lands on the
 * fields it names, a 429 asks kindly to wait, and the answers stay in place.
 */
export const JoinForm = ({ onSubmitted }: { onSubmitted: (application: SubmittedApplication) => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const countries = usePublicCountries();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sending, setSending] = useState(false);
  const problemRef = useRef<HTMLDivElement>(null);

  const showProblem = (next: Problem) => {
    setProblem(next);
    // Let the banner render, then bring it into view for people who scrolled down to the button.
    requestAnimationFrame(() => problemRef.current?.scrollIntoView({ behavior: 'smooth', block: 'center' }));
  };

  const submit = async (values: FormValues): Promise<Record<string, string> | undefined> => {
    setSending(true);
    setProblem(null);
    const payload = toApplicationPayload(values, isLocaleCode(locale) ? locale : DEFAULT_LOCALE);
    const { status, body } = await publicRequest('POST', '/api/membership-applications', payload);
    setSending(false);
    if (status === 201) {
      onSubmitted({ organizationName: payload.organizationName, contactEmail: payload.contactEmail });
      return undefined;
    }
    if (status === 400) {
      const errors = serverFieldErrors(body, JOIN_FIELDS, 'membership-applications');
      showProblem({ severity: 'error', key: 'app.join.errors.fix_fields', details: errors.general });
      // The API starts its messages with the field's name ("organizationWebsite must be…"): show the label people see instead.
      return Object.fromEntries(
        JOIN_FIELDS.flatMap((field) => {
          const message = errors.fields[field];
          return message ? [[field, message.split(field).join(translate(label(field)))]] : [];
        }),
      );
    }
    showProblem(problemFor(status));
    return undefined;
  };

  return (
    <Form onSubmit={submit} defaultValues={JOIN_DEFAULTS} noValidate id="join-form">
      <Typography variant="body1" sx={{ mb: 1 }}>
        {translate('app.join.intro')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('app.join.required_hint')}
      </Typography>

      <Box ref={problemRef} sx={{ mt: problem ? 2 : 0 }}>
        {problem ? (
          <Alert severity={problem.severity} role="alert" data-testid="join-problem">
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

      <Section title="app.join.sections.organization">
        <Box sx={wide}>
          <TextInput source="organizationName" label={label('organizationName')} validate={V.organizationName} autoComplete="organization" />
        </Box>
        <TextInput source="organizationAcronym" label={label('organizationAcronym')} validate={V.organizationAcronym} autoComplete="off" />
        <SelectInput source="organizationType" label={label('organizationType')} choices={[...ORGANIZATION_TYPE_CHOICES]} validate={V.organizationType} />
        <TextInput
          source="organizationWebsite"
          label={label('organizationWebsite')}
          validate={V.organizationWebsite}
          helperText="app.join.helpers.organizationWebsite"
          autoComplete="url"
          slotProps={{ htmlInput: { inputMode: 'url' } }}
        />
        <TextInput source="organizationEmail" label={label('organizationEmail')} type="email" validate={V.organizationEmail} autoComplete="off" />
        <CountryInputs countries={countries} />
      </Section>

      <Section title="app.join.sections.work">
        <Box sx={wide}>
          <CheckboxGroupInput
            source="rightsFocus"
            label={label('rightsFocus')}
            choices={[...RIGHTS_FOCUS_CHOICES]}
            validate={V.choices}
            helperText="app.join.helpers.rightsFocus"
          />
        </Box>
        <Box sx={wide}>
          <CheckboxGroupInput
            source="languages"
            label={label('languages')}
            choices={[...LANGUAGE_CHOICES]}
            validate={V.choices}
            helperText="app.join.helpers.languages"
          />
        </Box>
        <Box sx={wide}>
          <TextInput
            source="description"
            label={label('description')}
            validate={V.description}
            helperText="app.join.helpers.description"
            multiline
            minRows={3}
          />
        </Box>
      </Section>

      <Section title="app.join.sections.contact">
        <TextInput source="contactFirstName" label={label('contactFirstName')} validate={V.name} autoComplete="given-name" />
        <TextInput source="contactLastName" label={label('contactLastName')} validate={V.name} autoComplete="family-name" />
        <TextInput
          source="contactEmail"
          label={label('contactEmail')}
          type="email"
          validate={V.contactEmail}
          helperText="app.join.helpers.contactEmail"
          autoComplete="email"
        />
        <TextInput source="contactPhone" label={label('contactPhone')} type="tel" validate={V.contactPhone} autoComplete="tel" />
        <Box sx={wide}>
          <TextInput
            source="contactRole"
            label={label('contactRole')}
            validate={V.contactRole}
            helperText="app.join.helpers.contactRole"
            autoComplete="organization-title"
          />
        </Box>
      </Section>

      <Section title="app.join.sections.motivation">
        <Box sx={wide}>
          <TextInput source="motivation" label={label('motivation')} validate={V.motivation} helperText="app.join.helpers.motivation" multiline minRows={4} />
        </Box>
        <Box sx={wide}>
          <ConsentInput source="consent" label="app.join.consent" />
        </Box>
      </Section>

      <HoneypotInput source="homepage" />

      <Box sx={{ mt: 3, display: 'flex', alignItems: 'center', gap: 2 }}>
        <Button
          type="submit"
          variant="contained"
          size="large"
          disabled={sending}
          startIcon={sending ? <CircularProgress size={18} color="inherit" /> : <SendIcon />}
          data-testid="join-submit"
        >
          {translate(sending ? 'app.join.sending' : 'app.join.submit')}
        </Button>
      </Box>
    </Form>
  );
};
