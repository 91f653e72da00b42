import { Tooltip } from '@mui/material';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { useRecordContext, useTranslate } from 'react-admin';
import { visuallyHidden } from '../common/visually-hidden';
import type { MembershipApplicationRecord } from './membership-application-record';

/** A warning sign on pending applications that may concern a known organization or person. */
export const DuplicateFlagField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<MembershipApplicationRecord>();
  const translate = useTranslate();
  if (!record?.hasDuplicates) return null;
  const text = translate('resources.membership-applications.duplicates.flag');
  return (
    <Tooltip title={text}>
      <span data-testid="duplicate-flag">
        <WarningAmberIcon color="warning" fontSize="small" aria-hidden="true" sx={{ verticalAlign: 'middle' }} />
        <span style={visuallyHidden}>{text}</span>
      </span>
    </Tooltip>
  );
};
