import { Box, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { PLACEHOLDER_NAMES, PLACEHOLDERS } from '@contract/message-templates/message-template.contract';

/** Every placeholder a template may use, with what it becomes, in the reader's language. */
export const PlaceholderHelp = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const language = locale === 'es' || locale === 'fr' ? locale : 'en';
  return (
    <Box component="aside" sx={{ mb: 2, p: 2, bgcolor: 'action.hover', borderRadius: 1, maxWidth: 640 }} data-testid="placeholder-help">
      <Typography component="h2" variant="subtitle1">
        {translate('resources.message-templates.placeholders.title')}
      </Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('resources.message-templates.placeholders.intro')}
      </Typography>
      <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' }, columnGap: 2, rowGap: 0.5 }}>
        {PLACEHOLDER_NAMES.map((name) => (
          <Box key={name} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" sx={{ fontFamily: 'monospace', fontWeight: 600 }}>
              {`{${name}}`}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0 }}>
              {PLACEHOLDERS[name][language]}
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
};
