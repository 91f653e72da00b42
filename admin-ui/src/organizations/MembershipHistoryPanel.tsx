import { Alert, Skeleton, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocale, useRecordContext, useTranslate } from 'react-admin';
import { formatDateTime } from '../common/format-date-time';
import { useProviderQuery } from '../common/use-provider-query';
import { visuallyHidden } from '../common/visually-hidden';
import { MembershipStatusChip } from './MembershipStatusField';
import type { MembershipChange, OrganizationRecord } from './organization-record';

/** Every change of the organization's membership status, newest first, as the audit trail recorded it. */
export const MembershipHistoryPanel = (_props: { label?: string | false }) => {
  const record = useRecordContext<OrganizationRecord>();
  const translate = useTranslate();
  const locale = useLocale();
  const id = record?.id ?? '';
  // Keyed on updatedAt: an edit of the status refreshes the history.
  const { data, error, isPending } = useProviderQuery<MembershipChange[]>(
    `membership-history/${id}/${record?.updatedAt ?? ''}`,
    (provider) => provider.getMembershipHistory<MembershipChange>(id),
    id !== '',
  );

  if (!record) return null;
  if (isPending) return <Skeleton height={96} />;
  if (error) return <Alert severity="warning">{translate('resources.organizations.history.error')}</Alert>;
  if (!data || data.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="membership-history-empty">
        {translate('resources.organizations.history.empty')}
      </Typography>
    );
  }
  const newestFirst = [...data].reverse();
  const statusCell = (status: MembershipChange['from']) =>
    status ? (
      <MembershipStatusChip status={status} />
    ) : (
      <Typography variant="body2" color="text.secondary">
        —
      </Typography>
    );

  return (
    <Table size="small" sx={{ maxWidth: 900 }} data-testid="membership-history">
      <caption style={visuallyHidden}>{translate('resources.organizations.tabs.membership')}</caption>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            {translate('resources.organizations.history.at')}
          </TableCell>
          <TableCell component="th" scope="col">
            {translate('resources.organizations.history.from')}
          </TableCell>
          <TableCell component="th" scope="col">
            {translate('resources.organizations.history.to')}
          </TableCell>
          <TableCell component="th" scope="col">
            {translate('resources.organizations.history.by')}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {newestFirst.map((change) => (
          <TableRow key={`${change.at}-${change.from ?? ''}-${change.to ?? ''}`}>
            <TableCell>{formatDateTime(change.at, locale)}</TableCell>
            <TableCell>{change.from === null ? translate('resources.organizations.history.created') : statusCell(change.from)}</TableCell>
            <TableCell>{change.to === null ? translate('resources.organizations.history.deleted') : statusCell(change.to)}</TableCell>
            <TableCell>{change.userEmail ?? translate('resources.audit-entries.system')}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
