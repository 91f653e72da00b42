import { DeleteButton, useRecordContext, useTranslate } from 'react-admin';
import type { AffiliationRecord } from './affiliation-record';

/** Ends the link between a person and an organization for good; both records stay. */
export const DeleteAffiliationButton = () => {
  const record = useRecordContext<AffiliationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <DeleteButton
      mutationMode="pessimistic"
      redirect={false}
      label="resources.affiliations.actions.remove"
      confirmTitle={translate('resources.affiliations.messages.delete_title')}
      confirmContent={translate('resources.affiliations.messages.delete_content', {
        person: record.personName,
        organization: record.organizationName,
      })}
    />
  );
};
