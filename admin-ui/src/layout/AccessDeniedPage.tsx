import { Box, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { Button, Link, Title, useTranslate } from 'react-admin';

/**
 * React-Admin's access-denied page, readable: its own is drawn at half
 * opacity, below the contrast WCAG asks for, and leaves people without a way on.
 */
export const AccessDeniedPage = () => {
  const translate = useTranslate();
  return (
    <Box role="alert" data-testid="access-denied" sx={{ textAlign: 'center', mx: 'auto', mt: 8, maxWidth: 520 }}>
      <Title title="ra.page.access_denied" />
      <LockIcon sx={{ fontSize: 72, color: 'text.secondary' }} aria-hidden="true" />
      <Typography component="h1" variant="h5" sx={{ mt: 2 }}>
        {translate('ra.page.access_denied')}
      </Typography>
      <Typography variant="body1" color="text.secondary" sx={{ mt: 1, mb: 3 }}>
        {translate('ra.message.access_denied')}
      </Typography>
      <Button component={Link} to="/" variant="contained" size="medium" label="app.access_denied.back" />
    </Box>
  );
};
