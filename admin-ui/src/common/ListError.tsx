import { Alert, AlertTitle, Box } from '@mui/material';
import RefreshIcon from '@mui/icons-material/Refresh';
import { Button, useGetResourceLabel, useListContext, useLocale, useResourceContext, useTranslate } from 'react-admin';

/** The HTTP status of a failed request, when the server answered at all. */
const statusOf = (error: unknown): number | undefined => {
  if (typeof error !== 'object' || error === null || !Object.hasOwn(error, 'status')) return undefined;
  const status: unknown = (error as { status: unknown }).status;
  return typeof status === 'number' && status > 0 ? status : undefined;
};

/**
 * What every list shows when its request failed (set for all lists in
 * theme.ts): the failure said plainly, with a way to try again, instead of the
 * empty state, which would claim there is nothing to show.
 */
export const ListError = () => {
  const { error, refetch, isFetching } = useListContext();
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const locale = useLocale();
  const getResourceLabel = useGetResourceLabel();
  const name = getResourceLabel(resource, 2).toLocaleLowerCase(locale);
  const status = statusOf(error);
  return (
    <Box sx={{ p: 2 }}>
      <Alert
        severity="error"
        role="alert"
        data-testid="list-error"
        action={
          <Button
            label="app.list_error.retry"
            onClick={() => void refetch()}
            disabled={isFetching}
            startIcon={<RefreshIcon />}
            color="inherit"
            data-testid="list-retry"
          />
        }
      >
        <AlertTitle>{translate('app.list_error.title', { name })}</AlertTitle>
        {status === undefined
          ? translate('app.list_error.unreachable')
          : status === 403
            ? translate('app.list_error.forbidden')
            : translate('app.list_error.server', { status })}
      </Alert>
    </Box>
  );
};
