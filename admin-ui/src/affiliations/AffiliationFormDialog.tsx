import { useId } from 'react';
import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { Button, CreateBase, EditBase, Form, SaveButton, useNotify, useTranslate, type Identifier } from 'react-admin';
import { AffiliationInputs } from './AffiliationInputs';
import type { AffiliationRecord, AffiliationSide } from './affiliation-record';

type AffiliationFormDialogProps = {
  side: AffiliationSide;
  /** The record of the page: the organization or the person. */
  ownerId: Identifier;
  /** Set to edit an affiliation; absent to add one. */
  affiliation?: AffiliationRecord;
  open: boolean;
  onClose: () => void;
};

type DialogFormProps = { side: AffiliationSide; isNew: boolean; onClose: () => void; title: string; titleId: string };

const DialogForm = ({ side, isNew, onClose, title, titleId }: DialogFormProps) => {
  const translate = useTranslate();
  return (
    <Form noValidate>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent sx={{ display: 'grid', pt: 1 }}>
        <AffiliationInputs side={side} isNew={isNew} />
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button label="ra.action.cancel" onClick={onClose} />
        <SaveButton label={translate(isNew ? 'resources.affiliations.actions.add' : 'ra.action.save')} />
      </DialogActions>
    </Form>
  );
};

/**
 * Adds or edits an affiliation from the organization's or the person's page,
 * in a dialog so that the page and its tab stay where they were. Saves are
 * pessimistic: the API refuses an affiliation that already exists.
 */
export const AffiliationFormDialog = ({ side, ownerId, affiliation, open, onClose }: AffiliationFormDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const titleId = useId();
  const onSuccess = () => {
    notify(affiliation ? 'resources.affiliations.notifications.updated' : 'resources.affiliations.notifications.added', { type: 'success' });
    onClose();
  };
  const owner = side === 'organization' ? { organizationId: String(ownerId) } : { personId: String(ownerId) };
  const title = affiliation
    ? translate('resources.affiliations.actions.edit_title', { person: affiliation.personName, organization: affiliation.organizationName })
    : translate(side === 'organization' ? 'resources.affiliations.actions.add_person' : 'resources.affiliations.actions.add_organization');

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      {open && affiliation ? (
        <EditBase<AffiliationRecord> resource="affiliations" id={affiliation.id} mutationMode="pessimistic" redirect={false} mutationOptions={{ onSuccess }}>
          <DialogForm side={side} isNew={false} onClose={onClose} title={title} titleId={titleId} />
        </EditBase>
      ) : null}
      {open && !affiliation ? (
        <CreateBase<AffiliationRecord> resource="affiliations" record={{ ...owner, isPrimaryContact: false }} redirect={false} mutationOptions={{ onSuccess }}>
          <DialogForm side={side} isNew onClose={onClose} title={title} titleId={titleId} />
        </CreateBase>
      ) : null}
    </Dialog>
  );
};
