import { useRef, useState, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { LANGUAGE_CHOICES, ORGANIZATION_TYPE_CHOICES, RIGHTS_FOCUS_CHOICES } from '../common/organization-choices';
import { JOIN_FIELDS, toApplicationPayload } from '../public/join-application';
import { publicRequest, UNREACHABLE } from '../public/public-api';
import { serverFieldErrors } from '../public/server-field-errors';
import { usePublicCountries } from '../public/use-public-countries';
import { CountryFields } from './CountryFields';
import { SendIcon } from './icons';
import { ChoicesField, ConsentField, HoneypotField, SelectField, TextField } from './join-fields';
import { EMPTY_APPLICATION, type JoinValues } from './join-values';
import { useWords } from './words-context';

/** What the page shows above the form after a refused submission. */
type Problem = { severity: 'error' | 'warning'; key: string; details: string[] };

const problemFor = (status: number): Problem => {
  if (status === 429) return { severity: 'warning', key: 'app.join.errors.throttled', details: [] };
  if (status === UNREACHABLE || (status >= 502 && status <= 504)) return { severity: 'error', key: 'app.errors.network', details: [] };
  return { severity: 'error', key: 'app.errors.server', details: [] };
};

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const { translate } = useWords();
  return (
    <section className="form-section">
      <h2>{translate(title)}</h2>
      <div className="form-grid">{children}</div>
    </section>
  );
};

export type SubmittedApplication = { organizationName: string; contactEmail: string };

/**
 * The public membership form (POST /api/membership-applications). The browser
 * checks what it can in the reader's language; the server's 400 lands on the
 * fields it names, a 429 asks kindly to wait, and the answers stay in place.
 */
export const JoinForm = ({ onSubmitted }: { onSubmitted: (application: SubmittedApplication) => void }) => {
  const { locale, translate } = useWords();
  const countries = usePublicCountries(locale);
  const form = useForm<JoinValues>({ defaultValues: EMPTY_APPLICATION, mode: 'onSubmit', reValidateMode: 'onChange' });
  const [problem, setProblem] = useState<Problem | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const sending = form.formState.isSubmitting;

  const showProblem = (next: Problem) => {
    setProblem(next);
    // Let the banner render, then bring it into view for people who scrolled down to the button.
    requestAnimationFrame(() => problemRef.current?.scrollIntoView({ behavior: 'smooth', block: 'center' }));
  };

  const submit = async (values: JoinValues): Promise<void> => {
    setProblem(null);
    const payload = toApplicationPayload(values, locale);
    const { status, body } = await publicRequest('POST', '/api/membership-applications', payload);
    if (status === 201) {
      form.reset(EMPTY_APPLICATION);
      onSubmitted({ organizationName: payload.organizationName, contactEmail: payload.contactEmail });
      return;
    }
    if (status !== 400) {
      showProblem(problemFor(status));
      return;
    }
    const errors = serverFieldErrors(body, JOIN_FIELDS, translate, 'membership-applications');
    showProblem({ severity: 'error', key: 'app.join.errors.fix_fields', details: errors.general });
    for (const field of JOIN_FIELDS) {
      const message = errors.fields[field];
      if (message) form.setError(field, { type: 'server', message });
    }
  };

  return (
    <FormProvider {...form}>
      <form onSubmit={form.handleSubmit(submit)} noValidate id="join-form">
        <p className="intro">{translate('app.join.intro')}</p>
        <p className="hint">{translate('app.join.required_hint')}</p>

        <div ref={problemRef}>
          {problem ? (
            <div className={`alert alert-${problem.severity}`} role="alert" data-testid="join-problem">
              {translate(problem.key)}
              {problem.details.length > 0 ? (
                <ul>
                  {problem.details.map((detail) => (
                    <li key={detail}>{detail}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
        </div>

        <Section title="app.join.sections.organization">
          <TextField field="organizationName" required wide autoComplete="organization" />
          <TextField field="organizationAcronym" autoComplete="off" />
          <SelectField field="organizationType" options={ORGANIZATION_TYPE_CHOICES.map(({ id, name }) => ({ id, name: translate(name) }))} />
          <TextField field="organizationWebsite" helper="app.join.helpers.organizationWebsite" autoComplete="url" inputMode="url" />
          <TextField field="organizationEmail" type="email" autoComplete="off" />
          <CountryFields countries={countries} />
        </Section>

        <Section title="app.join.sections.work">
          <ChoicesField field="rightsFocus" choices={RIGHTS_FOCUS_CHOICES} helper="app.join.helpers.rightsFocus" />
          <ChoicesField field="languages" choices={LANGUAGE_CHOICES} helper="app.join.helpers.languages" />
          <TextField field="description" wide rows={3} helper="app.join.helpers.description" autoComplete="off" />
        </Section>

        <Section title="app.join.sections.contact">
          <TextField field="contactFirstName" required autoComplete="given-name" />
          <TextField field="contactLastName" required autoComplete="family-name" />
          <TextField field="contactEmail" required type="email" helper="app.join.helpers.contactEmail" autoComplete="email" />
          <TextField field="contactPhone" type="tel" autoComplete="tel" />
          <TextField field="contactRole" wide helper="app.join.helpers.contactRole" autoComplete="organization-title" />
        </Section>

        <Section title="app.join.sections.motivation">
          <TextField field="motivation" required wide rows={4} helper="app.join.helpers.motivation" autoComplete="off" />
          <ConsentField />
        </Section>

        <HoneypotField />

        <div className="actions">
          <button type="submit" className="button-primary" disabled={sending} data-testid="join-submit">
            {sending ? <span className="spinner" aria-hidden="true" /> : <SendIcon />}
            {translate(sending ? 'app.join.sending' : 'app.join.submit')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
};
