import { Alert, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useLocale, useRecordContext, useTranslate } from 'react-admin';
import { formatDateTime } from '../common/format-date-time';
import { useProviderQuery } from '../common/use-provider-query';
import type { CountryRecord, CountryStatusChangeRecord } from './country-record';

/** Values as the history keeps them (text), shown in the interface language. */
const useShowValue = () => {
  const translate = useTranslate();
  return (field: CountryStatusChangeRecord['field'], value: string | null): string => {
    if (value === null) return translate('resources.countries.page.unknown_value');
    if (field === 'opStatus') return translate(`resources.countries.op_status.${value}`, { _: value });
    if (field === 'governmentPosition') return translate(`resources.countries.government_position.${value}`, { _: value });
    if (field === 'art10Declaration' || field === 'art11Declaration') return translate(`resources.countries.declaration.${value === 'true' ? 'yes' : 'no'}`);
    return value;
  };
};

/** Every change of the country's treaty facts and position, newest first, with who made it and its source. */
export const CountryHistory = () => {
  const record = useRecordContext<CountryRecord>();
  const translate = useTranslate();
  const locale = useLocale();
  const showValue = useShowValue();
  const { data, error } = useProviderQuery<CountryStatusChangeRecord[]>(
    `country-history:${record?.id ?? ''}:${record?.updatedAt ?? ''}`,
    (provider) => provider.getCountryHistory<CountryStatusChangeRecord>(record?.id ?? ''),
    Boolean(record),
  );
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!data) return null;
  if (data.length === 0) return <Typography color="text.secondary">{translate('resources.countries.page.history_empty')}</Typography>;
  return (
    <List dense disablePadding aria-label={translate('resources.countries.page.history')}>
      {data.map((change) => (
        <ListItem key={change.id} disableGutters divider>
          <ListItemText
            primary={translate('resources.countries.page.history_change', {
              field: translate(`resources.countries.fields.${change.field}`),
              from: showValue(change.field, change.fromValue),
              to: showValue(change.field, change.toValue),
            })}
            secondary={
              <>
                {translate('resources.countries.page.history_by', {
                  who: change.userEmail ?? translate('resources.countries.page.history_reference'),
                  when: formatDateTime(change.createdAt, locale),
                })}
                <br />
                <Typography component="span" variant="body2" sx={{ wordBreak: 'break-word' }}>
                  {change.source ?? translate('resources.countries.page.no_source')}
                </Typography>
              </>
            }
          />
        </ListItem>
      ))}
    </List>
  );
};
