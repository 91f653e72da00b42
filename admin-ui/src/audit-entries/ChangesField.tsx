import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { resolveAuditValueKind } from '../common/audit-values';
import { visuallyHidden } from '../common/visually-hidden';
import { isAuditChange, type AuditEntryRecord } from './audit-entry-record';
import { AuditValue } from './AuditValue';
import { auditValuesOfEntityType, resourceOfEntityType } from './entity-types';

/** The diff of one audit entry as a field / before / after table. */
export const ChangesField = (_props: { label?: string }) => {
  const record = useRecordContext<AuditEntryRecord>();
  const translate = useTranslate();
  if (!record) return null;

  const rows = Object.entries(record.changes ?? {}).map(([field, change]) =>
    isAuditChange(change) ? { field, before: change.before, after: change.after } : { field, before: undefined, after: change },
  );
  if (rows.length === 0) {
    return <Typography variant="body2">{translate('resources.audit-entries.changes.empty')}</Typography>;
  }

  const kinds = auditValuesOfEntityType(record.entityType);
  // What each field holds after the change (or held, if it was removed): a field can name the resource another one refers to.
  const values = Object.fromEntries(rows.map(({ field, before, after }) => [field, after ?? before]));
  const kindOf = (field: string) => resolveAuditValueKind(Object.hasOwn(kinds, field) ? kinds[field] : undefined, values);
  const fieldLabel = (field: string) => translate(`resources.${resourceOfEntityType(record.entityType)}.fields.${field}`, { _: field });

  return (
    <Table size="small" data-testid="audit-changes" sx={{ maxWidth: 900 }}>
      {/* The field label above already says "Changes" to sighted users; the caption is for screen readers. */}
      <caption style={visuallyHidden}>{translate('resources.audit-entries.changes.caption')}</caption>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            {translate('resources.audit-entries.changes.field')}
          </TableCell>
          <TableCell component="th" scope="col">
            {translate('resources.audit-entries.changes.before')}
          </TableCell>
          <TableCell component="th" scope="col">
            {translate('resources.audit-entries.changes.after')}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(({ field, before, after }) => (
          <TableRow key={field}>
            <TableCell component="th" scope="row" sx={{ fontWeight: 500 }}>
              {fieldLabel(field)}
            </TableCell>
            <TableCell sx={{ wordBreak: 'break-word' }}>
              <AuditValue value={before} kind={kindOf(field)} />
            </TableCell>
            <TableCell sx={{ wordBreak: 'break-word' }}>
              <AuditValue value={after} kind={kindOf(field)} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
