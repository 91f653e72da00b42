import { useState } from 'react';
import { Box, Button as MuiButton, Link as MuiLink, Stack, Typography } from '@mui/material';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import AddLinkIcon from '@mui/icons-material/AddLink';
import EditIcon from '@mui/icons-material/Edit';
import StarIcon from '@mui/icons-material/Star';
import { DataTable, Link, ReferenceManyField, TextField, useCreatePath, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { useCanAccessResource } from '../auth/use-can-access';
import { DateOnlyField } from '../common/DateOnlyField';
import { AffiliationFormDialog } from './AffiliationFormDialog';
import { DeleteAffiliationButton } from './DeleteAffiliationButton';
import type { AffiliationRecord, AffiliationSide } from './affiliation-record';

/** The other side of the affiliation, linked to its page. */
const CounterpartField = ({ side }: { side: AffiliationSide; label?: string; source?: string }) => {
  const record = useRecordContext<AffiliationRecord>();
  const createPath = useCreatePath();
  if (!record) return null;
  const [resource, id, name] =
    side === 'organization' ? ['people', record.personId, record.personName] : ['organizations', record.organizationId, record.organizationName];
  return (
    <MuiLink component={Link} to={createPath({ resource, type: 'show', id })} sx={{ fontWeight: 500 }}>
      {name}
    </MuiLink>
  );
};

const PrimaryContactField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AffiliationRecord>();
  const translate = useTranslate();
  if (!record?.isPrimaryContact) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
      <StarIcon fontSize="small" color="secondary" aria-hidden="true" />
      <Typography variant="body2">{translate('resources.affiliations.primary')}</Typography>
    </Stack>
  );
};

const EditAffiliationButton = ({ onEdit }: { onEdit: (affiliation: AffiliationRecord) => void }) => {
  const record = useRecordContext<AffiliationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <MuiButton size="small" startIcon={<EditIcon />} onClick={() => onEdit(record)}>
      {translate('ra.action.edit')}
    </MuiButton>
  );
};

const Empty = ({ text }: { text: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
      {translate(text)}
    </Typography>
  );
};

type AffiliationTableProps = {
  side: AffiliationSide;
  current: boolean;
  canEdit: boolean;
  onEdit: (affiliation: AffiliationRecord) => void;
};

const AffiliationTable = ({ side, current, canEdit, onEdit }: AffiliationTableProps) => {
  const target = side === 'organization' ? 'organizationId' : 'personId';
  const counterpart = side === 'organization' ? 'personName' : 'organizationName';
  return (
    <ReferenceManyField<RaRecord, AffiliationRecord>
      reference="affiliations"
      target={target}
      filter={{ current }}
      sort={{ field: current ? 'since' : 'until', order: 'DESC' }}
      perPage={100}
    >
      {/* The table's own empty state: with the `current` filter set, the field's would offer to clear it. */}
      <DataTable<AffiliationRecord>
        bulkActionButtons={false}
        rowClick={false}
        empty={<Empty text={current ? `resources.affiliations.empty_current_${side}` : `resources.affiliations.empty_past_${side}`} />}
        data-testid={current ? 'affiliations-current' : 'affiliations-past'}
      >
        <DataTable.Col source={counterpart}>
          <CounterpartField side={side} />
        </DataTable.Col>
        <DataTable.Col source="role">
          <TextField source="role" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="isPrimaryContact">
          <PrimaryContactField />
        </DataTable.Col>
        <DataTable.Col source="since">
          <DateOnlyField source="since" emptyText="—" />
        </DataTable.Col>
        {current ? null : (
          <DataTable.Col source="until">
            <DateOnlyField source="until" emptyText="—" />
          </DataTable.Col>
        )}
        {canEdit ? (
          <DataTable.Col label={false} disableSort align="right">
            <Box sx={{ display: 'flex', justifyContent: 'flex-end', gap: 1 }}>
              <EditAffiliationButton onEdit={onEdit} />
              <DeleteAffiliationButton />
            </Box>
          </DataTable.Col>
        ) : null}
      </DataTable>
    </ReferenceManyField>
  );
};

/**
 * The people of an organization, or the organizations of a person: current
 * affiliations first, then past ones, kept for the history when people move.
 */
export const AffiliationsPanel = ({ side }: { side: AffiliationSide; label?: string | false }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const canCreate = useCanAccessResource('affiliations', 'create');
  const canEdit = useCanAccessResource('affiliations', 'edit');
  const [dialog, setDialog] = useState<{ open: boolean; affiliation?: AffiliationRecord }>({ open: false });
  if (!record) return null;

  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}>
        <Typography component="h2" variant="h6">
          {translate(`resources.affiliations.current_${side}`)}
        </Typography>
        {canCreate ? (
          <MuiButton
            variant="outlined"
            size="small"
            startIcon={side === 'organization' ? <PersonAddIcon /> : <AddLinkIcon />}
            onClick={() => setDialog({ open: true })}
            data-testid="add-affiliation"
          >
            {translate(side === 'organization' ? 'resources.affiliations.actions.add_person' : 'resources.affiliations.actions.add_organization')}
          </MuiButton>
        ) : null}
      </Box>
      <AffiliationTable side={side} current canEdit={canEdit} onEdit={(affiliation) => setDialog({ open: true, affiliation })} />
      <Typography component="h2" variant="h6">
        {translate(`resources.affiliations.past_${side}`)}
      </Typography>
      <AffiliationTable side={side} current={false} canEdit={canEdit} onEdit={(affiliation) => setDialog({ open: true, affiliation })} />
      <AffiliationFormDialog side={side} ownerId={record.id} affiliation={dialog.affiliation} open={dialog.open} onClose={() => setDialog({ open: false })} />
    </Stack>
  );
};
