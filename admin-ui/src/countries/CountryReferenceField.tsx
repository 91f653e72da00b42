import { ReferenceField } from 'react-admin';
import { useCanAccessResource } from '../auth/use-can-access';
import { CountryNameField } from './CountryNameField';

type CountryReferenceFieldProps = {
  source: string;
  label?: string;
  emptyText?: string;
  /** False in a list's rows: a click on the row opens the row's record, not the country. */
  link?: boolean;
};

/** A country id shown as the country's name, linked to the country page for those who may open it. */
export const CountryReferenceField = ({ source, label, emptyText, link = true }: CountryReferenceFieldProps) => {
  const canShow = useCanAccessResource('countries', 'show');
  return (
    <ReferenceField source={source} reference="countries" label={label} link={link && canShow ? 'show' : false} emptyText={emptyText}>
      <CountryNameField />
    </ReferenceField>
  );
};
