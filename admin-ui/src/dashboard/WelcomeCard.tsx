import { Card, CardContent, Typography } from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';
import { useRole } from '../auth/use-role';

export const WelcomeCard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const role = useRole();
  const email = typeof identity?.fullName === 'string' ? identity.fullName : '';

  return (
    <Card component="section" aria-labelledby="welcome-title" data-testid="welcome-card">
      <CardContent>
        <Typography id="welcome-title" component="h2" variant="h5" gutterBottom>
          {translate('app.dashboard.welcome', { email })}
        </Typography>
        {role ? (
          <Typography variant="subtitle1" color="primary" gutterBottom data-testid="welcome-role">
            {translate('app.dashboard.role', { role: translate(`app.roles.${role}`) })}
          </Typography>
        ) : null}
        <Typography variant="body2" color="text.secondary">
          {translate('app.dashboard.intro')}
        </Typography>
      </CardContent>
    </Card>
  );
};
