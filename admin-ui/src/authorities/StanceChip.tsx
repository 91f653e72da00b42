import { Chip } from '@mui/material';
import type { AuthorityStance } from '@contract/authorities/authority.contract';
import { useRecordContext, useTranslate } from 'react-admin';
import { STANCE_COLOURS, type AuthorityRecord } from './authority-record';

export const StanceChip = ({ stance }: { stance: AuthorityStance }) => {
  const translate = useTranslate();
  return <Chip size="small" color={STANCE_COLOURS[stance]} label={translate(`resources.authorities.stance.${stance}`)} />;
};

/** The record's stance as a coloured chip. */
export const StanceField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuthorityRecord>();
  return record ? <StanceChip stance={record.stance} /> : null;
};
