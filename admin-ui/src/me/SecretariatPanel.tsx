import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import { useTranslate } from 'react-admin';

/** Fields the member sees but may not change, set apart so nobody looks for a way to edit them. */
export const SecretariatPanel = ({ title, note, children }: { title: string; note: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box
      component="section"
      aria-labelledby="secretariat-panel-title"
      data-testid="secretariat-panel"
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, bgcolor: 'action.hover', display: 'grid', gap: 2, alignContent: 'start' }}
    >
      <Box>
        <Typography id="secretariat-panel-title" component="h2" variant="subtitle1" sx={{ fontWeight: 600, display: 'flex', alignItems: 'center', gap: 1 }}>
          <LockOutlinedIcon fontSize="small" aria-hidden="true" />
          {translate(title)}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate(note)}
        </Typography>
      </Box>
      {children}
    </Box>
  );
};
