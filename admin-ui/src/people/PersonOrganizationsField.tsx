import type { MouseEvent } from 'react';
import { Box, Link as TextLink } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import type { PersonRecord } from './person-record';

/**
 * The organizations a person currently works with, each a link to it; the
 * organization they are the primary contact of comes first, in bold. A click
 * on a link opens the organization, not the person's row.
 */
export const PersonOrganizationsField = () => {
  const person = useRecordContext<PersonRecord>();
  const createPath = useCreatePath();
  const translate = useTranslate();
  if (!person || person.organizations.length === 0) return <span>—</span>;
  return (
    <Box component="span" sx={{ display: 'flex', flexDirection: 'column', gap: 0.25 }}>
      {person.organizations.map((organization) => (
        <TextLink
          key={organization.id}
          component={Link}
          to={createPath({ resource: 'organizations', id: organization.id, type: 'show' })}
          onClick={(event: MouseEvent) => event.stopPropagation()}
          sx={{ fontWeight: organization.isPrimaryContact ? 600 : 400 }}
          title={organization.isPrimaryContact ? translate('resources.affiliations.fields.isPrimaryContact') : undefined}
        >
          {organization.name}
        </TextLink>
      ))}
    </Box>
  );
};
