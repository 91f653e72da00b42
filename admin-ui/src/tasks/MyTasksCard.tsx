import CheckIcon from '@mui/icons-material/Check';
import {
  Alert,
  Card,
  CardActions,
  CardContent,
  Chip,
  IconButton,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Skeleton,
  Stack,
  Tooltip,
  Typography,
} from '@mui/material';
import { Button, Link, useCreatePath, useDataProvider, useLocale, useNotify, useTranslate } from 'react-admin';
import { useState } from 'react';
import { useProviderQuery } from '../common/use-provider-query';
import type { AppDataProvider } from '../data/data-provider';
import { sourceOf, type TaskRecord } from './task-record';

const formatDay = (day: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/**
 * The caller's open tasks on the home page, overdue first (the API's order),
 * each with a quick "mark done". A member also sees its organization's tasks.
 */
export const MyTasksCard = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const createPath = useCreatePath();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [version, setVersion] = useState(0);
  const [completing, setCompleting] = useState<string | null>(null);
  const { data, error, isPending } = useProviderQuery<TaskRecord[]>(`my-tasks:${version}`, (provider) => provider.getMyTasks<TaskRecord>());
  const complete = (task: TaskRecord) => {
    setCompleting(task.id);
    dataProvider
      .completeTask(task.id)
      .then(() => {
        notify('resources.tasks.mine.done', { type: 'success' });
        setVersion((n) => n + 1);
      })
      .catch((failure: unknown) => notify(failure instanceof Error ? failure.message : 'app.errors.server', { type: 'error' }))
      .finally(() => setCompleting(null));
  };
  const tasks = data ?? [];
  return (
    <Card component="section" aria-labelledby="my-tasks-title" data-testid="my-tasks">
      <CardContent>
        <Typography id="my-tasks-title" component="h2" variant="h6" gutterBottom>
          {translate('resources.tasks.mine.title')}
        </Typography>
        {error ? <Alert severity="warning">{translate('resources.tasks.mine.error')}</Alert> : null}
        {isPending && !data ? <Skeleton height={48} /> : null}
        {data && tasks.length === 0 ? <Typography color="text.secondary">{translate('resources.tasks.mine.empty')}</Typography> : null}
        {tasks.length > 0 ? (
          <List dense disablePadding>
            {tasks.map((task) => {
              const source = sourceOf(task);
              return (
                <ListItem
                  key={task.id}
                  disablePadding
                  data-testid="my-task"
                  secondaryAction={
                    <Tooltip title={translate('resources.tasks.mine.mark_done', { title: task.title })}>
                      <span>
                        <IconButton
                          edge="end"
                          aria-label={translate('resources.tasks.mine.mark_done', { title: task.title })}
                          disabled={completing === task.id}
                          onClick={() => complete(task)}
                        >
                          <CheckIcon />
                        </IconButton>
                      </span>
                    </Tooltip>
                  }
                >
                  <ListItemButton
                    component={Link}
                    to={
                      source
                        ? createPath({ resource: source.resource, type: 'show', id: source.id })
                        : createPath({ resource: 'tasks', type: 'edit', id: task.id })
                    }
                  >
                    <ListItemText
                      primary={task.title}
                      secondary={
                        <Stack direction="row" spacing={1} component="span" sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                          {task.isOverdue ? <Chip size="small" color="error" label={translate('resources.tasks.mine.overdue')} component="span" /> : null}
                          <span>
                            {task.dueOn
                              ? translate('resources.tasks.mine.due', { date: formatDay(task.dueOn, locale) })
                              : translate('resources.tasks.mine.no_due')}
                          </span>
                          <span>· {translate(`resources.tasks.origin.${task.origin}`)}</span>
                        </Stack>
                      }
                      slotProps={{ secondary: { component: 'span' } }}
                    />
                  </ListItemButton>
                </ListItem>
              );
            })}
          </List>
        ) : null}
      </CardContent>
      <CardActions>
        <Button component={Link} to={createPath({ resource: 'tasks', type: 'list' })} label="resources.tasks.mine.all" />
      </CardActions>
    </Card>
  );
};
