import type { SxProps, Theme } from '@mui/material';

// Full-width inputs on a wide screen make short values hard to read; keep forms to a readable column.
export const FORM_SX: SxProps<Theme> = { maxWidth: 640 };
