import { List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import { CreateButton, useCreatePath, useGetList, useLocale, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router';
import type { AuthorityRecord } from '../authorities/authority-record';
import { useCanAccessResource } from '../auth/use-can-access';
import type { CountryRecord } from '../countries/country-record';
import { CountrySection } from '../countries/CountrySection';
import type { TaskRecord } from '../tasks/task-record';
import type { LobbyingActionRecord } from './lobbying-action-record';

const MAX_SHOWN = 50;
const formatDay = (day: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

const None = ({ message }: { message: string }) => {
  const translate = useTranslate();
  return <Typography color="text.secondary">{translate(message)}</Typography>;
};

/** The country's lobbying targets, with their holder and stance. */
export const CountryAuthoritiesSection = () => {
  const record = useRecordContext<CountryRecord>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const canAdd = useCanAccessResource('authorities', 'create');
  const { data } = useGetList<AuthorityRecord>(
    'authorities',
    { pagination: { page: 1, perPage: MAX_SHOWN }, sort: { field: 'postTitle', order: 'ASC' }, filter: { countryId: record?.id } },
    { enabled: Boolean(record) },
  );
  if (!record) return null;
  const action = canAdd ? (
    <CreateButton resource="authorities" state={{ record: { countryId: record.id } }} label="resources.authorities.country.add" />
  ) : undefined;
  return (
    <CountrySection title="resources.authorities.country.title" action={action}>
      {data && data.length === 0 ? <None message="resources.authorities.country.none" /> : null}
      <List dense disablePadding data-testid="country-authorities">
        {(data ?? []).map((authority) => (
          <ListItem key={authority.id} disablePadding>
            <ListItemButton component={Link} to={createPath({ resource: 'authorities', type: 'show', id: authority.id })}>
              <ListItemText
                primary={authority.holderName ? `${authority.postTitle} — ${authority.holderName}` : authority.postTitle}
                secondary={`${translate(`resources.authorities.institution.${authority.institution}`)} · ${translate(`resources.authorities.stance.${authority.stance}`)}`}
              />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </CountrySection>
  );
};

/** The country's lobbying history, latest first. */
export const CountryLobbyingSection = () => {
  const record = useRecordContext<CountryRecord>();
  const translate = useTranslate();
  const locale = useLocale();
  const createPath = useCreatePath();
  const canAdd = useCanAccessResource('lobbying-actions', 'create');
  const { data } = useGetList<LobbyingActionRecord>(
    'lobbying-actions',
    { pagination: { page: 1, perPage: MAX_SHOWN }, sort: { field: 'occurredOn', order: 'DESC' }, filter: { countryId: record?.id } },
    { enabled: Boolean(record) },
  );
  if (!record) return null;
  const action = canAdd ? (
    <CreateButton resource="lobbying-actions" state={{ record: { countryId: record.id } }} label="resources.lobbying-actions.country.add" />
  ) : undefined;
  return (
    <CountrySection title="resources.lobbying-actions.country.title" action={action}>
      {data && data.length === 0 ? <None message="resources.lobbying-actions.country.none" /> : null}
      <List dense disablePadding data-testid="country-lobbying">
        {(data ?? []).map((item) => (
          <ListItem key={item.id} disablePadding>
            <ListItemButton component={Link} to={createPath({ resource: 'lobbying-actions', type: 'show', id: item.id })}>
              <ListItemText
                primary={item.title}
                secondary={`${formatDay(item.occurredOn, locale)} · ${translate(`resources.lobbying-actions.type.${item.type}`)} · ${translate(`resources.lobbying-actions.status.${item.status}`)}`}
              />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </CountrySection>
  );
};

/** The country's open tasks, soonest first. */
export const CountryTasksSection = () => {
  const record = useRecordContext<CountryRecord>();
  const translate = useTranslate();
  const locale = useLocale();
  const createPath = useCreatePath();
  const { data } = useGetList<TaskRecord>(
    'tasks',
    { pagination: { page: 1, perPage: MAX_SHOWN }, sort: { field: 'dueOn', order: 'ASC' }, filter: { countryId: record?.id, status: 'open' } },
    { enabled: Boolean(record) },
  );
  if (!record) return null;
  return (
    <CountrySection title="resources.tasks.country.title">
      {data && data.length === 0 ? <None message="resources.tasks.country.none" /> : null}
      <List dense disablePadding data-testid="country-tasks">
        {(data ?? []).map((task) => (
          <ListItem key={task.id} disablePadding>
            <ListItemButton component={Link} to={createPath({ resource: 'tasks', type: 'edit', id: task.id })}>
              <ListItemText
                primary={task.title}
                secondary={`${task.dueOn ? translate('resources.tasks.mine.due', { date: formatDay(task.dueOn, locale) }) : translate('resources.tasks.mine.no_due')} · ${translate(`resources.tasks.origin.${task.origin}`)}`}
              />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </CountrySection>
  );
};
