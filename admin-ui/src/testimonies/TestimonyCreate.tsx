import { Create, SimpleForm, useCreatePath, useDataProvider, useNotify, useRedirect } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { FORM_SX } from '../common/form-layout';
import type { TestimonyRecord, TestimonySubmission } from './testimony-record';
import { TestimonyInputs } from './TestimonyInputs';

const DEFAULTS: Partial<TestimonySubmission> = { rightsAffected: [], anonymize: true, consentToPublish: false, locale: 'en' };

/** Fields the server names in a 400, for the form to show them on the input. */
const fieldErrorsOf = (error: unknown): Record<string, string> | undefined => {
  const body = (error as { body?: { field?: unknown; message?: unknown } } | null)?.body;
  if (body && typeof body.field === 'string' && typeof body.message === 'string') return { [body.field]: body.message };
  return undefined;
};

/**
 * Records a testimony through `POST /api/testimonies/recorded` (as the signed-in
 * member or the secretariat): `POST /api/testimonies` is the public form's.
 */
export const TestimonyCreate = () => {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const redirect = useRedirect();
  const createPath = useCreatePath();
  const save = async (values: FieldValues) => {
    try {
      const { data } = await dataProvider.create<TestimonyRecord>('testimonies/recorded', { data: values });
      notify('resources.testimonies.created', { type: 'success' });
      redirect(createPath({ resource: 'testimonies', type: 'show', id: data.id }));
      return undefined;
    } catch (error: unknown) {
      const message = error instanceof Error ? error.message : 'app.errors.server';
      notify(message, { type: 'error', messageArgs: { _: message } });
      return fieldErrorsOf(error);
    }
  };
  return (
    <Create>
      <SimpleForm noValidate sx={FORM_SX} defaultValues={DEFAULTS} onSubmit={save} warnWhenUnsavedChanges>
        <TestimonyInputs />
      </SimpleForm>
    </Create>
  );
};
