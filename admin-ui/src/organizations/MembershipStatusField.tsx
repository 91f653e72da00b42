import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { isMembershipStatus, type MembershipStatus } from '@contract/organizations/organization.contract';

// The colour only supports the word on the chip; it never carries the meaning alone.
const COLOR: Record<MembershipStatus, ChipProps['color']> = {
  applicant: 'info',
  active: 'success',
  suspended: 'warning',
  lapsed: 'default',
  withdrawn: 'default',
  rejected: 'error',
};

export const MembershipStatusChip = ({ status }: { status: MembershipStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={COLOR[status]}
      label={translate(`app.choices.membership_status.${status}`)}
      data-status={status}
      // In a labelled column the chip would otherwise stretch to its full width.
      sx={{ alignSelf: 'flex-start' }}
    />
  );
};

/** The membership status of the record context as a labelled chip. */
export const MembershipStatusField = ({ source = 'membershipStatus' }: { source?: string; label?: string }) => {
  const record = useRecordContext<RaRecord>();
  const status: unknown = record?.[source];
  return isMembershipStatus(status) ? <MembershipStatusChip status={status} /> : null;
};
