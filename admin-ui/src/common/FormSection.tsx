import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A heading that groups the inputs of a long form, so that people find a field by its topic. */
export const FormSection = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Typography component="h2" variant="subtitle1" sx={{ fontWeight: 600, mt: 2, mb: 0.5, color: 'primary.main', '&:first-of-type': { mt: 0 } }}>
      {translate(title)}
    </Typography>
  );
};
