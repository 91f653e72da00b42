import { Button, Stack, Typography } from '@mui/material';
import CampaignIcon from '@mui/icons-material/Campaign';
import { useLocale, useTranslate } from 'react-admin';
import { Link } from 'react-router';
import { actionPackPageOf, isMessageLanguage } from './action-pack';

/** The country page's way to its action pack, in the reader's language. */
export const CountryActionPackLink = ({ iso3 }: { iso3: string }) => {
  const translate = useTranslate();
  const locale = useLocale();
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
      <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
        {translate('resources.action-packs.intro')}
      </Typography>
      <Button
        component={Link}
        to={actionPackPageOf(iso3, isMessageLanguage(locale) ? locale : 'en')}
        variant="outlined"
        startIcon={<CampaignIcon />}
        data-testid="country-action-pack"
      >
        {translate('resources.action-packs.open_from_country')}
      </Button>
    </Stack>
  );
};
