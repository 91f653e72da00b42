import { Box, Typography } from '@mui/material';
import InboxIcon from '@mui/icons-material/Inbox';
import { CreateButton, useGetResourceLabel, useLocale, useResourceContext, useTranslate } from 'react-admin';
import { useCanAccessResource } from '../auth/use-can-access';

/** What a list shows before its first record exists (filters or not). */
export const ListEmpty = () => {
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const locale = useLocale();
  const getResourceLabel = useGetResourceLabel();
  const canCreate = useCanAccessResource(resource, 'create');
  const name = getResourceLabel(resource, 2).toLocaleLowerCase(locale);

  return (
    <Box role="status" data-testid="list-empty" sx={{ textAlign: 'center', mx: 'auto', my: 6, maxWidth: 480, color: 'text.secondary' }}>
      <InboxIcon sx={{ fontSize: 72, opacity: 0.5 }} aria-hidden="true" />
      <Typography component="p" variant="h6" sx={{ color: 'text.primary', mt: 1 }}>
        {translate('app.empty.title', { name })}
      </Typography>
      <Typography component="p" variant="body2" sx={{ mt: 1, mb: 2 }}>
        {translate(canCreate ? 'app.empty.can_create' : 'app.empty.read_only')}
      </Typography>
      {canCreate ? <CreateButton variant="contained" /> : null}
    </Box>
  );
};
