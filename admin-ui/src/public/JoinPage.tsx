import { useState } from 'react';
import { Alert, Box, Button, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { JoinForm, type SubmittedApplication } from './JoinForm';
import { PublicPage } from './PublicPage';

/** `/join`: the membership form for organizations, open to anyone, on a page of its own (`join.html`). */
export const JoinPage = () => {
  const translate = useTranslate();
  const [submitted, setSubmitted] = useState<SubmittedApplication | null>(null);

  const received = (application: SubmittedApplication) => {
    setSubmitted(application);
    window.scrollTo({ top: 0 });
  };

  return (
    <PublicPage title={submitted ? 'app.join.thanks.title' : 'app.join.title'} wide>
      {submitted ? (
        <Box data-testid="join-thanks">
          <Alert severity="success" role="status">
            {translate('app.join.thanks.received', { organization: submitted.organizationName })}
          </Alert>
          <Typography sx={{ mt: 2 }}>{translate('app.join.thanks.email', { email: submitted.contactEmail })}</Typography>
          <Typography sx={{ mt: 1 }}>{translate('app.join.thanks.next')}</Typography>
          <Button sx={{ mt: 3 }} variant="outlined" onClick={() => setSubmitted(null)}>
            {translate('app.join.thanks.another')}
          </Button>
        </Box>
      ) : (
        <JoinForm onSubmitted={received} />
      )}
    </PublicPage>
  );
};
