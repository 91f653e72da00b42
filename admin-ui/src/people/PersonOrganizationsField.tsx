import { useRecordContext, useTranslate } from 'react-admin';
import { RecordLinks } from '../common/RecordLinks';
import type { PersonRecord } from './person-record';

/**
 * The organizations a person currently works with, each a link to it; the
 * organization they are the primary contact of comes first, in bold.
 */
export const PersonOrganizationsField = () => {
  const person = useRecordContext<PersonRecord>();
  const translate = useTranslate();
  if (!person) return null;
  const primary = translate('resources.affiliations.fields.isPrimaryContact');
  return (
    <RecordLinks
      resource="organizations"
      links={person.organizations.map((organization) => ({
        id: organization.id,
        name: organization.name,
        emphasis: organization.isPrimaryContact ? primary : undefined,
      }))}
    />
  );
};
