import { useEffect, useMemo, useState } from 'react';
import { Alert, Autocomplete, Box, Button, CircularProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Title, useGetList, useLocale, useNotify, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router';
import { MESSAGE_LANGUAGES, type MessageLanguage } from '@contract/message-templates/message-template.contract';
import { DownloadError, downloadFile } from '../common/download-csv';
import type { CountryRecord } from '../countries/country-record';
import { useCountryName } from '../countries/use-country-name';
import { httpClient } from '../data/http-client';
import { actionPackUrl, isMessageLanguage, type ActionPack } from './action-pack';
import { ActionPackMessageCard } from './ActionPackMessageCard';

const P = 'resources.action-packs';

type Load = { state: 'idle' } | { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; pack: ActionPack };

/**
 * `#/action-packs?country=COL&lang=es`: a country's messages filled in from its
 * live records, each with a copy button, and the whole pack as a .docx. The
 * choice lives in the address, so a pack can be linked to (the country page does).
 */
export const ActionPackPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const locale = useLocale();
  const countryName = useCountryName();
  const [params, setParams] = useSearchParams();
  const iso3 = params.get('country');
  const requested = params.get('lang');
  const language: MessageLanguage = isMessageLanguage(requested) ? requested : isMessageLanguage(locale) ? locale : 'en';
  const [load, setLoad] = useState<Load>({ state: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const [downloading, setDownloading] = useState(false);

  const { data: countries } = useGetList<CountryRecord>('countries', { pagination: { page: 1, perPage: 1000 }, sort: { field: 'name', order: 'ASC' } });
  const options = useMemo(() => {
    const collator = new Intl.Collator(locale);
    return [...(countries ?? [])].sort((a, b) => collator.compare(countryName(a), countryName(b)));
  }, [countries, countryName, locale]);
  const selected = options.find((country) => country.iso3 === iso3) ?? null;

  useEffect(() => {
    if (!iso3) {
      setLoad({ state: 'idle' });
      return;
    }
    let cancelled = false;
    setLoad({ state: 'loading' });
    httpClient(actionPackUrl(iso3, language))
      .then(({ json }) => {
        if (!cancelled) setLoad({ state: 'ready', pack: json as ActionPack });
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoad({ state: 'failed', message: error instanceof Error ? error.message : 'app.errors.server' });
      });
    return () => {
      cancelled = true;
    };
  }, [iso3, language, attempt]);

  const choose = (next: { country?: string | null; lang?: string }) => {
    const merged = new URLSearchParams(params);
    if (next.country !== undefined) {
      if (next.country) merged.set('country', next.country);
      else merged.delete('country');
    }
    if (next.lang) merged.set('lang', next.lang);
    setParams(merged);
  };

  const download = async () => {
    if (!iso3) return;
    setDownloading(true);
    try {
      await downloadFile(actionPackUrl(iso3, language, true), `action-pack-${iso3.toLowerCase()}-${language}.docx`);
    } catch (error: unknown) {
      const message = error instanceof DownloadError ? error.message : 'app.errors.server';
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Box sx={{ mt: 2, maxWidth: 900 }} data-testid="action-pack-page">
      <Title title={`${P}.title`} />
      <Typography component="h1" variant="h5">
        {translate(`${P}.title`)}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate(`${P}.intro`)}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { sm: 'center' } }}>
        <Autocomplete
          options={options}
          value={selected}
          getOptionLabel={(country) => countryName(country)}
          isOptionEqualToValue={(option, value) => option.id === value.id}
          onChange={(_event, country) => choose({ country: country?.iso3 ?? null })}
          sx={{ minWidth: 260, flexGrow: 1 }}
          renderInput={(input) => <TextField {...input} label={translate(`${P}.country`)} />}
          data-testid="pack-country"
        />
        <TextField
          select
          label={translate(`${P}.language`)}
          value={language}
          onChange={(event) => choose({ lang: event.target.value })}
          sx={{ minWidth: 180 }}
          data-testid="pack-language"
        >
          {MESSAGE_LANGUAGES.map((code) => (
            <MenuItem key={code} value={code}>
              {translate(`${P}.languages.${code}`)}
            </MenuItem>
          ))}
        </TextField>
        <Button
          variant="contained"
          startIcon={downloading ? <CircularProgress size={18} color="inherit" /> : <DownloadIcon />}
          disabled={!iso3 || downloading || load.state !== 'ready'}
          onClick={() => void download()}
          sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
          data-testid="pack-download"
        >
          {translate(`${P}.download`)}
        </Button>
      </Stack>
      {load.state === 'idle' ? <Alert severity="info">{translate(`${P}.pick_country`)}</Alert> : null}
      {load.state === 'loading' ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} role="status">
          <CircularProgress size={20} />
          <Typography>{translate(`${P}.loading`)}</Typography>
        </Stack>
      ) : null}
      {load.state === 'failed' ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => setAttempt((n) => n + 1)}>
              {translate(`${P}.retry`)}
            </Button>
          }
        >
          {translate(`${P}.failed`)} {translate(load.message, { _: load.message })}
        </Alert>
      ) : null}
      {load.state === 'ready' ? (
        <>
          <Box component="dl" sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 3, rowGap: 0.5, m: 0, mb: 2 }} data-testid="pack-facts">
            {(['partiesCount', 'opStatus', 'ministry', 'ministryHolder'] as const).map((fact) => (
              <Box key={fact}>
                <Typography component="dt" variant="caption" color="text.secondary">
                  {translate(`${P}.facts.${fact}`)}
                </Typography>
                <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                  {load.pack.values[fact] ?? '—'}
                </Typography>
              </Box>
            ))}
          </Box>
          {load.pack.messages.length === 0 ? <Alert severity="info">{translate(`${P}.none`)}</Alert> : null}
          <Stack spacing={2}>
            {load.pack.messages.map((message) => (
              <ActionPackMessageCard key={message.templateId} message={message} />
            ))}
          </Stack>
        </>
      ) : null}
    </Box>
  );
};
