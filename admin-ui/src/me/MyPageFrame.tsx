import type { ReactNode } from 'react';
import { Alert, Box, Card, CardContent, Skeleton, Typography } from '@mui/material';
import { HttpError, Title, useTranslate } from 'react-admin';

type MyPageFrameProps = {
  title: string;
  intro: string;
  /** Shown when the API answers 404: the account has no such record yet. */
  missing?: string;
  isPending: boolean;
  error: Error | null;
  children: ReactNode;
};

/** The frame of a self-service page: title, a line on what it is for, and its loading and failure states. */
export const MyPageFrame = ({ title, intro, missing, isPending, error, children }: MyPageFrameProps) => {
  const translate = useTranslate();
  const body = () => {
    if (isPending) return Array.from({ length: 4 }, (_, index) => <Skeleton key={index} height={56} />);
    if (missing && error instanceof HttpError && error.status === 404)
      return (
        <Alert severity="info" data-testid="my-page-missing">
          {translate(missing)}
        </Alert>
      );
    if (error) return <Alert severity="error">{translate(error.message, { _: error.message })}</Alert>;
    return children;
  };
  return (
    <Box sx={{ mt: 2, maxWidth: 1100 }}>
      <Title title={title} />
      <Card component="section" aria-labelledby="my-page-title">
        <CardContent>
          <Typography id="my-page-title" component="h1" variant="h5" gutterBottom>
            {translate(title)}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate(intro)}
          </Typography>
          {body()}
        </CardContent>
      </Card>
    </Box>
  );
};
