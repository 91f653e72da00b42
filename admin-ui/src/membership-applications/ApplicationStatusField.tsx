import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ApplicationStatus } from '@contract/membership-applications/membership-application.contract';
import type { MembershipApplicationRecord } from './membership-application-record';

const COLORS: Record<ApplicationStatus, 'warning' | 'success' | 'default'> = {
  pending: 'warning',
  approved: 'success',
  rejected: 'default',
};

/** The status as a coloured chip; the word is always there, so colour is never the only signal. */
export const ApplicationStatusField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<MembershipApplicationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      variant={record.status === 'pending' ? 'filled' : 'outlined'}
      color={COLORS[record.status]}
      label={translate(`resources.membership-applications.status.${record.status}`)}
    />
  );
};
