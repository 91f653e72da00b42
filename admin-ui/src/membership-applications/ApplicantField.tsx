import { Box, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { MembershipApplicationRecord } from './membership-application-record';

/** The contact person: name on the first line, e-mail below (the e-mail is what duplicates share). */
export const ApplicantField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<MembershipApplicationRecord>();
  if (!record) return null;
  return (
    <Box>
      <Typography component="span" variant="body2" sx={{ display: 'block' }}>
        {record.contactFirstName} {record.contactLastName}
      </Typography>
      {/* Long addresses are cut with an ellipsis; the full one is in the tooltip and on the review page. */}
      <Typography
        component="span"
        variant="caption"
        color="text.secondary"
        title={record.contactEmail}
        sx={{ display: 'block', maxWidth: 240, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
      >
        {record.contactEmail}
      </Typography>
    </Box>
  );
};
