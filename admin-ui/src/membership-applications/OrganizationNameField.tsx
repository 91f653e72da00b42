import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { MembershipApplicationRecord } from './membership-application-record';

/** "Red por el Derecho a la Alimentación (REDA)". */
export const OrganizationNameField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<MembershipApplicationRecord>();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" sx={{ fontWeight: 500 }}>
      {record.organizationName}
      {record.organizationAcronym ? ` (${record.organizationAcronym})` : ''}
    </Typography>
  );
};
