import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { SelectField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { ChoiceChipsField } from '../common/ChoiceChipsField';
import { DateOnlyField } from '../common/DateOnlyField';
import { GOVERNMENT_POSITION_CHOICES, REGIONAL_MECHANISM_CHOICES, type CountryRecord } from './country-record';
import { OpStatusChip } from './OpStatusChip';

const Row = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'contents' }}>
      <Typography component="dt" variant="body2" color="text.secondary">
        {translate(label)}
      </Typography>
      <Box component="dd" sx={{ m: 0 }}>
        {children}
      </Box>
    </Box>
  );
};

/** A declaration under article 10 or 11: made (with its date), not made, or not known. */
const Declaration = ({ article }: { article: 'art10' | 'art11' }) => {
  const record = useRecordContext<CountryRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const made = record[`${article}Declaration`];
  const state = made === null ? 'unknown' : made ? 'yes' : 'no';
  return (
    <Typography variant="body2" component="span">
      {translate(`resources.countries.declaration.${state}`)}
      {made ? (
        <>
          {' '}
          <DateOnlyField source={`${article}DeclaredAt`} emptyText="" />
        </>
      ) : null}
    </Typography>
  );
};

/** Where the country stands: treaty facts with their source, the government's position and the campaign's dates. */
export const CountryStatus = () => (
  <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'minmax(10rem, auto) 1fr' }, columnGap: 2, rowGap: 1, m: 0 }}>
    <Row label="resources.countries.fields.opStatus">
      <OpStatusChip />
    </Row>
    <Row label="resources.countries.fields.opSignedAt">
      <DateOnlyField source="opSignedAt" emptyText="resources.countries.no_date" />
    </Row>
    <Row label="resources.countries.fields.opRatifiedAt">
      <DateOnlyField source="opRatifiedAt" emptyText="resources.countries.no_date" />
    </Row>
    <Row label="resources.countries.fields.art10Declaration">
      <Declaration article="art10" />
    </Row>
    <Row label="resources.countries.fields.art11Declaration">
      <Declaration article="art11" />
    </Row>
    <Row label="resources.countries.fields.statusSource">
      <TextField source="statusSource" emptyText="resources.countries.no_source" sx={{ wordBreak: 'break-word' }} />
    </Row>
    <Row label="resources.countries.fields.governmentPosition">
      <SelectField source="governmentPosition" choices={GOVERNMENT_POSITION_CHOICES} />
    </Row>
    <Row label="resources.countries.fields.nextUprReviewAt">
      <DateOnlyField source="nextUprReviewAt" emptyText="—" />
    </Row>
    <Row label="resources.countries.fields.regionalMechanisms">
      <ChoiceChipsField source="regionalMechanisms" choices={REGIONAL_MECHANISM_CHOICES} emptyText="—" />
    </Row>
    <Row label="resources.countries.fields.icescrParty">
      <OpStatusIcescr />
    </Row>
  </Box>
);

const OpStatusIcescr = () => {
  const record = useRecordContext<CountryRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return <Typography variant="body2">{translate(record.icescrParty ? 'ra.boolean.true' : 'ra.boolean.false')}</Typography>;
};
